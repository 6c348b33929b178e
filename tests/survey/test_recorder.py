"""The one session recorder both front ends use: a session, its journal numbered from 0, its ending."""

from __future__ import annotations

from typing import Any

from rumours_game.engine import Session, Tick
from rumours_game.survey import MemorySink, SessionRecorder, SinkUnavailable

from .helpers import make_pack


class FlakySink(MemorySink):
    """A sink whose next ``failures`` writes raise SinkUnavailable after keeping the data."""

    def __init__(self, failures: int) -> None:
        super().__init__()
        self.failures = failures

    def _maybe_fail(self, result: str | None = None) -> None:
        if self.failures > 0:
            self.failures -= 1
            raise SinkUnavailable("disk full", result)

    def start_session(self, pack: Any, language: str, *, seed: int = 0, event: str = "") -> str:
        sid = super().start_session(pack, language, seed=seed, event=event)
        self._maybe_fail(sid)
        return sid

    def journal_action(self, session_id: str, seq: int, at: float, action: dict[str, Any]) -> None:
        super().journal_action(session_id, seq, at, action)
        self._maybe_fail()


def test_the_journal_is_numbered_from_zero_by_place_in_the_log() -> None:
    pack, sink = make_pack(), MemorySink()
    recorder = SessionRecorder(sink, lambda: None)
    sid = recorder.start(pack, "en", seed=7)
    session = Session(pack)
    for seconds in (1.0, 2.0, 3.0):
        session.apply(Tick(seconds))
        recorder.journal(session)
    recorder.journal(session)  # nothing new: nothing sent twice
    assert [(s, seq, at) for s, seq, at, _ in sink.actions] == [(sid, 0, 0.0), (sid, 1, 1.0), (sid, 2, 3.0)]
    recorder.end("quit")
    recorder.end("escaped")  # closed once
    assert sink.sessions[sid]["ending"] == "quit"
    assert not recorder.active


def test_a_write_that_waits_is_reported_and_recording_goes_on() -> None:
    pack, sink = make_pack(), FlakySink(failures=2)
    told: list[str] = []
    recorder = SessionRecorder(sink, lambda: told.append("call the facilitator"))
    sid = recorder.start(pack, "en", seed=1)
    assert sid is not None and recorder.active, "the session id comes with the error"
    session = Session(pack)
    session.apply(Tick(1.0))
    session.apply(Tick(1.0))
    recorder.journal(session)
    assert [seq for _, seq, _, _ in sink.actions] == [0, 1]
    assert told == ["call the facilitator"] * 2


def test_without_a_sink_nothing_is_recorded() -> None:
    recorder = SessionRecorder(None, lambda: None)
    assert recorder.start(make_pack(), "en", seed=0) is None
    session = Session(make_pack())
    session.apply(Tick(1.0))
    recorder.journal(session)
    recorder.end("quit")
    assert not recorder.active
