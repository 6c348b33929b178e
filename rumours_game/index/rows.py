"""The records the index works on: answers, what is known about items and sessions, and usable pairs.

Pure data (stdlib only): the store imports these without loading the statistics (scipy)."""

from __future__ import annotations

from typing import NamedTuple

KINDS: tuple[str, ...] = ("rumour", "fact", "attitude", "check")
"""Item kinds: a false claim to reject, a true statement to accept, an attitude, the attention check."""
BY_CHOICES: tuple[str, ...] = ("pack", "rumour", "item", "event", "kiosk", "language", "condition")
DEFAULT_MIN_CELL = 10
"""``--min-cell`` default: no figure from fewer players."""
LOWEST_MIN_CELL = 5
NONE_KEY = "(none)"
"""The group of pairs with an empty rumour id, event or condition."""


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


class ItemInfo(NamedTuple):
    """What ``items.csv`` (or the items table) says about an item of one pack version."""

    kind: str = "rumour"
    expect: int | None = None
    item_hash: str = ""
    statement: str = "{}"
    """JSON ``{language: text}``."""


class SessionInfo(NamedTuple):
    """What ``sessions.csv`` (or the sessions table) says about a session."""

    condition: str = ""
    pack_hash: str = ""
    is_test: bool = False
    started_at: str = ""
    ending: str | None = None


ItemKey = tuple[str, str, str]
"""(pack id, pack version, item id)."""


class Pair(NamedTuple):
    """A usable before/after pair of one player on one item. ``pre`` and ``post`` are the *acceptance* of the
    statement: the value, mirrored on the scale (lo + hi - value) when the item is reverse coded."""

    session: str
    player: str
    pack: str
    version: str
    item: str
    rumour: str
    kind: str
    item_hash: str
    kiosk: str
    event: str
    language: str
    condition: str
    pre: int
    post: int
    lo: int
    hi: int

    @property
    def change(self) -> int:
        """The change in scale points, positive = better: less acceptance of a rumour (or of the prejudiced
        side of an attitude), more acceptance of a fact."""
        return self.post - self.pre if self.kind == "fact" else self.pre - self.post

    @property
    def at_best_before(self) -> bool:
        """True when the 'before' answer was already the best point (the player could not improve)."""
        return self.pre == (self.hi if self.kind == "fact" else self.lo)
