"""Where front ends send sessions, players, answers and game actions (the store implements it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:  # names for the annotations only: the store's errors import this module without pydantic
    from rumours_game.pack.models import Pack
    from rumours_game.survey.answers import Answer
    from rumours_game.survey.plan import PlannedPlayer


class SinkError(Exception):
    """A write failed: refused for good (that write is lost), unless it is a :class:`SinkUnavailable`. The
    store's errors derive from it; front ends write through a ``GuardedSink``, which never raises."""


class SinkUnavailable(SinkError):
    """Writing failed for now (disk full, database locked): the sink keeps the data in memory and retries
    on the next write. Front ends show "call the facilitator" and carry on.

    ``result`` is what the call would have returned (a new session or response id): the write it belongs to
    is waiting in memory, so front ends go on using it.
    """

    def __init__(self, message: str = "", result: str | None = None) -> None:
        super().__init__(message)
        self.result = result


@runtime_checkable
class ResponseSink(Protocol):
    """What the game and the text front end call; :class:`rumours_game.store.Store` implements it."""

    def start_session(self, pack: Pack, language: str, *, seed: int = 0, event: str = "") -> str:
        """Open a session for one team playing ``pack``; returns its id."""
        ...

    def add_player(self, session_id: str, player: PlannedPlayer, *, age_band: str | None = None) -> None:
        """Record a player who agreed to answer (players who decline are never recorded)."""
        ...

    def record_answer(self, session_id: str, answer: Answer) -> str:
        """Write one answer durably before returning; returns its response id."""
        ...

    def journal_action(self, session_id: str, seq: int, at: float, action: dict[str, Any]) -> None:
        """Append one engine action (``action_to_dict``) played at game time ``at`` seconds."""
        ...

    def end_session(self, session_id: str, ending: str) -> None:
        """Close the session with its ending ('escaped', 'out_of_time', 'quit', ...)."""
        ...


@dataclass
class MemorySink:
    """A :class:`ResponseSink` that keeps everything in lists (for tests and dry runs)."""

    sessions: dict[str, dict[str, Any]] = field(default_factory=dict)
    players: list[tuple[str, PlannedPlayer, str | None]] = field(default_factory=list)
    answers: list[tuple[str, Answer]] = field(default_factory=list)
    actions: list[tuple[str, int, float, dict[str, Any]]] = field(default_factory=list)

    def start_session(self, pack: Pack, language: str, *, seed: int = 0, event: str = "") -> str:
        session_id = f"session-{len(self.sessions) + 1}"
        self.sessions[session_id] = {
            "pack_id": pack.id,
            "pack_version": pack.version,
            "language": language,
            "seed": seed,
            "event": event,
            "ending": None,
        }
        return session_id

    def add_player(self, session_id: str, player: PlannedPlayer, *, age_band: str | None = None) -> None:
        self.players.append((session_id, player, age_band))

    def record_answer(self, session_id: str, answer: Answer) -> str:
        self.answers.append((session_id, answer))
        return f"response-{len(self.answers)}"

    def journal_action(self, session_id: str, seq: int, at: float, action: dict[str, Any]) -> None:
        self.actions.append((session_id, seq, at, action))

    def end_session(self, session_id: str, ending: str) -> None:
        self.sessions[session_id]["ending"] = ending
