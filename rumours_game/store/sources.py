"""What the index and merge read: a database file, a data folder, or export files."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rumours_game.index.tally import ResponseRow
from rumours_game.regular import is_regular, open_regular
from rumours_game.store.columns import ITEMS, PLAYERS, RESPONSES, SESSIONS, ExportFile
from rumours_game.store.db import DB_NAME
from rumours_game.store.errors import StoreError
from rumours_game.store.export import snapshot
from rumours_game.store.exportread import read_export
from rumours_game.store.manifest import verify

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Source:
    """A place answers come from: ``kind`` is 'db' (a database file) or 'csv' / 'jsonl' (an export)."""

    path: Path
    kind: str

    def sibling(self, spec: ExportFile) -> Path | None:
        """For an export, the file of ``spec`` next to the responses file, if there is one."""
        other = self.path.with_name(f"{spec.stem}.{self.kind}")
        return other if other.exists() else None


def find_source(path: Path) -> Source:
    """Recognise a database, a data folder, an export folder or an export file; raises :class:`StoreError`
    (or :class:`DataError` for an export whose manifest does not match its files). Only regular files are
    ever opened: a pipe or device is refused, never read."""
    if path.is_dir():
        if (path / DB_NAME).exists():
            return _regular(Source(path / DB_NAME, "db"))
        for kind in ("csv", "jsonl"):
            if (path / f"responses.{kind}").exists():
                return _regular(Source(path / f"responses.{kind}", kind))
        raise StoreError(f"{path}: no {DB_NAME} and no responses.csv or responses.jsonl in this folder")
    if not path.exists():
        raise StoreError(f"{path}: no such file or folder")
    if path.suffix in (".csv", ".jsonl"):
        return _regular(Source(path, path.suffix[1:]))
    try:
        with open_regular(path) as fh:
            magic = fh.read(len(SQLITE_MAGIC))
    except OSError as err:
        raise StoreError(f"cannot read {path}: {err.strerror or err}") from err
    if magic == SQLITE_MAGIC:
        return Source(path, "db")
    raise StoreError(f"{path}: not a rumours database, nor a .csv or .jsonl export")


def _regular(source: Source) -> Source:
    """The source, once its file is known to be a regular file and its export (if any) verified."""
    if not is_regular(source.path):
        raise StoreError(f"{source.path} is not a regular file (a pipe, device or folder); it is not read")
    if source.kind != "db":
        verify(source.path.parent, source.path.name)
    return source


@dataclass
class SourceData:
    """Everything a source holds, table by table (an export may lack all but responses)."""

    responses: Iterator[ResponseRow]
    items: list[tuple[Any, ...]]
    sessions: list[tuple[Any, ...]]
    players: list[tuple[Any, ...]]


@contextmanager
def open_source(source: Source) -> Iterator[SourceData]:
    """The rows of a source (a database is read from a consistent snapshot)."""
    if source.kind == "db":
        with snapshot(source.path) as snap:
            yield SourceData(
                responses=(ResponseRow(*row) for row in snap.execute(RESPONSES.query)),
                items=snap.execute(ITEMS.query).fetchall(),
                sessions=snap.execute(SESSIONS.query).fetchall(),
                players=snap.execute(PLAYERS.query).fetchall(),
            )
        return
    tables = {}
    for spec in (ITEMS, SESSIONS, PLAYERS):
        other = source.sibling(spec)
        tables[spec.stem] = list(read_export(other, spec)) if other else []
    yield SourceData(responses=read_export(source.path, RESPONSES), **tables)


def attention_checks(items: list[tuple[Any, ...]]) -> dict[tuple[str, str], int]:
    """(pack id, item id) -> expected value of every attention-check item in ``items`` rows."""
    names = ITEMS.names
    out = {}
    for row in items:
        item = dict(zip(names, row, strict=True))
        if item["is_check"] and item["expect"] is not None:
            out[(item["pack_id"], item["item_id"])] = item["expect"]
    return out


@dataclass
class Combined:
    """Answers gathered from several sources, each response id once."""

    rows: list[ResponseRow]
    checks: dict[tuple[str, str], int]
    duplicates: int = 0
    conflicts: int = 0


def combine(sources: list[Source]) -> Combined:
    """Read every source; a response id seen again is skipped (counted as a conflict if it differs)."""
    seen: dict[str, ResponseRow] = {}
    out = Combined(rows=[], checks={})
    for source in sources:
        with open_source(source) as data:
            out.checks.update(attention_checks(data.items))
            for row in data.responses:
                known = seen.get(row.response_id)
                if known is None:
                    seen[row.response_id] = row
                    out.rows.append(row)
                elif known == row:
                    out.duplicates += 1
                else:
                    out.conflicts += 1
    return out
