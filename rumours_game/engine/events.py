"""Events: what happened after an action. Front ends draw them; the store journals actions, not events."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class K(StrEnum):
    """Event kinds (strings: transcripts and logs show their values)."""

    ROOM_ENTERED = "room_entered"
    LOOKED = "looked"
    ITEM_GAINED = "item_gained"
    ITEM_LOST = "item_lost"
    FLAG_SET = "flag_set"
    PUZZLE_SOLVED = "puzzle_solved"
    WRONG_ANSWER = "wrong_answer"
    TARGET_FOUND = "target_found"
    RUMOUR_BUSTED = "rumour_busted"
    EXIT_OPENED = "exit_opened"
    HINT_SHOWN = "hint_shown"
    TIME_UP = "time_up"
    ESCAPED = "escaped"
    REFUSED = "refused"
    ITEM_USED = "item_used"
    """An item was used on an object as the pack says; value: ``{"item": id, "text": LocalText | None}``."""
    PUZZLE_OPENED = "puzzle_opened"
    """Using an item opened the puzzle (front ends show it)."""
    NOT_USEFUL = "not_useful"
    """An item does not help with an object; value: ``{"item": id, "text": the object's answer or None}``."""


class Why(StrEnum):
    """Why an action was refused: the value of a ``refused`` event (front ends compare members, not text)."""

    UNKNOWN = "unknown"
    NOT_HERE = "not_here"
    LOCKED = "locked"
    NOT_AVAILABLE = "not_available"
    ALREADY_SOLVED = "already_solved"
    NOT_HELD = "not_held"
    NO_MORE_HINTS = "no_more_hints"
    GAME_OVER = "game_over"
    NO_EFFECT = "no_effect"


@dataclass(frozen=True)
class Event:
    """One thing that happened: a kind, the id it is about, and an optional value."""

    kind: str
    id: str = ""
    value: Any = None

    def __str__(self) -> str:
        tail = f" {self.value}" if self.value is not None else ""
        return f"{self.kind} {self.id}{tail}".rstrip()
