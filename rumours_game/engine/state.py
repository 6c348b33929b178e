"""The whole state of one game, in one explicit, immutable, serialisable object."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Literal

STATE_VERSION = 1
"""Bumped whenever the serialised form changes; ``from_dict`` refuses versions it does not know."""

Phase = Literal["playing", "escaped", "out_of_time"]


@dataclass(frozen=True)
class GameState:
    """Everything that changes during play. Time is game time in seconds, injected by ``Tick`` actions."""

    pack_id: str
    pack_version: str
    room: str
    seed: int = 0
    inventory: tuple[str, ...] = ()
    flags: frozenset[str] = frozenset()
    solved: frozenset[str] = frozenset()
    opened: frozenset[str] = frozenset()
    taken: frozenset[str] = frozenset()
    used: frozenset[str] = frozenset()
    """Item uses already done, as 'object:item' (what a use gives, it gives once)."""
    found: tuple[tuple[str, str], ...] = ()
    hints: tuple[tuple[str, int], ...] = ()
    elapsed: float = 0.0
    penalty: float = 0.0
    busted: tuple[str, ...] = ()
    visited: tuple[str, ...] = field(default=())
    wrong: int = 0
    phase: Phase = "playing"

    def hints_taken(self, puzzle_id: str) -> int:
        """How many hints of this puzzle were taken."""
        return dict(self.hints).get(puzzle_id, 0)

    def found_targets(self, puzzle_id: str) -> frozenset[str]:
        """The targets of a search puzzle found so far."""
        return frozenset(t for p, t in self.found if p == puzzle_id)

    @property
    def time_used(self) -> float:
        """Seconds counted against the timer: play time plus hint penalties."""
        return self.elapsed + self.penalty

    @property
    def over(self) -> bool:
        return self.phase != "playing"

    def evolve(self, **changes: Any) -> GameState:
        """A copy with some fields changed (what ``dataclasses.replace`` gives, without re-running ``__init__``).

        Every action makes one or two copies, so this is the engine's hot path: copying the instance dict is
        several times faster than ``replace``. The state has no ``__post_init__`` to skip; a test compares.
        """
        if not _FIELD_NAMES.issuperset(changes):
            raise TypeError(f"GameState has no field {', '.join(sorted(changes.keys() - _FIELD_NAMES))}")
        copy = object.__new__(GameState)
        copy.__dict__.update(self.__dict__, **changes)
        return copy

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with ``state_version``; sets become sorted lists."""
        out: dict[str, Any] = {"state_version": STATE_VERSION}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, frozenset):
                value = sorted(value)
            elif isinstance(value, tuple):
                value = [list(v) if isinstance(v, tuple) else v for v in value]
            out[f.name] = value
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GameState:
        """Rebuild a state from :meth:`to_dict` output; ``ValueError`` for another version or a bad shape."""
        if not isinstance(data, dict):
            raise ValueError("a saved game state must be a mapping")
        version = data.get("state_version")
        if version != STATE_VERSION:
            raise ValueError(
                f"saved game state version {version!r} is not {STATE_VERSION}; it cannot be loaded"
            )
        kwargs: dict[str, Any] = {}
        for f in fields(cls):
            if f.name not in data:
                continue
            value = data[f.name]
            if f.name in {"flags", "solved", "opened", "taken", "used"}:
                value = frozenset(value)
            elif f.name in {"found", "hints"}:
                value = tuple(tuple(v) for v in value)
            elif f.name in {"inventory", "busted", "visited"}:
                value = tuple(value)
            kwargs[f.name] = value
        try:
            return cls(**kwargs)
        except TypeError as err:
            raise ValueError(f"saved game state is incomplete: {err}") from None


_FIELD_NAMES = frozenset(f.name for f in fields(GameState))
"""The names ``GameState.evolve`` accepts."""
