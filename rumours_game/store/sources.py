"""What the index and merge read: a database file, a data folder, or export files."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rumours_game.index.pairing import Paired, pair_rows
from rumours_game.index.rows import ItemInfo, ItemKey, ResponseRow, SessionInfo
from rumours_game.regular import is_regular, open_regular
from rumours_game.store.columns import (
    ITEMS,
    PACKS,
    PLAYERS,
    PUZZLES,
    RESPONSES,
    SESSIONS,
    STATEMENTS,
    ExportFile,
)
from rumours_game.store.db import DB_NAME
from rumours_game.store.errors import StoreError
from rumours_game.store.export import snapshot
from rumours_game.store.exportread import read_export
from rumours_game.store.infos import item_infos, session_infos
from rumours_game.store.manifest import verify
from rumours_game.store.packtexts import PackTexts
from rumours_game.store.pairs_sql import pair_database

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
    """Everything a source holds, table by table (an export may lack all but responses; a table not asked
    for is empty)."""

    responses: Iterator[ResponseRow]
    items: list[tuple[Any, ...]] = field(default_factory=list)
    sessions: list[tuple[Any, ...]] = field(default_factory=list)
    players: list[tuple[Any, ...]] = field(default_factory=list)
    packs: list[tuple[Any, ...]] = field(default_factory=list)
    """Pack titles per language (the ``packs`` rows; older exports have none)."""
    statements: list[tuple[Any, ...]] = field(default_factory=list)
    """Survey statements per language (the ``statements`` rows; older exports have none)."""
    puzzles: list[tuple[Any, ...]] = field(default_factory=list)
    """How each session played each puzzle (the ``puzzles`` rows; older exports have none)."""


TABLES: tuple[ExportFile, ...] = (ITEMS, SESSIONS, PLAYERS, PACKS, STATEMENTS, PUZZLES)
"""The tables besides the responses, each read whole."""


@contextmanager
def open_source(
    source: Source, *, include_test: bool = False, tables: tuple[ExportFile, ...] = TABLES
) -> Iterator[SourceData]:
    """The rows of a source: its responses (read as they are used) and the ``tables`` asked for (a database
    is read from a consistent snapshot; its test runs only with ``include_test``)."""
    if source.kind == "db":
        with snapshot(source.path) as snap:
            yield SourceData(
                _responses(snap, include_test),
                **{spec.stem: snap.execute(spec.sql(include_test)).fetchall() for spec in tables},
            )
        return
    read = {spec.stem: list(read_export(path, spec)) for spec in tables if (path := source.sibling(spec))}
    yield SourceData(read_export(source.path, RESPONSES), **read)


def _responses(snap: sqlite3.Connection, include_test: bool) -> Iterator[ResponseRow]:
    """A database's answers, queried only once the first is asked for: the query numbers re-answers per
    minute (a window over every answer), so a reader that wants only the other tables never pays for it."""
    for row in snap.execute(RESPONSES.sql(include_test)):
        yield ResponseRow(*row)


@dataclass
class IndexInput:
    """What ``rumours index`` reads from its sources: the candidate pairs, the pack titles and statements,
    and each item's recorded hash (to check that a pack given with ``--pack`` holds the same statements)."""

    paired: Paired
    texts: PackTexts = field(default_factory=PackTexts)
    hashes: dict[ItemKey, str] = field(default_factory=dict)

    def add_texts(
        self, items: list[tuple[Any, ...]], packs: list[tuple[Any, ...]], statements: list[tuple[Any, ...]]
    ) -> None:
        """Add the texts and item hashes of one source's ``items``, ``packs`` and ``statements`` rows."""
        self.texts.add_rows(packs, statements)
        self.hashes.update({key: info.item_hash for key, info in item_infos(items).items()})


def read_index_input(sources: list[Source], *, include_test: bool = False) -> IndexInput:
    """Read and pair every source's answers and gather their texts, opening (and checking) each source
    once. A response id seen again is skipped (counted as a duplicate, or as a conflict if it differs).
    One database is paired in SQL (same definition, much faster), its texts read from the same snapshot."""
    if len(sources) == 1 and sources[0].kind == "db":
        with snapshot(sources[0].path, check_alongside=True) as snap:
            read = IndexInput(pair_database(snap, include_test=include_test))
            read.add_texts(*(snap.execute(spec.sql(True)).fetchall() for spec in (ITEMS, PACKS, STATEMENTS)))
        return read
    seen: dict[str, ResponseRow] = {}
    rows: list[ResponseRow] = []
    items: dict[ItemKey, ItemInfo] = {}
    sessions: dict[str, SessionInfo] = {}
    read = IndexInput(Paired())
    duplicates = conflicts = 0
    for source in sources:
        with open_source(source, include_test=True) as data:  # test runs are counted, then left out
            items.update(item_infos(data.items))
            sessions.update(session_infos(data.sessions))
            read.add_texts(data.items, data.packs, data.statements)
            for row in data.responses:
                known = seen.get(row.response_id)
                if known is None:
                    seen[row.response_id] = row
                    rows.append(row)
                elif known == row:
                    duplicates += 1
                else:
                    conflicts += 1
    paired = pair_rows(rows, items, sessions, include_test=include_test)
    paired.counts.duplicates, paired.counts.conflicts = duplicates, conflicts
    read.paired = paired
    return read


def read_sources(sources: list[Source], *, include_test: bool = False) -> Paired:
    """The candidate pairs of every source (see :func:`read_index_input`)."""
    return read_index_input(sources, include_test=include_test).paired


def read_texts(sources: list[Source]) -> tuple[PackTexts, dict[ItemKey, str]]:
    """The pack titles and statements the sources carry, and each item's recorded hash (to check that a
    pack given with ``--pack`` holds the same statements)."""
    read = IndexInput(Paired())
    for source in sources:
        with open_source(source, include_test=True, tables=(ITEMS, PACKS, STATEMENTS)) as data:
            read.add_texts(data.items, data.packs, data.statements)
    return read.texts, read.hashes
