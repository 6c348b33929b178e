"""The SQLite database file: connection settings, schema migrations, and moving a damaged file aside."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from rumours_game.store.errors import StoreError, describe, is_damaged
from rumours_game.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

DB_NAME = "rumours.db"
BUSY_TIMEOUT_MS = 2000


def utc_now() -> datetime:
    """The default clock."""
    return datetime.now(UTC)


Clock = Callable[[], datetime]


def iso(moment: datetime) -> str:
    """ISO 8601 in UTC with microseconds and a 'Z' (fixed width, so text order is time order)."""
    if moment.tzinfo is None:
        raise ValueError("the clock must give timezone-aware times")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _read_only(path: Path, *, check_same_thread: bool = True) -> sqlite3.Connection:
    """A read-only connection that never writes next to the file. On read-only media (where SQLite cannot
    make its -shm file) a database without a -wal file is opened immutable: nothing can be changing it."""
    uri = path.resolve().as_uri()
    conn = None
    try:
        conn = sqlite3.connect(
            f"{uri}?mode=ro", uri=True, isolation_level=None, check_same_thread=check_same_thread
        )
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as err:
        if conn is not None:
            conn.close()
        name = getattr(err, "sqlite_errorname", "") or ""
        if not name.startswith(("SQLITE_CANTOPEN", "SQLITE_READONLY")) or Path(f"{path}-wal").exists():
            raise
    return sqlite3.connect(
        f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None, check_same_thread=check_same_thread
    )


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection with the store's settings: WAL, synchronous=FULL, busy timeout, foreign keys.

    Transactions are explicit (``isolation_level=None``); use :func:`transaction`. ``read_only`` opens the
    file read-only (immutable on read-only media) and changes nothing in it."""
    conn = _read_only(path) if read_only else sqlite3.connect(path, isolation_level=None)
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
    """Apply the schema steps this database has not had yet (only ever called on rumours databases)."""
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
def expected_columns(version: int = SCHEMA_VERSION) -> dict[str, list[str]]:
    """Every table and its columns after the first ``version`` migrations (built once, in memory)."""
    ref = sqlite3.connect(":memory:")
    try:
        for script in MIGRATIONS[:version]:
            for statement in _statements(script):
                ref.execute(statement)
        return _columns(ref)
    finally:
        ref.close()


def _columns(conn: sqlite3.Connection) -> dict[str, list[str]]:
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {
        t: [c[1] for c in conn.execute(f"PRAGMA table_info('{t}')")]
        for t in tables
        if not t.startswith("sqlite_")
    }


def _difference(found: dict[str, list[str]], expected: dict[str, list[str]]) -> str | None:
    for table, columns in expected.items():
        if found.get(table, []) != columns:
            return f"its table '{table}' has columns {found.get(table) or 'none'}, not {columns}"
    extra = sorted(set(found) - set(expected))
    return f"it has tables this version does not make ({', '.join(extra)})" if extra else None


def schema_mismatch(conn: sqlite3.Connection) -> str | None:
    """None when the tables are exactly this version's, else what differs."""
    return _difference(_columns(conn), expected_columns())


def check_sound(conn: sqlite3.Connection) -> str | None:
    """None when ``PRAGMA quick_check`` finds the file sound, else what it found."""
    rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
    return None if rows == ["ok"] else "; ".join(rows[:3])


SIDE_FILES = ("-wal", "-shm", "-journal")


def move_aside(path: Path, moment: datetime) -> Path:
    """Rename a database that is not usable (and its -wal, -shm and -journal files, untouched) out of the
    way; never deletes or changes anything."""
    stamp = moment.astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    for suffix in ("", *SIDE_FILES):
        src = Path(f"{path}{suffix}")
        if src.exists() or src.is_symlink():
            src.rename(Path(f"{target}{suffix}"))
    return target


def _open_to_inspect(path: Path) -> tuple[str, str] | sqlite3.Connection:
    """What :func:`inspect` says of a file it need not read, else a read-only connection to it (usable from
    another thread, for its check)."""
    side = any(Path(f"{path}{s}").exists() for s in SIDE_FILES)
    if not path.exists() and not path.is_symlink():
        return ("aside", "its -wal or -journal file is there without the database") if side else ("new", "")
    if path.is_symlink() or not path.is_file():
        return "aside", "it is not a regular file"
    if not os.access(path, os.R_OK):
        return "aside", "it cannot be read"
    if path.stat().st_size == 0 and not side:
        return "new", ""
    try:
        return _read_only(path, check_same_thread=False)
    except sqlite3.Error as err:
        if is_damaged(err):
            return "aside", describe(err)
        raise StoreError(f"cannot use the database {path}: {describe(err)}") from err


def _damage(path: Path, conn: sqlite3.Connection) -> str | None:
    """What ``PRAGMA quick_check`` found wrong with the file (or the damage that stopped it), or None."""
    try:
        return check_sound(conn)
    except sqlite3.Error as err:
        if is_damaged(err):
            return describe(err)
        raise StoreError(f"cannot use the database {path}: {describe(err)}") from err


