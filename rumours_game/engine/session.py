"""A game in progress: the pack, the current state and the log of every action with its game time.

Replaying the log from the start reproduces the exact state; crash-resume and analytics build on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rumours_game.engine.actions import Action, action_from_dict, action_to_dict
from rumours_game.engine.events import Event
from rumours_game.engine.rules import new_game, step
from rumours_game.engine.state import GameState
from rumours_game.pack.models import Pack


@dataclass(frozen=True)
class LogEntry:
    """One action and the game time (seconds, before the action) at which it was applied."""

    at: float
    action: Action

    def to_dict(self) -> dict[str, Any]:
        return {"at": self.at, "action": action_to_dict(self.action)}


class Session:
    """One game: apply actions, keep the log, replay it."""

    def __init__(self, pack: Pack, seed: int = 0, state: GameState | None = None) -> None:
        self.pack = pack
        self.seed = seed
        self.state = state if state is not None else new_game(pack, seed)
        self.log: list[LogEntry] = []

    def apply(self, action: Action) -> list[Event]:
        """Apply one action, log it, and return its events."""
        self.log.append(LogEntry(self.state.elapsed, action))
        self.state, events = step(self.pack, self.state, action)
        return events

    def log_dicts(self) -> list[dict[str, Any]]:
        """The log as JSON-ready dicts."""
        return [entry.to_dict() for entry in self.log]

    @classmethod
    def replay(cls, pack: Pack, log: list[dict[str, Any]], seed: int = 0) -> Session:
        """A session rebuilt by applying a logged list of actions from the start.

        Raises ``ValueError`` when an entry is not a valid action.
        """
        session = cls(pack, seed)
        for n, entry in enumerate(log, 1):
            try:
                action = action_from_dict(entry["action"])
            except (KeyError, TypeError, ValueError) as err:
                raise ValueError(f"log entry {n} is not a valid action: {err}") from None
            session.apply(action)
        return session
