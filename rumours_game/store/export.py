"""Exports: a consistent snapshot (SQLite backup API) written atomically as CSV or JSON Lines, with a
data dictionary; and reading such exports back."""

from __future__ import annotations

import csv
import json
import re
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from rumours_game.atomic import atomic_file
from rumours_game.index.tally import ResponseRow
from rumours_game.store.columns import (
    DICTIONARY_COLUMNS,
    DICTIONARY_NAME,
    EXPORT_FILES,
    RESPONSES,
    ExportFile,
)
from rumours_game.store.db import connect, iso, migrate
from rumours_game.store.errors import DataError, StoreError, describe

FORMATS = ("csv", "jsonl")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""A cell starting with one of these is run as a formula by spreadsheets; CSV exports prefix it with '."""


def escape_cell(value: Any) -> Any:
    """A text cell made safe for spreadsheets ('=1+1' becomes "'=1+1"; a leading ' is doubled so the
    change can be undone); other values unchanged."""
    if isinstance(value, str) and value.startswith((*FORMULA_START, "'")):
        return "'" + value
    return value


def unescape_cell(text: str) -> str:
    """The inverse of :func:`escape_cell` for text read from a CSV export."""
    return text[1:] if text.startswith("'") and text[1:].startswith((*FORMULA_START, "'")) else text


@contextmanager
def snapshot(db_path: Path) -> Iterator[sqlite3.Connection]:
    """A private copy of the database taken with the backup API (consistent even while another process
    writes), upgraded to the current schema. Raises :class:`DataError` for a damaged file."""
    with tempfile.TemporaryDirectory(prefix="rumours-snapshot-") as tmp:
        try:
            src = connect(db_path, read_only=True)
        except sqlite3.Error as err:
            raise StoreError(f"cannot read the database {db_path}: {describe(err)}") from err
        copy = sqlite3.connect(Path(tmp) / "snapshot.db", isolation_level=None)
        try:
            src.backup(copy)
            migrate(copy, db_path)
        except sqlite3.DatabaseError as err:
            copy.close()
            raise DataError(f"the database {db_path} cannot be read: {describe(err)}") from err
        finally:
            src.close()
        try:
            yield copy
        finally:
            copy.close()


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


def export(db_path: Path, out_dir: Path, fmt: str) -> dict[str, int]:
    """Export every table of ``db_path`` to ``out_dir`` as ``fmt``; returns rows written per file."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    out_dir.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    with snapshot(db_path) as snap:
        for spec in EXPORT_FILES:
            name = f"{spec.stem}.{fmt}"

            def fill(fh: TextIO, spec: ExportFile = spec, name: str = name) -> None:
                counts[name] = _write_rows(fh, spec, iter(snap.execute(spec.query)), fmt)

            write_atomic(out_dir / name, fill)
    write_atomic(out_dir / DICTIONARY_NAME, _write_dictionary)
    return counts


# --------------------------------------------------------------------------- reading exports back

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$")
_LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")


def _text_rows(path: Path, spec: ExportFile) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, {column: text}) for each data row of a CSV or JSONL export file."""
    try:
        fh = path.open(encoding="utf-8", newline="")
    except OSError as err:
        raise StoreError(f"cannot read {path}: {err.strerror or err}") from err
    with fh:
        try:
            if path.suffix == ".jsonl":
                for number, line in enumerate(fh, start=1):
                    if not line.strip():
                        continue
                    obj = json.loads(line)
                    if not isinstance(obj, dict) or set(obj) != set(spec.names):
                        raise DataError(f"{path}:{number}: expected the keys {', '.join(spec.names)}")
                    yield number, {k: "" if v is None else str(v) for k, v in obj.items()}
                return
            reader = csv.reader(fh)
            header = next(reader, None)
            if header is None or tuple(h.strip().lstrip("\ufeff") for h in header) != spec.names:
                raise DataError(f"{path}: the first line must be the columns {','.join(spec.names)}")
            for row in reader:
                if not row:
                    continue
                if len(row) != len(spec.names):
                    raise DataError(
                        f"{path}:{reader.line_num}: expected {len(spec.names)} values, found {len(row)}"
                    )
                yield reader.line_num, {k: unescape_cell(v) for k, v in zip(spec.names, row, strict=True)}
        except (UnicodeDecodeError, json.JSONDecodeError, csv.Error) as err:
            raise DataError(f"{path}: not a readable {path.suffix[1:].upper()} export ({err})") from err


def _int(where: str, name: str, text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise DataError(f"{where}: {name} must be a whole number, not {text!r}") from None


def _when(where: str, text: str) -> str:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise DataError(f"{where}: answered_at must be an ISO 8601 time, not {text!r}") from None
    if moment.tzinfo is None:
        raise DataError(f"{where}: answered_at must say its time zone (e.g. end with Z), not {text!r}")
    return iso(moment)


def parse_response(where: str, cells: dict[str, str]) -> ResponseRow:
    """Check and convert one ``responses`` row; raises :class:`DataError` saying what is wrong."""
    for name in ("response_id", "session_id", "player_code", "kiosk_id", "pack_id", "item_id"):
        if not _ID.match(cells[name]):
            raise DataError(f"{where}: {name} {cells[name]!r} is not a valid id")
    if cells["rumour_id"] and not _ID.match(cells["rumour_id"]):
        raise DataError(f"{where}: rumour_id {cells['rumour_id']!r} is not a valid id")
    if not _LANG.match(cells["language"]):
        raise DataError(f"{where}: language {cells['language']!r} is not a language code")
    if cells["phase"] not in ("pre", "post"):
        raise DataError(f"{where}: phase must be 'pre' or 'post', not {cells['phase']!r}")
    value, lo, hi, rev = (
        _int(where, n, cells[n]) for n in ("value", "scale_min", "scale_max", "reverse_coded")
    )
    if rev not in (0, 1):
        raise DataError(f"{where}: reverse_coded must be 0 or 1, not {rev}")
    if not lo < hi:
        raise DataError(f"{where}: scale_max ({hi}) must be bigger than scale_min ({lo})")
    if not lo <= value <= hi:
        raise DataError(f"{where}: value {value} is outside the scale {lo}..{hi}")
    return ResponseRow(
        cells["response_id"], cells["session_id"], cells["player_code"], cells["kiosk_id"], cells["event"],
        cells["pack_id"], cells["pack_version"], cells["language"], cells["item_id"], cells["rumour_id"],
        cells["phase"], value, lo, hi, rev, _when(where, cells["answered_at"]),
    )  # fmt: skip


def read_export(path: Path, spec: ExportFile = RESPONSES) -> Iterator[Any]:
    """The rows of an export file: :class:`ResponseRow` for responses, else tuples of values
    (whole numbers as int; an empty cell is None when the column may be empty, else '')."""
    kinds = {c.name: ("int" if c.type in ("integer", "0 or 1") else "text", c.nullable) for c in spec.columns}
    for number, cells in _text_rows(path, spec):
        if spec is RESPONSES:
            yield parse_response(f"{path}:{number}", cells)
            continue
        values: list[Any] = []
        for name in spec.names:
            kind, nullable = kinds[name]
            text = cells[name]
            if text == "":
                values.append(None if nullable or kind == "int" else "")
            else:
                values.append(_int(f"{path}:{number}", name, text) if kind == "int" else text)
        yield tuple(values)
