"""From the pair table to the samples the index summarises: per player (percent of the scale) for the
rumour index, per rumour, and truth discernment (T, F, D, B).

Every player value is an exact fraction: sums of ``change * (L / span)`` (L the least common multiple of
the scale spans) over a whole-number denominator. The sums are taken for all players at once
(:func:`numpy.bincount`; whole numbers far below 2**53, so exact)."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from rumours_game.index.stats import Sample
from rumours_game.index.table import FACT, RUMOUR, Ints, PairTable

SUMS = ("rumour", "n_rumour", "fact", "n_fact", "rumour_best", "pre_t", "post_t", "pre_f", "post_f")
"""Per player: sums of ``change * L / span`` over rumour pairs and fact pairs (positive = better) and how
many pairs of each kind; rumour pairs already at the best point before; and the levels, sums of
``(acceptance - lo) * L / span`` over fact items (``_t``) and rumour items (``_f``) before and after."""


def common_span(table: PairTable) -> int:
    """L: the least common multiple of every scale span (hi - lo)."""
    return math.lcm(*{v.hi - v.lo for v in table.variants}) if table.variants else 1


@dataclass(frozen=True)
class PlayerSums:
    """The :data:`SUMS` of every player (rows: players, columns: SUMS) and each player's session."""

    sums: Ints
    session: Ints

    def __getitem__(self, name: str) -> Ints:
        return self.sums[:, SUMS.index(name)]


def player_sums(table: PairTable, span_lcm: int) -> PlayerSums:
    """Per player sums over their rumour and fact pairs (attitude items are not in these)."""
    kind, lo = table.kind(), table.lo()
    weight = span_lcm // table.span()
    rumour, fact = kind == RUMOUR, kind == FACT
    pre, post = (table.pre - lo) * weight, (table.post - lo) * weight
    columns = {
        "rumour": np.where(rumour, pre - post, 0),
        "n_rumour": rumour,
        "fact": np.where(fact, post - pre, 0),
        "n_fact": fact,
        "rumour_best": rumour & (table.pre == lo),
        "pre_t": np.where(fact, pre, 0),
        "post_t": np.where(fact, post, 0),
        "pre_f": np.where(rumour, pre, 0),
        "post_f": np.where(rumour, post, 0),
    }
    n = table.n_players
    sums = np.column_stack(
        [np.bincount(table.player, weights=columns[name], minlength=n) for name in SUMS]
    ).astype(np.int64)
    return PlayerSums(sums.reshape(n, len(SUMS)), table.session)


def rumour_index_sample(players: PlayerSums, span_lcm: int) -> tuple[Sample, int]:
    """Players' mean change in % of the scale over their rumour items (positive = away from the rumours),
    and how many players were already at the best point on every rumour item before."""
    chosen = players["n_rumour"] > 0
    n_rumour = players["n_rumour"][chosen]
    sample = Sample(players["rumour"][chosen], span_lcm * n_rumour, players.session[chosen], 100)
    return sample, int(np.count_nonzero(players["rumour_best"][chosen] == n_rumour))


@dataclass(frozen=True)
class Discernment:
    """Changes (post - pre, % of the scale) of T (facts accepted), F (rumours accepted), D = T - F and
    B = (T + F) / 2 over the players with both fact and rumour pairs, and the mean levels per phase."""

    d: Sample
    b: Sample
    t: Sample
    f: Sample
    levels: dict[str, float | None]


def discernment_samples(players: PlayerSums, span_lcm: int) -> Discernment:
    """The samples of truth discernment (Maertens et al. 2024; Modirrousta-Galian & Higham 2023)."""
    both = (players["n_rumour"] > 0) & (players["n_fact"] > 0)
    k_t, k_f = players["n_fact"][both], players["n_rumour"][both]
    fact, rumour = players["fact"][both], players["rumour"][both]
    sessions = players.session[both]
    # dT = 100 * fact / (L kT); dF = -100 * rumour / (L kF)
    den = span_lcm * k_t * k_f
    d = Sample(fact * k_f + rumour * k_t, den, sessions, 100)
    b = Sample(fact * k_f - rumour * k_t, 2 * den, sessions, 100)
    t = Sample(fact, span_lcm * k_t, sessions, 100)
    f = Sample(-rumour, span_lcm * k_f, sessions, 100)
    levels: dict[str, float | None] = {}
    n = len(k_t)
    for phase in ("pre", "post"):
        tt = math.fsum((100 * players[f"{phase}_t"][both] / (span_lcm * k_t)).tolist())
        ff = math.fsum((100 * players[f"{phase}_f"][both] / (span_lcm * k_f)).tolist())
        levels[f"t_{phase}_pct"] = tt / n if n else None
        levels[f"f_{phase}_pct"] = ff / n if n else None
        levels[f"d_{phase}_pct"] = (tt - ff) / n if n else None
        levels[f"b_{phase}_pct"] = (tt + ff) / (2 * n) if n else None
    return Discernment(d, b, t, f, levels)
