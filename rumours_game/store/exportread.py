"""Reading exports back (``merge``, ``index``): every cell of every file is checked before it is used.

Exports may come from other programs, other kiosks or a careless copy: a row that breaks a rule is a
:class:`DataError` naming its file and line, never an internal error, whatever the bytes (huge numbers, deep
JSON, lone surrogates, control characters, times out of range).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rumours_game.index.rows import KINDS, ResponseRow
from rumours_game.pack.limits import MAX_TEXT_CHARS
from rumours_game.regular import open_regular
from rumours_game.store.columns import RESPONSES, ExportFile
from rumours_game.store.errors import DataError, StoreError
from rumours_game.store.export import FORMULA_START

MAX_LINE = 100_000
"""Longest line accepted in a JSONL export (characters)."""
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}")
_LANG = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")
_VERSION = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.+-]{0,31}")
_HASH = re.compile(r"[0-9a-f]{8,64}")
_LABEL = re.compile(r"[^\x00-\x1f\x7f-\x9f]{0,64}")
_AGE_BAND = re.compile(r"\d{1,2}-\d{1,2}")
_INT = re.compile(r"[+-]?\d{1,7}")
ENDINGS = ("escaped", "out_of_time", "quit", "incomplete")


def unescape_cell(text: str) -> str:
    """The inverse of ``escape_cell`` for text read from a CSV export."""
    return text[1:] if text.startswith("'") and text[1:].startswith((*FORMULA_START, "'")) else text


def shown(text: str, limit: int = 40) -> str:
    """A cell as it is quoted in a message: short, with control characters escaped."""
    return repr(text[:limit] + ("..." if len(text) > limit else ""))


def _known_columns(spec: ExportFile, names: tuple[str, ...]) -> bool:
    """True when ``names`` are this version's columns, or those of an older version (without some of the
    columns added later, which have defaults)."""
    required = {c.name for c in spec.columns if c.default is None}
    return len(set(names)) == len(names) and required <= set(names) <= set(spec.names)


def _with_defaults(spec: ExportFile, cells: dict[str, str]) -> dict[str, str]:
    """A row with every column: columns missing from an older export at their default."""
    return {c.name: cells.get(c.name, c.default or "") for c in spec.columns}


def _jsonl_rows(fh: io.TextIOWrapper, path: Path, spec: ExportFile) -> Iterator[tuple[int, dict[str, str]]]:
    number = 0
    while line := fh.readline(MAX_LINE + 1):
        number += 1
        if len(line) > MAX_LINE:
            raise DataError(f"{path}:{number}: the line is longer than {MAX_LINE:,} characters")
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except (ValueError, RecursionError) as err:  # bad JSON, a number too long, nesting too deep
            raise DataError(f"{path}:{number}: not a JSON object ({str(err)[:80]})") from None
        if not isinstance(obj, dict) or not _known_columns(spec, tuple(obj)):
            raise DataError(f"{path}:{number}: expected the keys {', '.join(spec.names)}")
        cells = {}
        for key, value in obj.items():
            if not (value is None or isinstance(value, str) or type(value) is int):
                raise DataError(f"{path}:{number}: {key} must be text or a whole number")
            cells[key] = "" if value is None else str(value)
        yield number, _with_defaults(spec, cells)


def _csv_rows(fh: io.TextIOWrapper, path: Path, spec: ExportFile) -> Iterator[tuple[int, dict[str, str]]]:
    reader = csv.reader(fh)
    names = tuple(h.strip().lstrip("\ufeff") for h in next(reader, None) or ())
    if not _known_columns(spec, names):
        raise DataError(f"{path}: the first line must be the columns {','.join(spec.names)}")
    for row in reader:
        if not row:
            continue
        if len(row) != len(names):
            raise DataError(f"{path}:{reader.line_num}: expected {len(names)} values, found {len(row)}")
        yield (
            reader.line_num,
            _with_defaults(spec, {k: unescape_cell(v) for k, v in zip(names, row, strict=True)}),
        )


def text_rows(path: Path, spec: ExportFile) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, {column: text}) for each data row of a CSV or JSONL export file."""
    try:
        raw = open_regular(path)
    except OSError as err:
        raise StoreError(f"cannot read {path}: {err.strerror or err}") from err
    with io.TextIOWrapper(raw, encoding="utf-8", newline="") as fh:
        try:
            rows = _jsonl_rows(fh, path, spec) if path.suffix == ".jsonl" else _csv_rows(fh, path, spec)
            for number, cells in rows:
                for name, text in cells.items():
                    if not text.isprintable() and text:
                        raise DataError(f"{path}:{number}: {name} holds control characters: {shown(text)}")
                    if any("\ud800" <= c <= "\udfff" for c in text):
                        raise DataError(f"{path}:{number}: {name} is not valid text: {shown(text)}")
                yield number, cells
        except (UnicodeDecodeError, csv.Error) as err:
            raise DataError(f"{path}: not a readable {path.suffix[1:].upper()} export ({err})") from None


def _int(where: str, name: str, text: str, low: int = -1_000_000, high: int = 1_000_000) -> int:
    if not _INT.fullmatch(text) or not low <= int(text) <= high:
        what = "0 or 1" if (low, high) == (0, 1) else f"a whole number from {low} to {high}"
        raise DataError(f"{where}: {name} must be {what}, not {shown(text)}")
    return int(text)


