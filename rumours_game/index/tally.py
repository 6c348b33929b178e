"""From answers to tallies: the pairing rule and the running sums the index is computed from.

A database source builds the same :class:`Tally` in SQL (``rumours_game.store.tally``); rows read from
exports go through :func:`tally_rows` here. Both follow the definition in ``docs/index.md``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from rumours_game.index.stats import Moments

BY_CHOICES: tuple[str, ...] = ("pack", "rumour", "item", "event", "kiosk", "language")
NONE_KEY = "(none)"
"""The group of answers with an empty rumour id or event."""


class ResponseRow(NamedTuple):
    """One answer, with the columns of ``responses.csv`` in their order."""

    response_id: str
    session_id: str
    player_code: str
    kiosk_id: str
    event: str
    pack_id: str
    pack_version: str
    language: str
    item_id: str
    rumour_id: str
    phase: str
    value: int
    scale_min: int
    scale_max: int
    reverse_coded: int
    answered_at: str


@dataclass
class GroupTally:
    """Sums for one group: raw changes per item, and players' percentage changes overall and per rumour."""

    items: dict[str, Moments] = field(default_factory=dict)
    item_rumour: dict[str, str] = field(default_factory=dict)
    players: Moments = field(default_factory=Moments)
    rumours: dict[str, Moments] = field(default_factory=dict)


@dataclass
class Tally:
    """Everything the index needs. ``groups[""]`` covers everyone; other keys are ``--by`` groups."""

    by: str | None = None
    groups: dict[str, GroupTally] = field(default_factory=dict)
    answers: int = 0
    unpaired: int = 0
    superseded: int = 0
    inconsistent: int = 0
    check_answers: int = 0
    check_failed: int = 0


def group_key(by: str | None, row: ResponseRow) -> str | None:
    """The ``--by`` group of a pair (given its row), or None without grouping."""
    if by is None:
        return None
    value = {
        "pack": row.pack_id,
        "rumour": row.rumour_id,
        "item": row.item_id,
        "event": row.event,
        "kiosk": row.kiosk_id,
        "language": row.language,
    }[by]
    return value or NONE_KEY


Pair = tuple[str, str, str, str, str, int, int]
"""A usable pair: (--by group or '', session id, player code, item id, rumour id or '', change, scale span)."""


def fill_groups(tally: Tally, pairs: Iterable[Pair]) -> None:
    """Set ``tally.groups`` from every usable pair: per item the raw changes; per player the mean of
    ``100 * change / span``, summed over players overall and per rumour. One tight pass."""
    items: dict[tuple[str, str], list[int]] = {}
    item_rumour: dict[tuple[str, str], str] = {}
    players: dict[tuple[str, str, str], list[float]] = {}
    rumours: dict[tuple[str, str, str, str], list[float]] = {}
    grouped = tally.by is not None
    for group, session, player, item, rumour, change, span in pairs:
        pct = 100 * change / span
        for key in ("", group) if grouped else ("",):
            acc = items.get((key, item))
            if acc is None:
                acc = items[(key, item)] = [0, 0, 0, 0, 0, 0]
                item_rumour[(key, item)] = rumour
            acc[0] += 1
            acc[1] += change
            acc[2] += change * change
            acc[3 if change > 0 else 5 if change < 0 else 4] += 1
            sums = players.get((key, session, player))
            if sums is None:
                players[(key, session, player)] = [pct, 1]
            else:
                sums[0] += pct
                sums[1] += 1
            if rumour:
                sums = rumours.get((key, rumour, session, player))
                if sums is None:
                    rumours[(key, rumour, session, player)] = [pct, 1]
                else:
                    sums[0] += pct
                    sums[1] += 1
    groups: dict[str, GroupTally] = {"": GroupTally()}
    for (key, item), acc in items.items():
        target = groups.setdefault(key, GroupTally())
        target.items[item] = Moments(*acc)
        target.item_rumour[item] = item_rumour[(key, item)]
    for (key, _, _), (total, count) in players.items():
        groups[key].players.add(total / count)
    for (key, rumour, _, _), (total, count) in rumours.items():
        groups[key].rumours.setdefault(rumour, Moments()).add(total / count)
    tally.groups = groups


def tally_rows(
    rows: Iterable[ResponseRow], by: str | None = None, checks: Mapping[tuple[str, str], int] | None = None
) -> Tally:
    """Pair answers and add up their changes. ``checks`` maps (pack id, item id) of attention checks to
    the expected value; their answers are counted (and failures) but never paired."""
    checks = checks or {}
    tally = Tally(by=by)
    latest: dict[tuple[str, str, str, str], ResponseRow] = {}
    for row in rows:
        tally.answers += 1
        expect = checks.get((row.pack_id, row.item_id))
        if expect is not None:
            tally.check_answers += 1
            tally.check_failed += row.value != expect
            continue
        key = (row.session_id, row.player_code, row.item_id, row.phase)
        old = latest.get(key)
        if old is not None:
            tally.superseded += 1
            if (row.answered_at, row.response_id) < (old.answered_at, old.response_id):
                continue
        latest[key] = row
    pairs: list[Pair] = []
    for (session, player, item, phase), post in latest.items():
        pre = latest.get((session, player, item, "pre")) if phase == "post" else None
        if pre is None:
            continue
        if (pre.scale_min, pre.scale_max, pre.reverse_coded) != (
            post.scale_min,
            post.scale_max,
            post.reverse_coded,
        ):
            tally.inconsistent += 2
            continue
        # change = agreement before - agreement after; mirroring (min + max - value) swaps the sign
        change = post.value - pre.value if post.reverse_coded else pre.value - post.value
        span = post.scale_max - post.scale_min
        pairs.append((group_key(by, pre) or "", session, player, item, pre.rumour_id, change, span))
    tally.unpaired = len(latest) - 2 * len(pairs) - tally.inconsistent
    fill_groups(tally, pairs)
    return tally
