"""The supervisor: restarts a crashed game within a second, backs off when it crashes at start-up in a
loop, logs everything to a rotating log, exits 3 when the facilitator quits; and a game killed with
SIGKILL mid-session comes back with the session resumed and nothing lost."""

from __future__ import annotations

import os
import signal
import sqlite3
import sys
import threading
import time
from pathlib import Path

import pytest

from rumours_game.kiosk.codes import CHILD_QUIT, EXIT_CONFIG, EXIT_QUIT
from rumours_game.kiosk.launch import game_command
from rumours_game.kiosk.supervisor import LOG_NAME, PID_NAME, Supervisor, backoff


def python(code: str) -> list[str]:
    return [sys.executable, "-c", code]


def read_log(data_dir: Path) -> str:
    return (data_dir / "logs" / LOG_NAME).read_text(encoding="utf-8")


def test_a_game_that_crashes_at_start_up_backs_off_instead_of_spinning(data_dir):
    waits: list[float] = []
    sup = Supervisor(python("import sys; print('boom', file=sys.stderr); sys.exit(1)"), data_dir,
                     sleep=waits.append, max_starts=6)  # fmt: skip
    assert sup.run() == EXIT_QUIT
    assert waits == [2, 4, 8, 16, 32, 60]
    log = read_log(data_dir)
    assert log.count("boom") == 6 and "exit code 1" in log and "restarting in 60 s" in log
    assert not (data_dir / PID_NAME).exists()


def test_a_crash_after_a_good_run_restarts_within_a_second(data_dir):
    ticks = iter(range(0, 10_000, 40))
    waits: list[float] = []
    sup = Supervisor(python("raise SystemExit(3)"), data_dir, sleep=waits.append,
                     clock=lambda: float(next(ticks)), max_starts=3)  # fmt: skip
    sup.run()
    assert waits == [1.0, 1.0, 1.0] and backoff(0) == 1.0


def test_the_facilitator_quit_and_a_bad_config_end_the_supervisor(data_dir):
    assert Supervisor(python(f"raise SystemExit({CHILD_QUIT})"), data_dir).run() == EXIT_QUIT
    assert Supervisor(python(f"raise SystemExit({EXIT_CONFIG})"), data_dir).run() == EXIT_CONFIG
    assert "the facilitator quit" in read_log(data_dir)


def _wait(condition, seconds: float = 60.0):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError("timed out")


def _pid(data_dir: Path) -> int | None:
    try:
        return int((data_dir / PID_NAME).read_text())
    except (OSError, ValueError):
        return None


def _rows(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    except sqlite3.Error:
        return []
    finally:
        conn.close()


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_mid_session_restarts_the_game_and_resumes_the_session(data_dir):
    db = data_dir / "rumours.db"
    argv = ["--data-dir", str(data_dir), "--headless", "--autoplay", "main:room"]
    sup = Supervisor(game_command(argv), data_dir)
    thread = threading.Thread(target=sup.run, daemon=True)
    thread.start()
    try:
        first = _wait(lambda: _pid(data_dir))
        _wait(
            lambda: (
                db.exists() and _rows(db, "SELECT count(*) FROM journal WHERE seq > 0") not in ([], [(0,)])
            )
        )
        time.sleep(0.5)  # the game is in the room, its journal and answers on disk
        before = {
            "sessions": _rows(db, "SELECT session_id, ended_at FROM sessions"),
            "responses": _rows(db, "SELECT * FROM responses ORDER BY response_id"),
            "journal": _rows(db, "SELECT * FROM journal ORDER BY seq"),
        }
        os.kill(first, signal.SIGKILL)
        second = _wait(lambda: (p := _pid(data_dir)) not in (None, first) and p)
        _wait(lambda: "resumed session" in read_log(data_dir))
    finally:
        sup._terminate(signal.SIGTERM, None)
        thread.join(30)
    assert second != first and not thread.is_alive()
    (session_id, ended), = before["sessions"]  # fmt: skip
    assert ended is None
    assert _rows(db, "SELECT session_id FROM sessions") == [(session_id,)], "no second session started"
    assert _rows(db, "SELECT * FROM responses ORDER BY response_id") == before["responses"], "nothing lost"
    assert _rows(db, "SELECT * FROM journal ORDER BY seq")[: len(before["journal"])] == before["journal"]
    log = read_log(data_dir)
    assert "signal 9" in log and f"resumed session {session_id}" in log
