"""The SQLite database file: connection settings, schema migrations, and moving a damaged file aside."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from rumours_game.store.errors import StoreError, describe, is_damaged

DB_NAME = "rumours.db"
BUSY_TIMEOUT_MS = 2000

_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE sessions (
    session_id TEXT PRIMARY KEY,
    kiosk_id TEXT NOT NULL,
    event TEXT NOT NULL DEFAULT '',
    pack_id TEXT NOT NULL,
    pack_version TEXT NOT NULL,
    language TEXT NOT NULL,
    seed INTEGER NOT NULL DEFAULT 0,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    ending TEXT,
    source TEXT NOT NULL DEFAULT 'kiosk' CHECK (source IN ('kiosk', 'import'))
);
CREATE TABLE players (
    session_id TEXT NOT NULL REFERENCES sessions (session_id),
    player_code TEXT NOT NULL,
    player_id TEXT NOT NULL UNIQUE,
    number INTEGER,
    order_seed INTEGER,
    age_band TEXT,
    PRIMARY KEY (session_id, player_code)
) WITHOUT ROWID;
CREATE TABLE items (
    pack_id TEXT NOT NULL,
    pack_version TEXT NOT NULL,
    item_id TEXT NOT NULL,
    rumour_id TEXT NOT NULL DEFAULT '',
    reverse_coded INTEGER NOT NULL CHECK (reverse_coded IN (0, 1)),
    scale_min INTEGER NOT NULL,
    scale_max INTEGER NOT NULL,
    is_check INTEGER NOT NULL DEFAULT 0 CHECK (is_check IN (0, 1)),
    expect INTEGER,
    PRIMARY KEY (pack_id, pack_version, item_id)
) WITHOUT ROWID;
CREATE TABLE responses (
    response_id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL,
    player_code TEXT NOT NULL,
    item_id TEXT NOT NULL,
    rumour_id TEXT NOT NULL DEFAULT '',
    phase TEXT NOT NULL CHECK (phase IN ('pre', 'post')),
    value INTEGER NOT NULL,
    scale_min INTEGER NOT NULL,
    scale_max INTEGER NOT NULL CHECK (scale_max > scale_min),
    reverse_coded INTEGER NOT NULL CHECK (reverse_coded IN (0, 1)),
    is_check INTEGER NOT NULL DEFAULT 0 CHECK (is_check IN (0, 1)),
    answered_at TEXT NOT NULL,
    CHECK (value BETWEEN scale_min AND scale_max),
    FOREIGN KEY (session_id, player_code) REFERENCES players (session_id, player_code)
);
CREATE INDEX responses_by_pair ON responses (session_id, player_code, item_id);
CREATE TABLE latest (
    session_id TEXT NOT NULL,
    player_code TEXT NOT NULL,
    item_id TEXT NOT NULL,
    phase TEXT NOT NULL,
    value INTEGER NOT NULL,
    scale_min INTEGER NOT NULL,
    scale_max INTEGER NOT NULL,
    reverse_coded INTEGER NOT NULL,
    rumour_id TEXT NOT NULL,
    answered_at TEXT NOT NULL,
    response_id TEXT NOT NULL,
    PRIMARY KEY (session_id, player_code, item_id, phase)
) WITHOUT ROWID;
CREATE TABLE pairs (
    session_id TEXT NOT NULL,
    player_code TEXT NOT NULL,
    item_id TEXT NOT NULL,
    rumour_id TEXT NOT NULL,
    change INTEGER NOT NULL,
    span INTEGER NOT NULL,
    consistent INTEGER NOT NULL,
    PRIMARY KEY (session_id, player_code, item_id)
) WITHOUT ROWID;
CREATE TRIGGER responses_pairing AFTER INSERT ON responses WHEN NEW.is_check = 0
BEGIN
    INSERT INTO latest VALUES (
        NEW.session_id, NEW.player_code, NEW.item_id, NEW.phase, NEW.value, NEW.scale_min, NEW.scale_max,
        NEW.reverse_coded, NEW.rumour_id, NEW.answered_at, NEW.response_id
    ) ON CONFLICT DO UPDATE SET
        value = excluded.value, scale_min = excluded.scale_min, scale_max = excluded.scale_max,
        reverse_coded = excluded.reverse_coded, rumour_id = excluded.rumour_id,
        answered_at = excluded.answered_at, response_id = excluded.response_id
    WHERE (excluded.answered_at, excluded.response_id) > (latest.answered_at, latest.response_id);
    INSERT OR REPLACE INTO pairs
    SELECT a.session_id, a.player_code, a.item_id, a.rumour_id,
           CASE WHEN b.reverse_coded THEN b.value - a.value ELSE a.value - b.value END,
           b.scale_max - b.scale_min,
           a.scale_min = b.scale_min AND a.scale_max = b.scale_max AND a.reverse_coded = b.reverse_coded
    FROM latest a JOIN latest b
      ON b.session_id = a.session_id AND b.player_code = a.player_code AND b.item_id = a.item_id AND b.phase = 'post'
    WHERE a.session_id = NEW.session_id AND a.player_code = NEW.player_code AND a.item_id = NEW.item_id
      AND a.phase = 'pre';
END;
CREATE TABLE journal (
    session_id TEXT NOT NULL REFERENCES sessions (session_id),
    seq INTEGER NOT NULL,
    at REAL NOT NULL,
    action TEXT NOT NULL,
    PRIMARY KEY (session_id, seq)
) WITHOUT ROWID;
"""

