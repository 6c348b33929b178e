"""Merging exports (or databases) from many kiosks into one database: idempotent, deduplicated by
response id, with conflicts (same id, different content) reported and the first version kept."""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rumours_game.index.rows import ResponseRow
from rumours_game.store.columns import ITEMS
from rumours_game.store.db import open_database, transaction
from rumours_game.store.errors import StoreError, StoreUnavailable, describe, is_transient
from rumours_game.store.infos import item_infos
from rumours_game.store.sources import Source, SourceData, open_source

MAX_LISTED_CONFLICTS = 20
_ADD_TEXT = (
    "UPDATE {table} SET {column} = json_set(CASE WHEN json_valid({column}) THEN {column} ELSE '{{}}' END,"
    " '$.' || json_quote(?), ?) WHERE pack_id = ? AND pack_version = ?{item}"
    " AND json_extract(CASE WHEN json_valid({column}) THEN {column} ELSE '{{}}' END, '$.' || json_quote(?)) IS NULL"
)
"""SQL: add one language's text to a JSON ``{language: text}`` column, unless that language is there."""
_MERGE_PUZZLE = (
    "INSERT INTO puzzle_play VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET"
    " reached_s = min(coalesce(reached_s, excluded.reached_s), coalesce(excluded.reached_s, reached_s)),"
    " solved_s = min(coalesce(solved_s, excluded.solved_s), coalesce(excluded.solved_s, solved_s)),"
    " hints = max(hints, excluded.hints), wrong_answers = max(wrong_answers, excluded.wrong_answers)"
)


@dataclass
class MergeReport:
    """What a merge did."""

    added: int = 0
    duplicates: int = 0
    conflicts: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    """Problems found opening the target database (e.g. a damaged file moved aside)."""


