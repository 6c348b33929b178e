"""One team's game recorded in a response sink: the session, the journal of its actions, its ending.

Both front ends (the window and the terminal) record through :class:`SessionRecorder`, so the store
receives the same thing from each. The journal numbers actions by their place in the engine session's
log, **from 0** (``seq`` 0 is the first action played); see docs/data.md.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rumours_game.engine import Session, action_to_dict
from rumours_game.pack.models import Pack
from rumours_game.survey.guard import GuardedSink
from rumours_game.survey.sink import ResponseSink


class SessionRecorder:
    """Records one session in ``sink`` (does nothing without a sink).

    :attr:`sink` is the front end's one way to write (the survey screens use it too): a :class:`GuardedSink`,
    so any write that fails (kept in memory for later, or refused) calls ``on_unavailable`` and play goes on;
    the front end tells the players to call the facilitator.
    """

    def __init__(self, sink: ResponseSink | None, on_unavailable: Callable[[], None]) -> None:
        self.sink: GuardedSink | None = GuardedSink(sink, on_unavailable) if sink is not None else None
        self.on_unavailable = on_unavailable
        self.session_id: str | None = None
        self.journalled = 0
        """How many of the engine session's actions were sent (the next one's ``seq``)."""

    @property
    def active(self) -> bool:
        """True while a session is being recorded."""
        return self.sink is not None and self.session_id is not None

    def start(self, pack: Pack, lang: str, seed: int, **extra: Any) -> str | None:
        """Open a session (when there is a sink) and return its id; the journal starts again at 0."""
        self.journalled = 0
        if self.sink is None:
            self.session_id = None
            return None
        # on a full disk the session waits in memory with its id: recording goes on into it
        self.session_id = self.sink.start_session(pack, lang, seed=seed, **extra)
        return self.session_id

    def journal(self, session: Session) -> None:
        """Send the engine session's actions that were not sent yet, numbered by their place in its log."""
        if not self.active:
            self.journalled = len(session.log)
            return
        assert self.sink is not None and self.session_id is not None
        while self.journalled < len(session.log):
            entry = session.log[self.journalled]
            self.sink.journal_action(self.session_id, self.journalled, entry.at, action_to_dict(entry.action))
            self.journalled += 1

    def end(self, ending: str) -> None:
        """Close the session with its ending ('escaped', 'out_of_time' or 'quit'); once."""
        if not self.active:
            return
        assert self.sink is not None and self.session_id is not None
        session_id, self.session_id = self.session_id, None
        self.sink.end_session(session_id, ending)
