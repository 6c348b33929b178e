"""Every write from every screen goes through the one "call the facilitator" path (finding 1 of issue 14),
and a game whose answers could not be saved ends with a non-zero exit status (finding 6)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rumours_game.cli import main
from rumours_game.cli.play_cmd import EXIT_UNSAVED
from rumours_game.store import Store, StoreError
from rumours_game.survey import MemorySink, SinkError, SinkUnavailable
from tests.ui.helpers import TUTORIAL, headless


class FailingSink(MemorySink):
    """Keeps everything in memory but says the disk is full (or refuses) at chosen calls."""

    def __init__(self, failing: dict[str, type[SinkError]]) -> None:
        super().__init__()
        self.failing = failing
        self.failures = 0

    def _fail(self, name: str, result: str | None = None) -> None:
        error = self.failing.get(name)
        if error is not None:
            self.failures += 1
            raise error("disk full") if error is SinkError else SinkUnavailable("disk full", result=result)

    def add_player(self, session_id, player, *, age_band=None) -> None:  # consent and age screens
        super().add_player(session_id, player, age_band=age_band)
        self._fail("add_player")

    def record_answer(self, session_id, answer) -> str:
        response = super().record_answer(session_id, answer)
        self._fail("record_answer", response)
        return response

    def end_session(self, session_id, ending) -> None:
        super().end_session(session_id, ending)
        self._fail("end_session")


@pytest.mark.parametrize(
    "failing",
    [
        {"add_player": SinkUnavailable},  # the consent (and age) screen: used to crash the game (exit 3)
        {"add_player": SinkError},  # a write refused for good
        {"record_answer": SinkError},
        {"end_session": SinkUnavailable},
    ],
)
def test_a_failing_write_on_any_screen_calls_the_facilitator_and_play_goes_on(
    failing: dict[str, type[SinkError]],
) -> None:
    sink = FailingSink(failing)
    driver = headless(sink=sink)
    calls: list[str] = []
    real = driver.app.flow.call_facilitator
    driver.app.flow.call_facilitator = lambda: (calls.append(driver.app.top.name), real())[1]  # type: ignore[method-assign]
    ok, message = driver.run()
    assert ok, message
    assert sink.failures and len(calls) == sink.failures
    assert "notice" in driver.visited  # the facilitator notice was on screen


def _full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every Store opened from now on cannot write after opening (as on a disk that filled up)."""
    real_open = Store.open.__func__  # type: ignore[attr-defined]

    def open_full(cls, data_dir, **kwargs):
        store = real_open(cls, data_dir, **kwargs)
        store._conn.execute("PRAGMA query_only = ON")
        return store

    monkeypatch.setattr(Store, "open", classmethod(open_full))


def test_headless_play_on_a_full_disk_exits_non_zero(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _full_disk(monkeypatch)
    args = ["--data-dir", str(tmp_path / "data"), "play", str(TUTORIAL), "--headless", "--walkthrough"]
    code = main(args)
    err = capsys.readouterr().err
    assert code == EXIT_UNSAVED, err
    assert "could not be saved" in err and "Traceback" not in err


def test_headless_play_with_room_to_write_exits_zero(tmp_path: Path) -> None:
    args = ["--data-dir", str(tmp_path / "data"), "play", str(TUTORIAL), "--headless", "--walkthrough"]
    assert main(args) == 0
    store = Store.open(tmp_path / "data")
    assert store._conn.execute("SELECT count(*) FROM responses").fetchone()[0] > 0
    store.close()


def test_store_errors_are_sink_errors() -> None:
    assert issubclass(StoreError, SinkError)
