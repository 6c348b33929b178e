from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest

from rumours_game.store import DB_NAME, Store, StoreError, StoreUnavailable
from rumours_game.store.schema import APPLICATION_ID, SCHEMA_VERSION
from rumours_game.survey import PlannedPlayer, ResponseSink
from rumours_game.survey.answers import Answer
from tests.store.helpers import TickingClock, play_session
from tests.survey.helpers import make_pack


def _count(data_dir: Path, table: str) -> int:
    conn = sqlite3.connect(data_dir / DB_NAME)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def _answer(code: str = "CDFHJK", value: int = 3) -> Answer:
    return Answer(code, "jobs", "pre", value, 1, 5, rumour_id="jobs")


def test_settings_schema_and_kiosk_id(data_dir: Path) -> None:
    store = Store.open(data_dir)
    assert isinstance(store, ResponseSink)
    conn = store._conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    kiosk = store.kiosk_id
    store.close()
    again = Store.open(data_dir)
    assert again.kiosk_id == kiosk and again.problems == []
    again.close()
    assert Store.open(data_dir, kiosk_id="hall-a").kiosk_id == "hall-a"


def test_a_played_session_is_recorded_with_clock_times(data_dir: Path) -> None:
    store = Store.open(data_dir, clock=TickingClock())
    session = play_session(store, players=3, event="school")
    conn = store._conn
    assert _count(data_dir, "responses") == 3 * 2 * 4  # another connection sees every answer
    assert _count(data_dir, "players") == 3
    ids = [uuid.UUID(r[0]) for r in conn.execute("SELECT player_id FROM players")]
    assert len(set(ids)) == 3 and uuid.UUID(session) and uuid.UUID(store.kiosk_id)
    assert all(uuid.UUID(r[0]) for r in conn.execute("SELECT response_id FROM responses"))
    assert conn.execute("SELECT count(*) FROM items").fetchone()[0] == 4
    started, ended, ending, event = conn.execute(
        "SELECT started_at, ended_at, ending, event FROM sessions WHERE session_id = ?", (session,)
    ).fetchone()
    assert started == "2026-03-05T10:00:01.000000Z" and ended > started
    assert (ending, event) == ("escaped", "school")
    times = [r[0] for r in conn.execute("SELECT answered_at FROM responses ORDER BY rowid")]
    assert times == sorted(times) and len(set(times)) == len(times)
    assert store.unfinished_sessions() == []
    store.close()


def test_journal_and_unfinished_sessions(data_dir: Path) -> None:
    store = Store.open(data_dir)
    done = play_session(store)
    open_one = play_session(store, players=1, seed=4, end=False)
    for seq in range(3):
        store.journal_action(open_one, seq, 1.5 * seq, {"type": "look", "hotspot": f"h{seq}"})
    store.close()
    store = Store.open(data_dir)
    [unfinished] = store.unfinished_sessions()
    assert unfinished.session_id == open_one and unfinished.seed == 4
    assert [a["seq"] for a in unfinished.actions] == [0, 1, 2]
    assert unfinished.actions[2] == {"seq": 2, "at": 3.0, "action": {"type": "look", "hotspot": "h2"}}
    assert len(unfinished.players) == 1 and len(unfinished.answered) == 8
    assert {phase for _, phase, _ in unfinished.answered} == {"pre", "post"}
    assert store.close_incomplete() == 1
    assert store.unfinished_sessions() == []
    ending = store._conn.execute("SELECT ending FROM sessions WHERE session_id = ?", (open_one,)).fetchone()[
        0
    ]
    assert ending == "incomplete" and done != open_one
    store.close()


def test_damaged_database_is_moved_aside_not_deleted(data_dir: Path) -> None:
    junk = b"this is not a database at all" * 100
    (data_dir / DB_NAME).write_bytes(junk)
    store = Store.open(data_dir)
    assert len(store.problems) == 1 and "damaged" in store.problems[0]
    [aside] = data_dir.glob(f"{DB_NAME}.damaged-*")
    assert aside.read_bytes() == junk
    play_session(store)
    store.close()
    assert _count(data_dir, "responses") == 16


def test_database_with_damaged_pages_is_moved_aside(data_dir: Path) -> None:
    store = Store.open(data_dir)
    for seed in range(30):
        play_session(store, seed=seed)
    store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    path = data_dir / DB_NAME
    raw = bytearray(path.read_bytes())
    page = 4096
    for start in range(2 * page, len(raw) - page, 3 * page):
        raw[start + 100 : start + 400] = b"\xff" * 300
    path.write_bytes(bytes(raw))
    store = Store.open(data_dir)
    assert store.problems and list(data_dir.glob(f"{DB_NAME}.damaged-*"))
    assert store._conn.execute("SELECT count(*) FROM responses").fetchone()[0] == 0
    store.close()


