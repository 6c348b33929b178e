"""The one "call the facilitator" path: every write a front end makes goes through a :class:`GuardedSink`.

Whatever screen writes (consent, age band, statement, the session, the journal, the ending), a write the
sink cannot do yet (:class:`SinkUnavailable`: disk full, database busy, read-only medium; the sink keeps it
in memory) or refuses for good (:class:`SinkError`) calls ``on_trouble`` once per failure and play goes on.
Front ends show "call the facilitator"; the command's exit status says whether anything was lost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rumours_game.pack.models import Pack
from rumours_game.survey.answers import Answer
from rumours_game.survey.plan import PlannedPlayer
from rumours_game.survey.sink import ResponseSink, SinkError, SinkUnavailable


class GuardedSink:
    """A :class:`ResponseSink` that never raises: failures call ``on_trouble`` and are counted."""

    def __init__(self, sink: ResponseSink, on_trouble: Callable[[], None]) -> None:
        self.sink, self.on_trouble = sink, on_trouble
        self.waiting = 0
        """Writes the sink could not do yet (kept in its memory)."""
        self.refused = 0
        """Writes the sink refused for good (lost)."""

    def _call(self, write: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        try:
            return write(*args, **kwargs)
        except SinkUnavailable as err:
            self.waiting += 1
            self.on_trouble()
            return err.result
        except SinkError:
            self.refused += 1
            self.on_trouble()
            return None

    def start_session(self, pack: Pack, language: str, *, seed: int = 0, **extra: Any) -> str:
        """Open a session; its id even when the write waits in memory."""
        return self._call(self.sink.start_session, pack, language, seed=seed, **extra)  # type: ignore[no-any-return]

    def add_player(self, session_id: str, player: PlannedPlayer, *, age_band: str | None = None) -> None:
        """Record a player who agreed to answer."""
        self._call(self.sink.add_player, session_id, player, age_band=age_band)

    def record_answer(self, session_id: str, answer: Answer) -> str:
        """Write one answer; its response id even when the write waits in memory."""
        return self._call(self.sink.record_answer, session_id, answer)  # type: ignore[no-any-return]

    def journal_action(self, session_id: str, seq: int, at: float, action: dict[str, Any]) -> None:
        """Append one engine action."""
        self._call(self.sink.journal_action, session_id, seq, at, action)

    def end_session(self, session_id: str, ending: str) -> None:
        """Close the session with its ending."""
        self._call(self.sink.end_session, session_id, ending)
