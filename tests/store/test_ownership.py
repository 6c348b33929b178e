"""Databases this program did not create are never changed (findings 10 and 4 of issue 14): they are moved
aside untouched with their -wal file; unreadable journal rows go to a quarantine table; typed puzzle answers
never reach the journal (finding 13)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from rumours_game.engine import Answer, Session, action_to_dict
from rumours_game.pack import load_pack
from rumours_game.store import DB_NAME, Store
from rumours_game.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from tests.conftest import SCENARIOS
from tests.store.helpers import play_session


def _aside(data_dir: Path) -> dict[str, bytes]:
    """The files moved aside, by suffix ('' for the database itself)."""
    out = {}
    for path in data_dir.glob(f"{DB_NAME}.damaged-*"):
        suffix = next((s for s in ("-wal", "-shm", "-journal") if path.name.endswith(s)), "")
        out[suffix] = path.read_bytes()
    return out


def _foreign(path: Path, *, user_version: int = 0, app_id: int = 0) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE sessions (id INTEGER PRIMARY KEY, note TEXT)")
    conn.execute("INSERT INTO sessions (note) VALUES ('their data')")
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.execute(f"PRAGMA application_id = {app_id}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(("user_version", "app_id"), [(0, 0), (-1, 0), (1, 0), (1, 0x12345678), (2, 0)])
def test_another_programs_database_is_moved_aside_unchanged(
    data_dir: Path, user_version: int, app_id: int
) -> None:
    _foreign(data_dir / DB_NAME, user_version=user_version, app_id=app_id)
    before = (data_dir / DB_NAME).read_bytes()
    store = Store.open(data_dir)
    assert len(store.problems) == 1 and "not a rumours database" in store.problems[0]
    assert _aside(data_dir) == {"": before}  # no rumours tables added, not even a header change
    play_session(store)
    store.close()


def test_a_wal_database_goes_aside_with_its_wal_not_checkpointed(tmp_path: Path, data_dir: Path) -> None:
    source = tmp_path / "theirs.db"
    conn = sqlite3.connect(source)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE sessions (id INTEGER PRIMARY KEY, note TEXT)")
    conn.executemany("INSERT INTO sessions (note) VALUES (?)", [("row",)] * 50)
    conn.commit()
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{source}{suffix}", data_dir / f"{DB_NAME}{suffix}")
    conn.close()
    main, wal = (data_dir / DB_NAME).read_bytes(), (data_dir / f"{DB_NAME}-wal").read_bytes()
    assert wal  # the rows are only in the WAL
    Store.open(data_dir).close()
    aside = _aside(data_dir)
    assert aside[""] == main and aside["-wal"] == wal


def test_a_database_of_the_first_version_is_adopted_and_upgraded(data_dir: Path) -> None:
    conn = sqlite3.connect(data_dir / DB_NAME, isolation_level=None)
    conn.executescript(MIGRATIONS[0] + "PRAGMA user_version = 1;")
    conn.execute("INSERT INTO meta VALUES ('kiosk_id', 'old-kiosk')")
    conn.execute(
        "INSERT INTO sessions (session_id, kiosk_id, pack_id, pack_version, language, started_at)"
        " VALUES ('s1', 'old-kiosk', 'p', '1', 'en', '2026-01-01T00:00:00.000000Z')"
    )
    typed = json.dumps({"type": "answer", "puzzle": "p", "value": "Maria Lopez from class 9b"})
    conn.execute("INSERT INTO journal VALUES ('s1', 0, 1.0, ?)", (typed,))
    conn.close()
    store = Store.open(data_dir)
    assert store.problems == [] and store.kiosk_id == "old-kiosk"
    conn = store._conn
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    [(action,)] = conn.execute("SELECT action FROM journal").fetchall()
    assert "Maria" not in action and json.loads(action)["value"] == {"redacted": True}
    store.close()


def test_unreadable_journal_rows_are_quarantined_and_counted(data_dir: Path) -> None:
    store = Store.open(data_dir)
    session = play_session(store, end=False)
    store.journal_action(session, 0, 0.0, {"type": "look", "hotspot": "desk"})
    store.close()
    conn = sqlite3.connect(data_dir / DB_NAME)
    conn.executemany(
        "INSERT INTO journal VALUES (?, ?, ?, ?)",
        [(session, 1, 2.0, "{not json"), (session, 2, "late", "{}"), (session, 3, 3.0, '{"type": "fly"}')],
    )
    conn.commit()
    conn.close()
    store = Store.open(data_dir)
    [unfinished] = store.unfinished_sessions()  # used to raise an internal error on every start
    assert [a["seq"] for a in unfinished.actions] == [0]
    assert len(store.problems) == 1 and store.problems[0].startswith("3 journal row(s)")
    kept = store._conn.execute("SELECT action, reason FROM quarantine ORDER BY seq").fetchall()
    assert [k[0] for k in kept] == ["{not json", "{}", '{"type": "fly"}'] and all(k[1] for k in kept)
    store.unfinished_sessions()
    assert len(store.problems) == 1  # moved once, counted once
    assert store.close_incomplete() == 1
    store.close()


def test_play_starts_despite_an_unreadable_journal(data_dir: Path) -> None:
    store = Store.open(data_dir)
    session = play_session(store, end=False)
    store.close()
    conn = sqlite3.connect(data_dir / DB_NAME)
    conn.execute("INSERT INTO journal VALUES (?, 0, 1.0, '[[[')", (session,))
    conn.commit()
    conn.close()
    store = Store.open(data_dir)
    assert store.close_incomplete() == 1 and store.problems == []
    store.close()


def test_typed_puzzle_answers_never_reach_the_journal(data_dir: Path) -> None:
    pack = load_pack(SCENARIOS / "tutorial")
    store = Store.open(data_dir)
    sid = store.start_session(pack, "en")
    session = Session(pack)
    typed = [
        Answer("refugee-map", "Maria Lopez from class 9b"),
        Answer("refugee-map", "  Neighbouring "),
        Answer("drawer-lock", "Maria"),
        Answer("drawer-lock", 10**40),
    ]
    for seq, action in enumerate(typed):
        session.apply(action)
        store.journal_action(sid, seq, 0.0, action_to_dict(action))
    rows = [json.loads(r[0]) for r in store._conn.execute("SELECT action FROM journal ORDER BY seq")]
    assert "Maria" not in json.dumps(rows) and "9b" not in json.dumps(rows)
    assert rows[0]["value"] == {"wrong": True} and rows[2]["value"] == {"wrong": True}
    assert rows[1]["value"] == "neighbouring"  # a right answer is kept as the pack's own
    store.end_session(sid, "quit")
    store.close()
    replayed = Session.replay(pack, [{"action": r} for r in rows])
    assert replayed.state.wrong == session.state.wrong and replayed.state.solved == session.state.solved
