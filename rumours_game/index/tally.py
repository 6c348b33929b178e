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


def _bump(sums: dict, key: tuple[str, ...], pct: float) -> None:
    acc = sums.get(key)
    if acc is None:
        sums[key] = [pct, 1]
    else:
        acc[0] += pct
        acc[1] += 1


class _PlayerSums:
    """Per group: each player's sum of percentage changes and count, overall and per rumour."""

    def __init__(self) -> None:
        self.items: dict[str, Moments] = {}
        self.item_rumour: dict[str, str] = {}
        self.players: dict[tuple[str, str], list[float]] = {}
        self.rumours: dict[tuple[str, str, str], list[float]] = {}

    def add(self, row: ResponseRow, change: int, pct: float) -> None:
        moments = self.items.get(row.item_id)
        if moments is None:
            moments = self.items[row.item_id] = Moments()
            self.item_rumour[row.item_id] = row.rumour_id
        moments.add(change)
        _bump(self.players, (row.session_id, row.player_code), pct)
        if row.rumour_id:
            _bump(self.rumours, (row.rumour_id, row.session_id, row.player_code), pct)

    def finish(self) -> GroupTally:
        out = GroupTally(items=self.items, item_rumour=self.item_rumour)
        for total, count in self.players.values():
            out.players.add(total / count)
        for (rumour, _, _), (total, count) in self.rumours.items():
            out.rumours.setdefault(rumour, Moments()).add(total / count)
        return out


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
    sums: dict[str | None, _PlayerSums] = {}
    pairs = 0
    for (session, player, item, phase), post in latest.items():
        if phase != "post":
            continue
        pre = latest.get((session, player, item, "pre"))
        if pre is None:
            continue
        if (pre.scale_min, pre.scale_max, pre.reverse_coded) != (
            post.scale_min,
            post.scale_max,
            post.reverse_coded,
        ):
            tally.inconsistent += 2
            continue
        pairs += 1
        # change = agreement before - agreement after; mirroring (min + max - value) swaps the sign
        change = post.value - pre.value if post.reverse_coded else pre.value - post.value
        pct = 100 * change / (post.scale_max - post.scale_min)
        for key in {None, group_key(by, pre)}:
            target = sums.get(key)
            if target is None:
                target = sums[key] = _PlayerSums()
            target.add(pre, change, pct)
    tally.unpaired = len(latest) - 2 * pairs - tally.inconsistent
    tally.groups = {("" if key is None else key): s.finish() for key, s in sums.items()}
    tally.groups.setdefault("", GroupTally())
    return tally