def _when(where: str, name: str, text: str) -> str:
    """An ISO 8601 time with a time zone, between 2000 and 2100, as UTC with a 'Z'."""
    try:
        moment = datetime.fromisoformat(text) if len(text) <= 40 else None
        if moment is None or moment.tzinfo is None:
            raise ValueError
        moment = moment.astimezone(UTC)
    except (ValueError, OverflowError):
        raise DataError(
            f"{where}: {name} must be an ISO 8601 time with its time zone (e.g. 2026-03-05T10:15:00Z), "
            f"not {shown(text)}"
        ) from None
    if not 2000 <= moment.year <= 2100:
        raise DataError(f"{where}: {name} {shown(text)} is not between the years 2000 and 2100")
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _match(pattern: re.Pattern[str], what: str) -> Callable[[str, str, str], str]:
    def check(where: str, name: str, text: str) -> str:
        if not pattern.fullmatch(text):
            raise DataError(f"{where}: {name} {shown(text)} is not {what}")
        return text

    return check


def _one_of(choices: tuple[str, ...]) -> Callable[[str, str, str], str]:
    def check(where: str, name: str, text: str) -> str:
        if text not in choices:
            raise DataError(f"{where}: {name} must be one of {', '.join(choices)}, not {shown(text)}")
        return text

    return check


MAX_PACK_TEXT = MAX_TEXT_CHARS
"""Longest title or statement accepted from a ``packs`` or ``statements`` file: the longest a pack may hold."""


def _pack_text(where: str, name: str, text: str) -> str:
    """A pack's own text (a title, a statement): one printable line of up to :data:`MAX_PACK_TEXT`."""
    if not text.strip() or len(text) > MAX_PACK_TEXT:
        raise DataError(f"{where}: {name} must be a text of 1 to {MAX_PACK_TEXT} characters: {shown(text)}")
    return text


_id = _match(_ID, "a valid id (letters, digits, _ - . :, up to 64)")
_TEXT_CHECKS: dict[str, Callable[[str, str, str], str]] = {
    "response_id": _id,
    "session_id": _id,
    "player_code": _id,
    "kiosk_id": _id,
    "pack_id": _id,
    "item_id": _id,
    "puzzle_id": _id,
    "rumour_id": _id,
    "language": _match(_LANG, "a language code"),
    "default_language": _match(_LANG, "a language code"),
    "pack_version": _match(_VERSION, "a version (up to 32 letters, digits, _ . + -)"),
    "event": _match(_LABEL, "an event label (up to 64 characters, no control characters)"),
    "age_band": _match(_AGE_BAND, "an age band such as 14-15"),
    "phase": _one_of(("pre", "post")),
    "ending": _one_of(ENDINGS),
    "kind": _one_of(("", *KINDS)),
    "condition": _match(_LABEL, "a condition label (up to 64 characters, no control characters)"),
    "pack_hash": _match(_HASH, "a SHA-256 in hex"),
    "item_hash": _match(_HASH, "a hash in hex"),
    "title": _pack_text,
    "statement": _pack_text,
    "answered_at": _when,
    "started_at": _when,
    "ended_at": _when,
}
_MAY_BE_EMPTY = ("event", "rumour_id", "kind", "condition", "pack_hash", "item_hash")
_BOUNDS = {
    "reverse_coded": (0, 1),
    "is_check": (0, 1),
    "is_test": (0, 1),
    "scale_min": (0, 100),
    "scale_max": (1, 100),
    "play_seconds": (0, 1_000_000),
    "reached_s": (0, 1_000_000),
    "solved_s": (0, 1_000_000),
    "hints": (0, 1_000_000),
    "wrong_answers": (0, 1_000_000),
}


def _values(where: str, spec: ExportFile, cells: dict[str, str]) -> dict[str, Any]:
    """Every cell checked and converted: whole numbers as int; an empty cell is None when the column may be
    empty (or is a number), else ''."""
    out: dict[str, Any] = {}
    for column in spec.columns:
        text = cells[column.name]
        if text == "" and (column.nullable or column.name in _MAY_BE_EMPTY):
            out[column.name] = "" if column.name in _MAY_BE_EMPTY else None
        elif column.type in ("integer", "0 or 1"):
            out[column.name] = _int(
                where, column.name, text, *_BOUNDS.get(column.name, (-1_000_000, 1_000_000))
            )
        elif column.name in _TEXT_CHECKS:
            out[column.name] = _TEXT_CHECKS[column.name](where, column.name, text)
        elif len(text) > 64:
            raise DataError(f"{where}: {column.name} is longer than 64 characters: {shown(text)}")
        else:
            out[column.name] = text
    return out


def parse_response(where: str, cells: dict[str, str]) -> ResponseRow:
    """Check and convert one ``responses`` row; raises :class:`DataError` saying what is wrong."""
    v = _values(where, RESPONSES, cells)
    lo, hi, value = v["scale_min"], v["scale_max"], v["value"]
    if lo is None or hi is None or value is None:
        raise DataError(f"{where}: value, scale_min and scale_max must be whole numbers")
    if not lo < hi:
        raise DataError(f"{where}: scale_max ({hi}) must be bigger than scale_min ({lo})")
    if not lo <= value <= hi:
        raise DataError(f"{where}: value {value} is outside the scale {lo}..{hi}")
    return ResponseRow(*(v[name] for name in RESPONSES.names))


def read_export(path: Path, spec: ExportFile = RESPONSES) -> Iterator[Any]:
    """The rows of an export file: :class:`ResponseRow` for responses, else tuples of checked values."""
    for number, cells in text_rows(path, spec):
        where = f"{path}:{number}"
        if spec is RESPONSES:
            yield parse_response(where, cells)
        else:
            values = _values(where, spec, cells)
            yield tuple(values[name] for name in spec.names)