def _structure(path: Path, conn: sqlite3.Connection) -> tuple[str, str]:
    """The verdict on a file from its header and tables alone (see :func:`inspect`)."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        found = _columns(conn)
    except sqlite3.Error as err:
        if is_damaged(err):
            return "aside", describe(err)
        raise StoreError(f"cannot use the database {path}: {describe(err)}") from err
    return _verdict(path, app_id, version, found)


def _checked(path: Path, conn: sqlite3.Connection) -> tuple[str, str]:
    """The integrity check first, then the structure: what :func:`inspect` says of an opened file."""
    damage = _damage(path, conn)
    return ("aside", damage) if damage is not None else _structure(path, conn)


def inspect(path: Path) -> tuple[str, str]:
    """What the file at ``path`` is, read without changing it: ``("new", "")`` (nothing there yet),
    ``("ours", "")`` (a rumours database this version can use), or ``("aside", why)``: damaged, unreadable,
    or not a rumours database (another program's, or a format this version does not know).
    Raises :class:`StoreError` when it cannot be looked at for now (busy) or is from a newer version."""
    opened = _open_to_inspect(path)
    if isinstance(opened, tuple):
        return opened
    try:
        return _checked(path, opened)
    finally:
        opened.close()


class SoundCheck:
    """``PRAGMA quick_check`` of a database run in a thread on its own connection (which it closes), while
    another connection reads the file: sqlite3 releases the GIL, so the two share the machine's cores."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self._path, self._conn = path, conn
        self._found: str | None = None
        self._error: StoreError | None = None
        self._thread = threading.Thread(target=self._run, name="quick_check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._found = _damage(self._path, self._conn)
        except StoreError as err:
            self._error = err
        finally:
            self._conn.close()

    def damage(self) -> str | None:
        """Wait for the check: None when the file is sound, else what it found. Raises :class:`StoreError`
        when the check could not run (as :func:`inspect` does)."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._found


def inspect_alongside(path: Path) -> tuple[str, str, SoundCheck | None]:
    """:func:`inspect`, except that for a rumours database the integrity check runs in a thread while the
    caller reads: anything read is to be used only once :meth:`SoundCheck.damage` has said None. Any other
    verdict is the very one :func:`inspect` gives (the check then runs first, as there)."""
    opened = _open_to_inspect(path)
    if isinstance(opened, tuple):
        return (*opened, None)
    try:
        verdict = _structure(path, opened)
    except StoreError:
        verdict = ("", "")
    if verdict != ("ours", ""):
        try:
            return (*_checked(path, opened), None)
        finally:
            opened.close()
    return "ours", "", SoundCheck(path, opened)


def _verdict(path: Path, app_id: int, version: int, found: dict[str, list[str]]) -> tuple[str, str]:
    legacy = app_id == 0 and version == 1  # written before databases carried the application id
    if app_id == 0 and version == 0 and not found:
        return "new", ""
    if app_id != APPLICATION_ID and not legacy:
        return "aside", f"it is not a rumours database (application id {app_id}, schema {version})"
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path} was written by a newer version of rumours (schema {version}); update rumours to use it"
        )
    if version < 1:  # created by this program, stopped before its first step was committed
        return ("ours", "") if not found else ("aside", f"it has tables but the unknown schema {version}")
    damage = _difference(found, expected_columns(version))
    return ("aside", damage) if damage else ("ours", "")


def _create(path: Path) -> sqlite3.Connection:
    """A new database: the application id is written into the header before anything else."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    finally:
        conn.close()
    return connect(path)


def open_database(
    path: Path, clock: Clock = utc_now, *, move_aside_others: bool = True
) -> tuple[sqlite3.Connection, list[str]]:
    """Open (creating or upgrading) the database. A file that is damaged, unreadable or not a rumours
    database is moved aside untouched (with its -wal and -shm files) and a new one started; with
    ``move_aside_others=False`` (a path the user typed, e.g. ``merge --out``) it is refused instead and left
    where it is. Returns the connection and the problems found, as plain sentences."""
    problems: list[str] = []
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise StoreError(f"cannot create the data folder {path.parent}: {err.strerror or err}") from err
    kind, why = inspect(path)
    if kind == "aside" and not move_aside_others:
        raise StoreError(
            f"{path} is not a rumours database ({why}); it is left as it is: give a new file name"
        )
    if kind == "aside":
        try:
            aside = move_aside(path, clock())
        except OSError as err:
            raise StoreError(f"the database {path} cannot be used ({why}) nor moved aside: {err}") from err
        problems.append(
            f"the database {path} was damaged, unreadable or not a rumours database ({why}); it was kept "
            f"unchanged as {aside.name} and a new, empty one was started"
        )
    try:
        conn = _create(path) if kind != "ours" else connect(path)
    except sqlite3.Error as err:
        raise StoreError(f"cannot use the database {path}: {describe(err)}") from err
    try:
        migrate(conn, path)
    except sqlite3.Error as err:
        conn.close()
        raise StoreError(f"cannot use the database {path}: {describe(err)}") from err
    return conn, problems
