"""Actions: what a player (or a walkthrough, or a replayed log) asks the engine to do. Plain data."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any


@dataclass(frozen=True)
class Go:
    """Walk to an adjacent room through an open exit."""

    room: str


@dataclass(frozen=True)
class Look:
    """Look at an object in the current room; picks up what it gives, once."""

    hotspot: str


@dataclass(frozen=True)
class Answer:
    """Answer a puzzle; the value's shape depends on the puzzle type (see docs/engine.md)."""

    puzzle: str
    value: Any


@dataclass(frozen=True)
class Use:
    """Use an inventory item on a hotspot, or combine it with another item."""

    item: str
    on: str


@dataclass(frozen=True)
class Hint:
    """Take the next hint of a puzzle (its penalty is added to the time used)."""

    puzzle: str


@dataclass(frozen=True)
class Tick:
    """Time passes: the front end injects its clock with this action."""

    seconds: float


@dataclass(frozen=True)
class Escape:
    """Go through an escape exit of the current room."""

    exit: str


Action = Go | Look | Answer | Use | Hint | Tick | Escape

ACTION_TYPES: dict[str, type[Action]] = {
    "go": Go,
    "look": Look,
    "answer": Answer,
    "use": Use,
    "hint": Hint,
    "tick": Tick,
    "escape": Escape,
}
_NAMES: dict[type[Action], str] = {cls: name for name, cls in ACTION_TYPES.items()}


def action_to_dict(action: Action) -> dict[str, Any]:
    """A JSON-ready dict such as ``{"type": "go", "room": "hall"}``."""
    return {"type": _NAMES[type(action)], **asdict(action)}


def action_from_dict(data: dict[str, Any]) -> Action:
    """The action a dict from :func:`action_to_dict` describes; ``ValueError`` when it is not one."""
    if not isinstance(data, dict):
        raise ValueError(f"an action must be a mapping, not {type(data).__name__}")
    cls = ACTION_TYPES.get(data.get("type", ""))
    if cls is None:
        raise ValueError(f"unknown action type {data.get('type')!r}; known: {', '.join(ACTION_TYPES)}")
    names = [f.name for f in fields(cls)]
    missing = [n for n in names if n not in data]
    extra = sorted(set(data) - set(names) - {"type"})
    if missing or extra:
        raise ValueError(
            f"action {data['type']!r} needs exactly {names} (missing {missing}, unexpected {extra})"
        )
    if cls is Tick:
        seconds = data["seconds"]
        if isinstance(seconds, bool) or not isinstance(seconds, int | float) or seconds < 0:
            raise ValueError("a tick needs a number of seconds that is zero or more")
    return cls(**{n: _freeze(data[n]) for n in names})


def _freeze(value: Any) -> Any:
    """Lists from JSON become tuples so actions stay hashable-ish and immutable."""
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value