class _Merger:
    def __init__(self, conn: sqlite3.Connection, report: MergeReport) -> None:
        self.conn, self.report = conn, report
        self.sessions: dict[str, tuple[Any, ...]] = {}

    def conflict(self, text: str) -> None:
        self.report.conflicts.append(text)

    def session(self, where: str, session_id: str, attrs: tuple[Any, ...], started: str) -> bool:
        """Make sure the session exists with these (kiosk, event, pack, version, language); False on conflict."""
        known = self.sessions.get(session_id)
        if known is None:
            row = self.conn.execute(
                "SELECT kiosk_id, event, pack_id, pack_version, language FROM sessions WHERE session_id = ?",
                (session_id,),
            ).fetchone()
            if row is None:
                self.conn.execute(
                    "INSERT INTO sessions (session_id, kiosk_id, event, pack_id, pack_version, language, started_at,"
                    " source) VALUES (?, ?, ?, ?, ?, ?, ?, 'import')",
                    (session_id, *attrs, started),
                )
                row = attrs
            known = self.sessions[session_id] = tuple(row)
        if known != attrs:
            self.conflict(f"{where}: session {session_id} is recorded with other kiosk/event/pack/language")
            return False
        return True

    def sessions_table(self, where: str, rows: list[tuple[Any, ...]]) -> None:
        for row in rows:
            (
                sid,
                kiosk,
                event,
                pack,
                version,
                lang,
                started,
                ended,
                ending,
                condition,
                pack_hash,
                test,
                play,
            ) = row
            if self.session(where, sid, (kiosk, event or "", pack, version, lang), started):
                self.conn.execute(
                    "UPDATE sessions SET ended_at = ?, ending = ? WHERE session_id = ? AND ended_at IS NULL",
                    (ended, ending, sid),
                )
                self.conn.execute(
                    "UPDATE sessions SET condition = ?, pack_hash = ?, is_test = ? WHERE session_id = ?"
                    " AND source = 'import' AND condition = '' AND pack_hash = ''",
                    (condition or "", pack_hash or "", int(test or 0), sid),
                )
                self.conn.execute(
                    "UPDATE sessions SET play_seconds = max(coalesce(play_seconds, ?), ?) WHERE session_id = ?"
                    " AND ? IS NOT NULL",
                    (play, play, sid, play),
                )

    def items_table(self, where: str, rows: list[tuple[Any, ...]]) -> None:
        for raw in rows:
            # an older export has no kind: a rumour item, or the attention check
            kind = raw[9] or ("check" if raw[7] else "rumour")
            row = (*raw[:7], int(kind == "check"), raw[8], kind, raw[10] or "")
            known = self.conn.execute(
                f"SELECT {', '.join(ITEMS.names)} FROM items WHERE pack_id = ? AND pack_version = ? AND item_id = ?",
                row[:3],
            ).fetchone()
            if known is None:
                self.conn.execute(
                    f"INSERT INTO items ({', '.join(ITEMS.names)}) VALUES ({', '.join('?' * len(row))})", row
                )
            elif tuple(known) != tuple(row):
                self.conflict(
                    f"{where}: item {row[2]} of pack {row[0]} {row[1]} differs from the one recorded"
                )

    def texts(self, data: SourceData) -> None:
        """Pack titles and statements (the authors' text): a language already recorded is kept."""
        for pack, version, default, lang, title in data.packs:
            self.conn.execute("INSERT OR IGNORE INTO packs VALUES (?, ?, ?, '{}')", (pack, version, default))
            self.conn.execute(
                _ADD_TEXT.format(table="packs", column="title", item=""), (lang, title, pack, version, lang)
            )
        for pack, version, item, lang, text in data.statements:
            self.conn.execute(
                _ADD_TEXT.format(table="items", column="statement", item=" AND item_id = ?"),
                (lang, text, pack, version, item, lang),
            )

    def puzzles_table(self, rows: list[tuple[Any, ...]]) -> None:
        """Per-puzzle play of sessions already merged; a later export of the same session (played on since)
        has the first times and the larger counts, so merging in any order gives the same figures."""
        for sid, *figures in rows:
            if (
                sid in self.sessions
                or self.conn.execute("SELECT 1 FROM sessions WHERE session_id = ?", (sid,)).fetchone()
            ):
                self.conn.execute(_MERGE_PUZZLE, (sid, *figures))

    def players_table(self, where: str, rows: list[tuple[Any, ...]]) -> None:
        for sid, code, band in rows:
            if (
                sid not in self.sessions
                and not self.conn.execute("SELECT 1 FROM sessions WHERE session_id = ?", (sid,)).fetchone()
            ):
                continue  # a player without answers or session row: nothing to attach it to
            self.conn.execute(
                "INSERT OR IGNORE INTO players (session_id, player_code, player_id) VALUES (?, ?, ?)",
                (sid, code, str(uuid.uuid4())),
            )
            self.conn.execute(
                "UPDATE players SET age_band = ? WHERE session_id = ? AND player_code = ? AND age_band IS NULL",
                (band, sid, code),
            )

    def response(self, where: str, row: ResponseRow, is_check: int) -> None:
        own = (row.session_id, row.player_code, row.item_id, row.rumour_id, row.phase, row.value,
               row.scale_min, row.scale_max, row.reverse_coded, row.answered_at)  # fmt: skip
        attrs = (row.kiosk_id, row.event, row.pack_id, row.pack_version, row.language)
        known = self.conn.execute(
            "SELECT r.session_id, r.player_code, r.item_id, r.rumour_id, r.phase, r.value, r.scale_min, r.scale_max,"
            " r.reverse_coded, r.answered_at, s.kiosk_id, s.event, s.pack_id, s.pack_version, s.language"
            " FROM responses r JOIN sessions s USING (session_id) WHERE r.response_id = ?",
            (row.response_id,),
        ).fetchone()
        if known is not None:
            if tuple(known) == own + attrs:
                self.report.duplicates += 1
            else:
                self.conflict(f"{where}: response {row.response_id} differs from the one already merged")
            return
        if not self.session(where, row.session_id, attrs, row.answered_at):
            return
        self.conn.execute(
            "INSERT OR IGNORE INTO players (session_id, player_code, player_id) VALUES (?, ?, ?)",
            (row.session_id, row.player_code, str(uuid.uuid4())),
        )
        self.conn.execute(
            "INSERT INTO responses VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (row.response_id, *own[:9], is_check, row.answered_at),
        )
        self.report.added += 1

    def source(self, where: str, data: SourceData) -> None:
        self.items_table(where, data.items)
        self.texts(data)
        infos = item_infos(data.items)
        if data.sessions:
            self.sessions_table(where, data.sessions)
        for row in data.responses:
            info = infos.get((row.pack_id, row.pack_version, row.item_id))
            self.response(where, row, int(info is not None and info.kind == "check"))
        self.players_table(where, data.players)
        self.puzzles_table(data.puzzles)


def merge(sources: list[Source], out_db: Path) -> MergeReport:
    """Merge ``sources`` into the database file ``out_db`` (created if missing), one transaction per source."""
    conn, problems = open_database(out_db, move_aside_others=False)
    report = MergeReport(problems=problems)
    merger = _Merger(conn, report)
    try:
        for source in sources:
            merger.sessions.clear()
            with open_source(source) as data, transaction(conn):
                merger.source(str(source.path), data)
    except sqlite3.Error as err:
        if is_transient(err):
            raise StoreUnavailable(f"cannot write {out_db}: {describe(err)}") from err
        raise StoreError(f"cannot write {out_db}: {describe(err)}") from err
    finally:
        conn.close()
    return report
