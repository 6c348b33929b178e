"""Exports: a consistent read of the database (one read transaction, no copy anywhere) written as CSV or
JSON Lines with a data dictionary and a manifest, into a temporary folder in the destination that is renamed
into place whole. Reading exports back is in ``store/exportread.py``."""

from __future__ import annotations

import csv
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from rumours_game.atomic import atomic_file, remove_stale, sync_folder
from rumours_game.store.columns import DICTIONARY_COLUMNS, DICTIONARY_NAME, EXPORT_FILES, ExportFile
from rumours_game.store.db import SoundCheck, connect, inspect, inspect_alongside, migrate
from rumours_game.store.errors import DataError, StoreError, describe
from rumours_game.store.manifest import MANIFEST_NAME, manifest
from rumours_game.store.schema import SCHEMA_VERSION

FORMATS = ("csv", "jsonl")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""A cell starting with one of these is run as a formula by spreadsheets; CSV exports prefix it with '."""


def escape_cell(value: Any) -> Any:
    """A text cell made safe for spreadsheets ('=1+1' becomes "'=1+1"; a leading ' is doubled so the
    change can be undone); other values unchanged."""
    if isinstance(value, str) and value.startswith((*FORMULA_START, "'")):
        return "'" + value
    return value


@contextmanager
def snapshot(db_path: Path, *, check_alongside: bool = False) -> Iterator[sqlite3.Connection]:
    """A consistent read-only view of a rumours database: one read transaction on the file itself (consistent
    even while a game writes; works on read-only media). A database of an older schema is copied into memory
    and upgraded there; nothing is ever copied to disk. Raises :class:`DataError` for a damaged file or one
    that is not a rumours database.

    With ``check_alongside`` the file's integrity check runs in a thread while the body reads (for a caller
    that only reads, and keeps what it read only when the ``with`` block ends without an error): a damage it
    finds is raised when the block ends, in place of whatever the body did or raised."""
    kind, why, check = inspect_alongside(db_path) if check_alongside else (*inspect(db_path), None)
    if kind == "aside":
        raise DataError(f"the database {db_path} cannot be read: {why}")
    try:
        with _read_view(db_path) as view:
            yield view
    except Exception as err:
        _raise_damage(db_path, check, err)
        raise
    _raise_damage(db_path, check, None)


def _raise_damage(db_path: Path, check: SoundCheck | None, err: Exception | None) -> None:
    """Raise :class:`DataError` (from ``err``, if any) when the integrity check found the file damaged."""
    why = check.damage() if check is not None else None
    if why is not None:
        raise DataError(f"the database {db_path} cannot be read: {why}") from err


@contextmanager
def _read_view(db_path: Path) -> Iterator[sqlite3.Connection]:
    """One read transaction on a rumours database (upgraded in memory if its schema is older)."""
    try:
        src = connect(db_path, read_only=True)
    except sqlite3.Error as err:
        raise StoreError(f"cannot read the database {db_path}: {describe(err)}") from err
    view = src
    try:
        src.execute("BEGIN")
        version = src.execute("PRAGMA user_version").fetchone()[0]
        if version != SCHEMA_VERSION:
            view = sqlite3.connect(":memory:", isolation_level=None)
            src.backup(view)
            migrate(view, db_path)
        yield view
    except sqlite3.DatabaseError as err:
        raise DataError(f"the database {db_path} cannot be read: {describe(err)}") from err
    finally:
        if view is not src:
            view.close()
        src.close()


def write_atomic(path: Path, fill: Callable[[TextIO], object]) -> None:
    """Write a text file atomically: ``fill`` writes into a temporary file that then replaces ``path``."""
    with atomic_file(path, "w") as handle:
        fill(handle)


def _write_rows(fh: TextIO, spec: ExportFile, rows: Iterator[tuple[Any, ...]], fmt: str) -> int:
    count = 0
    if fmt == "csv":
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(spec.names)
        for row in rows:
            writer.writerow(["" if v is None else escape_cell(v) for v in row])
            count += 1
    else:
        for row in rows:
            fh.write(json.dumps(dict(zip(spec.names, row, strict=True)), ensure_ascii=False) + "\n")
            count += 1
    return count