MIGRATIONS: tuple[str, ...] = (_V1,)
"""Schema steps in order: ``PRAGMA user_version`` says how many have been applied."""
SCHEMA_VERSION = len(MIGRATIONS)


def utc_now() -> datetime:
    """The default clock."""
    return datetime.now(UTC)


Clock = Callable[[], datetime]


def iso(moment: datetime) -> str:
    """ISO 8601 in UTC with microseconds and a 'Z' (fixed width, so text order is time order)."""
    if moment.tzinfo is None:
        raise ValueError("the clock must give timezone-aware times")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection with the store's settings: WAL, synchronous=FULL, busy timeout, foreign keys.

    Transactions are explicit (``isolation_level=None``); use :func:`transaction`."""
    if read_only:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    else:
        conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            conn.close()
            raise StoreError(f"{path}: the database cannot use write-ahead logging (journal mode {mode})")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _statements(script: str) -> list[str]:
    """The SQL statements of a script (a trigger body stays whole)."""
    out, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            out.append(buffer.strip())
            buffer = ""
    return out


def migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Apply the schema steps this database has not had yet."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path} was written by a newer version of rumours (schema {version}); update rumours to use it"
        )
    for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
        with transaction(conn):
            for statement in _statements(script):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")


@cache
def _expected_columns() -> dict[str, list[str]]:
    """Every table and its columns, as this version's migrations create them (built once, in memory)."""
    ref = sqlite3.connect(":memory:")
    try:
        for script in MIGRATIONS:
            for statement in _statements(script):
                ref.execute(statement)
        tables = [r[0] for r in ref.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {
            t: [c[1] for c in ref.execute(f"PRAGMA table_info({t})")]
            for t in tables
            if not t.startswith("sqlite_")
        }
    finally:
        ref.close()


def schema_mismatch(conn: sqlite3.Connection) -> str | None:
    """None when every table has the columns this version expects, else what differs (a file written by an
    unreleased build, or another program's database with the same name)."""
    for table, expected in _expected_columns().items():
        found = [c[1] for c in conn.execute(f"PRAGMA table_info({table})")]
        if found != expected:
            return f"its table '{table}' has columns {found or 'none'}, not {expected}"
    return None


def check_sound(conn: sqlite3.Connection) -> str | None:
    """None when ``PRAGMA quick_check`` finds the file sound, else what it found."""
    rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
    return None if rows == ["ok"] else "; ".join(rows[:3])


def move_aside(path: Path, moment: datetime) -> Path:
    """Rename a damaged database (and its -wal and -shm files) out of the way; never deletes anything."""
    stamp = moment.astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        src = Path(f"{path}{suffix}")
        if src.exists():
            src.rename(Path(f"{target}{suffix}"))
    return target


def open_database(path: Path, clock: Clock = utc_now) -> tuple[sqlite3.Connection, list[str]]:
    """Open (creating or upgrading) the database; a damaged or unreadable file is moved aside and a new
    one started. Returns the connection and the problems found, as plain sentences."""
    problems: list[str] = []
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise StoreError(f"cannot create the data folder {path.parent}: {err.strerror or err}") from err
    for attempt in (1, 2):
        conn: sqlite3.Connection | None = None
        try:
            conn = connect(path)
            damage = check_sound(conn)
            if damage is None:
                migrate(conn, path)
                damage = schema_mismatch(conn)
                if damage is None:
                    return conn, problems
        except sqlite3.Error as err:
            if conn is not None:
                conn.close()
            unreadable = path.exists() and not os.access(path, os.R_OK)
            if attempt == 2 or not (is_damaged(err) or unreadable):
                raise StoreError(f"cannot use the database {path}: {describe(err)}") from err
            damage = describe(err)
        else:
            conn.close()
        try:
            aside = move_aside(path, clock())
        except OSError as err:
            raise StoreError(
                f"the database {path} is damaged ({damage}) and cannot be moved aside: {err}"
            ) from err
        problems.append(
            f"the database {path} was damaged, unreadable or not in this version's format ({damage}); "
            f"it was kept as {aside.name} "
            "and a new, empty one was started"
        )
    raise StoreError(f"cannot start a new database at {path}")