def test_database_in_another_format_is_moved_aside(data_dir: Path) -> None:
    """A file at this schema version whose tables differ (an unreleased build wrote it) is kept, not used."""
    Store.open(data_dir).close()
    conn = sqlite3.connect(data_dir / DB_NAME)
    conn.execute("DROP TABLE players")
    conn.execute("CREATE TABLE players (session_id TEXT, player_code TEXT, number INTEGER)")
    conn.execute("INSERT INTO players VALUES ('old-session', 'OLDCOD', 1)")
    conn.commit()
    conn.close()
    store = Store.open(data_dir)
    assert len(store.problems) == 1 and "table 'players'" in store.problems[0]
    [aside] = [p for p in data_dir.glob(f"{DB_NAME}.damaged-*") if not p.name.endswith(("-wal", "-shm"))]
    with sqlite3.connect(aside) as old:
        assert old.execute("SELECT player_code FROM players").fetchall() == [("OLDCOD",)]
    play_session(store)
    store.close()
    assert _count(data_dir, "responses") == 16


def test_data_folder_that_cannot_be_made(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot create the data folder"):
        Store.open(blocker / "data")


def test_newer_schema_is_refused_untouched(data_dir: Path) -> None:
    Store.open(data_dir).close()
    conn = sqlite3.connect(data_dir / DB_NAME)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(StoreError, match="newer version"):
        Store.open(data_dir)
    assert not list(data_dir.glob("*.damaged-*"))


def _started(store: Store) -> tuple[str, str]:
    session = store.start_session(make_pack(), "en")
    store.add_player(session, PlannedPlayer(1, "CDFHJK", 7))
    return session, "CDFHJK"


def test_disk_full_keeps_answers_in_memory_until_they_fit(data_dir: Path) -> None:
    store = Store.open(data_dir)
    session, code = _started(store)
    conn = store._conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    big = "x" * 20000
    with pytest.raises(StoreUnavailable, match="disk is full"):
        store.journal_action(session, 0, 0.0, {"kind": "look", "hotspot": big})
    with pytest.raises(StoreUnavailable):
        store.record_answer(session, _answer(code))
    assert store.pending == 2
    conn.execute("PRAGMA max_page_count = 1000000")
    store.record_answer(session, _answer(code, 4))
    assert store.pending == 0
    assert _count(data_dir, "responses") == 2 and _count(data_dir, "journal") == 1
    store.close()


def test_a_session_started_on_a_full_disk_keeps_its_id_and_is_written_later(data_dir: Path) -> None:
    store = Store.open(data_dir)
    conn = store._conn
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    pack = make_pack()
    with pytest.raises(StoreUnavailable) as raised:
        for _ in range(200):  # until the pages are full
            store.start_session(pack, "en", event="x" * 4000)
    session = raised.value.result
    assert session is not None and store.pending >= 1
    conn.execute("PRAGMA max_page_count = 1000000")
    store.add_player(session, PlannedPlayer(1, "CDFHJK", 7))
    store.record_answer(session, _answer("CDFHJK"))
    assert store.pending == 0
    store.close()
    with sqlite3.connect(data_dir / DB_NAME) as db:
        assert (
            db.execute("SELECT count(*) FROM responses WHERE session_id = ?", (session,)).fetchone()[0] == 1
        )


def test_read_only_medium_keeps_answers_in_memory(data_dir: Path) -> None:
    store = Store.open(data_dir)
    session, code = _started(store)
    store._conn.execute("PRAGMA query_only = ON")
    with pytest.raises(StoreUnavailable, match="cannot be written"):
        store.record_answer(session, _answer(code))
    with pytest.raises(StoreUnavailable):
        store.close()
    store._conn.execute("PRAGMA query_only = OFF")
    store.close()
    assert _count(data_dir, "responses") == 1


def test_locked_database_keeps_answers_in_memory(data_dir: Path) -> None:
    store = Store.open(data_dir)
    session, code = _started(store)
    store._conn.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(data_dir / DB_NAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    with pytest.raises(StoreUnavailable, match="busy"):
        store.record_answer(session, _answer(code))
    other.execute("ROLLBACK")
    other.close()
    store.flush()
    assert store.pending == 0 and _count(data_dir, "responses") == 1
    store.close()


def test_a_refused_change_does_not_block_the_queue(data_dir: Path) -> None:
    store = Store.open(data_dir)
    session, code = _started(store)
    with pytest.raises(StoreError, match="refused"):
        store.record_answer("no-such-session", _answer(code))
    store.record_answer(session, _answer(code))
    assert store.pending == 0 and _count(data_dir, "responses") == 1
    store.close()