def _write_dictionary(fh: TextIO) -> None:
    writer = csv.writer(fh, lineterminator="\r\n")
    writer.writerow(DICTIONARY_COLUMNS)
    for spec in EXPORT_FILES:
        writer.writerow([f"{spec.stem}.*", "", "", spec.description])
        for column in spec.columns:
            writer.writerow([f"{spec.stem}.*", column.name, column.type, column.description])


STAGING_PREFIX = ".rumours-export-"
EXPORT_NAMES = frozenset(
    {f"{spec.stem}.{fmt}" for spec in EXPORT_FILES for fmt in FORMATS} | {DICTIONARY_NAME, MANIFEST_NAME}
)
"""The only files an export folder holds."""


def _check_destination(out_dir: Path) -> None:
    """The export folder must be new, empty or an earlier export (it is replaced whole)."""
    if out_dir.is_symlink() or (out_dir.exists() and not out_dir.is_dir()):
        raise StoreError(f"{out_dir} is not a folder; give a new folder name for the export")
    if out_dir.is_dir():
        other = sorted(p.name for p in out_dir.iterdir() if p.name not in EXPORT_NAMES)
        if other:
            raise StoreError(
                f"{out_dir} holds other files than an export ({', '.join(other[:3])}); the export replaces "
                "its folder whole, so give a new or empty folder"
            )


def remove_stale_staging(parent: Path, older_than_s: float = 600.0) -> int:
    """Delete the temporary folders of exports that were interrupted (killed, power cut) in ``parent``."""
    return remove_stale(parent, STAGING_PREFIX, older_than_s, folders=True)


LEGACY_SNAPSHOT_PREFIX = "rumours-snapshot-"


def remove_legacy_snapshots(older_than_s: float = 3600.0) -> int:
    """Delete the database copies that earlier versions left in ``$TMPDIR`` when an export was killed
    (``rumours-snapshot-*`` folders of this user, untouched for an hour); returns how many."""
    return remove_stale(
        Path(tempfile.gettempdir()), LEGACY_SNAPSHOT_PREFIX, older_than_s, folders=True, mine_only=True
    )


def _replace_folder(staging: Path, out_dir: Path) -> None:
    """Rename the finished ``staging`` folder to ``out_dir``; an earlier export there is moved out first and
    then deleted, so ``out_dir`` is always either the old export or the complete new one."""
    old = None
    if out_dir.exists():
        old = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}old-", dir=out_dir.parent))
        os.rename(out_dir, old / "export")
    os.rename(staging, out_dir)
    sync_folder(out_dir.parent)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def export(db_path: Path, out_dir: Path, fmt: str, *, include_test: bool = False) -> dict[str, int]:
    """Export every table of ``db_path`` to the folder ``out_dir`` as ``fmt`` (test runs only with
    ``include_test``); returns rows per file.

    The files and their manifest are written into a temporary folder next to ``out_dir`` that is renamed into
    place only when complete: an interrupted export leaves no folder that looks finished."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    out_dir = Path(out_dir)
    _check_destination(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_staging(out_dir.parent)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out_dir.parent))
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(staging, 0o777 & ~umask)
        counts: dict[str, int] = {}
        with snapshot(db_path) as snap:
            for spec in EXPORT_FILES:
                name = f"{spec.stem}.{fmt}"

                def fill(fh: TextIO, spec: ExportFile = spec, name: str = name) -> None:
                    counts[name] = _write_rows(fh, spec, iter(snap.execute(spec.sql(include_test))), fmt)

                write_atomic(staging / name, fill)
        write_atomic(staging / DICTIONARY_NAME, _write_dictionary)
        listing = manifest(staging, {**counts, DICTIONARY_NAME: 0})
        write_atomic(staging / MANIFEST_NAME, lambda fh: fh.write(json.dumps(listing, indent=2) + "\n"))
        _replace_folder(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return counts
