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


class SessionInfo(NamedTuple):
    """What ``sessions.csv`` (or the sessions table) says about a session."""

    condition: str = ""
    pack_hash: str = ""
    is_test: bool = False
    started_at: str = ""
    ending: str | None = None


ItemKey = tuple[str, str, str]
"""(pack id, pack version, item id)."""


class Context(NamedTuple):
    """Where a pair was answered: its session, and the pack version, kiosk, event, language and condition
    of that session (for an export: of the pair's 'before' answer)."""

    session: str
    pack: str
    version: str
    kiosk: str
    event: str
    language: str
    condition: str
