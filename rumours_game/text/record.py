"""Sending the session, its journal of actions and its ending to a response sink, if there is one."""

from __future__ import annotations

from rumours_game.engine import Session, action_to_dict
from rumours_game.survey import ResponseSink, SinkUnavailable, survey_text
from rumours_game.text.context import TextContext


class Recorder:
    """Records one text-play session in ``sink``; does nothing without a sink.

    A write the sink cannot do yet (:class:`SinkUnavailable`: it keeps the data and retries) is reported
    once with the survey's "call the facilitator" text, and play goes on.
    """

    def __init__(self, ctx: TextContext, sink: ResponseSink | None) -> None:
        self.ctx, self.sink = ctx, sink
        self.session_id: str | None = None
        self._journalled = 0
        self._warned = False

    def start(self, seed: int) -> None:
        """Open the session (when there is a sink)."""
        if self.sink is None:
            return
        try:
            self.session_id = self.sink.start_session(self.ctx.pack, self.ctx.lang, seed=seed)
        except SinkUnavailable as err:
            self.session_id = err.result  # the session waits in memory: go on recording into it
            self.unavailable()

    @property
    def active(self) -> bool:
        """True when a session is being recorded."""
        return self.sink is not None and self.session_id is not None

    def unavailable(self) -> None:
        """Tell the players (once) that an answer could not be saved yet."""
        if not self._warned:
            self._warned = True
            self.ctx.console.say(survey_text("call_facilitator", self.ctx.lang, self.ctx.pack))

    def journal(self, session: Session) -> None:
        """Send the session's actions that were not sent yet."""
        if not self.active:
            self._journalled = len(session.log)
            return
        while self._journalled < len(session.log):
            entry = session.log[self._journalled]
            try:
                self.sink.journal_action(
                    self.session_id, self._journalled, entry.at, action_to_dict(entry.action)
                )
            except SinkUnavailable:
                self.unavailable()
            self._journalled += 1

    def end(self, ending: str) -> None:
        """Close the session with its ending ('escaped', 'out_of_time' or 'quit')."""
        if not self.active:
            return
        try:
            self.sink.end_session(self.session_id, ending)
        except SinkUnavailable:
            self.unavailable()
        self.session_id = None
