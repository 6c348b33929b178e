"""From pairs to the samples the index summarises: per item (points), per player (percent of the scale)
for the rumour index, per rumour, and truth discernment (T, F, D, B).

Every player value is an exact fraction: sums of ``change * (L / span)`` (L the least common multiple of
the scale spans) over a whole-number denominator."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from rumours_game.index.rows import Pair
from rumours_game.index.stats import Sample


@dataclass(slots=True)
class PlayerSums:
    """One player's sums of ``change * L / span`` (and counts) per kind, and levels per phase."""

    session: str
    rumour: int = 0
    n_rumour: int = 0
    fact: int = 0
    n_fact: int = 0
    rumour_best: int = 0
    """Rumour pairs already at the best point before."""
    pre_t: int = 0
    """Sum of ``(acceptance - lo) * L / span`` over fact items before (``post_t`` after; ``_f``: rumours)."""
    post_t: int = 0
    pre_f: int = 0
    post_f: int = 0


def common_span(pairs: Sequence[Pair]) -> int:
    """L: the least common multiple of every scale span (hi - lo)."""
    return math.lcm(*{p.hi - p.lo for p in pairs}) if pairs else 1


def player_sums(pairs: Sequence[Pair], span_lcm: int) -> dict[tuple[str, str], PlayerSums]:
    """Per (session, player) sums over their rumour and fact pairs (attitude items are not in these)."""
    out: dict[tuple[str, str], PlayerSums] = {}
    for p in pairs:
        if p.kind not in ("rumour", "fact"):
            continue
        sums = out.get((p.session, p.player))
        if sums is None:
            sums = out[(p.session, p.player)] = PlayerSums(p.session)
        w = span_lcm // (p.hi - p.lo)
        if p.kind == "rumour":
            sums.rumour += (p.pre - p.post) * w
            sums.n_rumour += 1
            sums.rumour_best += p.pre == p.lo
            sums.pre_f += (p.pre - p.lo) * w
            sums.post_f += (p.post - p.lo) * w
        else:
            sums.fact += (p.post - p.pre) * w
            sums.n_fact += 1
            sums.pre_t += (p.pre - p.lo) * w
            sums.post_t += (p.post - p.lo) * w
    return out


def rumour_index_sample(players: dict[tuple[str, str], PlayerSums], span_lcm: int) -> tuple[Sample, int]:
    """Players' mean change in % of the scale over their rumour items (positive = away from the rumours),
    and how many players were already at the best point on every rumour item before."""
    chosen = [s for s in players.values() if s.n_rumour]
    sample = Sample(
        [s.rumour for s in chosen], [span_lcm * s.n_rumour for s in chosen], [s.session for s in chosen], 100
    )
    return sample, sum(1 for s in chosen if s.rumour_best == s.n_rumour)


@dataclass(frozen=True)
class Discernment:
    """Changes (post - pre, % of the scale) of T (facts accepted), F (rumours accepted), D = T - F and
    B = (T + F) / 2 over the players with both fact and rumour pairs, and the mean levels per phase."""

    d: Sample
    b: Sample
    t: Sample
    f: Sample
    levels: dict[str, float | None]


def discernment_samples(players: dict[tuple[str, str], PlayerSums], span_lcm: int) -> Discernment:
    """The samples of truth discernment (Maertens et al. 2024; Modirrousta-Galian & Higham 2023)."""
    both = [s for s in players.values() if s.n_rumour and s.n_fact]
    sessions = [s.session for s in both]
    # dT = 100 * fact / (L kT); dF = -100 * rumour / (L kF)
    den = [span_lcm * s.n_fact * s.n_rumour for s in both]
    d = Sample([s.fact * s.n_rumour + s.rumour * s.n_fact for s in both], den, sessions, 100)
    b = Sample([s.fact * s.n_rumour - s.rumour * s.n_fact for s in both], [2 * x for x in den], sessions, 100)
    t = Sample([s.fact for s in both], [span_lcm * s.n_fact for s in both], sessions, 100)
    f = Sample([-s.rumour for s in both], [span_lcm * s.n_rumour for s in both], sessions, 100)
    levels: dict[str, float | None] = {}
    for phase in ("pre", "post"):
        tt = [100 * getattr(s, f"{phase}_t") / (span_lcm * s.n_fact) for s in both]
        ff = [100 * getattr(s, f"{phase}_f") / (span_lcm * s.n_rumour) for s in both]
        n = len(both)
        levels[f"t_{phase}_pct"] = math.fsum(tt) / n if n else None
        levels[f"f_{phase}_pct"] = math.fsum(ff) / n if n else None
        levels[f"d_{phase}_pct"] = (math.fsum(tt) - math.fsum(ff)) / n if n else None
        levels[f"b_{phase}_pct"] = (math.fsum(tt) + math.fsum(ff)) / (2 * n) if n else None
    return Discernment(d, b, t, f, levels)
