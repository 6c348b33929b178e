"""The durable store of sessions, players, answers and game-action journals (a ResponseSink)."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rumours_game.analysis.play_stats import PlayTracker
from rumours_game.atomic import remove_stale_temporaries
from rumours_game.engine import action_from_dict
from rumours_game.engine.privacy import journal_form
from rumours_game.pack.digest import content_hash
from rumours_game.pack.models import Pack
from rumours_game.store.db import DB_NAME, Clock, iso, open_database, transaction, utc_now
from rumours_game.store.errors import StoreError, StoreUnavailable, describe, is_transient
from rumours_game.store.export import remove_legacy_snapshots
from rumours_game.store.packtexts import texts_json
from rumours_game.survey.answers import Answer
from rumours_game.survey.plan import PlannedPlayer, plan_items

Write = Callable[[sqlite3.Connection], object]
"""A change to the database; what it returns (e.g. a cursor) is not used."""


_PUZZLE_EVENT = (
    "INSERT INTO puzzle_play VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET"
    " reached_s = coalesce(reached_s, excluded.reached_s), solved_s = coalesce(solved_s, excluded.solved_s),"
    " hints = hints + excluded.hints, wrong_answers = wrong_answers + excluded.wrong_answers"
)
"""SQL: count one puzzle event of a session (the first reach and the first solve keep their time)."""


def _event_row(what: str, at: float) -> tuple[float | None, float | None, int, int]:
    """The (reached_s, solved_s, hints, wrong_answers) one event adds."""
    return (at if what == "reached" else None, at if what == "solved" else None, int(what == "hint"),
            int(what == "wrong"))  # fmt: skip


@dataclass(frozen=True)
class UnfinishedSession:
    """A session that was never ended (the program stopped): enough to resume it or close it."""

    session_id: str
    pack_id: str
    pack_version: str
    language: str
    event: str
    seed: int
    started_at: str
    players: tuple[PlannedPlayer, ...]
    answered: frozenset[tuple[str, str, str]]
    """(player code, phase, item id) of every recorded answer."""
    actions: tuple[dict[str, Any], ...]
    """The journalled engine actions in order, each ``{"seq", "at", "action"}``."""


class Store:
    """The answers database in a data folder. Each write is its own committed transaction.

    When a write fails for a reason that may pass (disk full, locked, read-only medium) the data is kept
    in an in-memory queue, :class:`StoreUnavailable` is raised, and the queue is written first on the
    next write (or :meth:`flush`)."""

    def __init__(
        self, conn: sqlite3.Connection, path: Path, kiosk_id: str, clock: Clock, problems: list[str]
    ) -> None:
        self._conn, self.path, self.kiosk_id, self._clock = conn, path, kiosk_id, clock
        self.problems: list[str] = problems
        """Problems found when opening (e.g. a damaged database moved aside): report them to the user."""
        self._queue: deque[Write] = deque()
        self.refused = 0
        """Writes refused for good (not kept): the command's exit status reports them."""
        self._packs: dict[str, Pack] = {}
        """The pack of each session started by this store and not ended yet (to judge typed answers)."""
        self._plays: dict[str, PlayTracker] = {}
        """Each such session's game, followed action by action for the per-puzzle play figures."""
        self.condition = ""
        """The condition label new sessions get (``rumours play --condition``; e.g. 'control')."""
        self.test = False
        """True: new sessions are test runs (headless, walkthroughs, trials), kept out of exports and the
        index unless asked for."""

    @classmethod
    def open(cls, data_dir: Path, *, kiosk_id: str | None = None, clock: Clock = utc_now) -> Store:
        """Open (or create) ``rumours.db`` in ``data_dir``. Without ``kiosk_id`` the database's own random
        id is used (made once, on creation). Raises :class:`StoreError` when the folder cannot be used."""
        path = Path(data_dir) / DB_NAME
        conn, problems = open_database(path, clock)
        remove_stale_temporaries(path.parent)
        remove_legacy_snapshots()
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'kiosk_id'").fetchone()
            if row is None:
                with transaction(conn):
                    conn.execute("INSERT INTO meta VALUES ('kiosk_id', ?)", (str(uuid.uuid4()),))
                row = conn.execute("SELECT value FROM meta WHERE key = 'kiosk_id'").fetchone()
        except sqlite3.Error as err:
            conn.close()
            raise StoreError(f"cannot use the database {path}: {describe(err)}") from err
        return cls(conn, path, kiosk_id or row[0], clock, problems)

    # ----------------------------------------------------------------- writing

    @property
    def pending(self) -> int:
        """How many writes are waiting in memory."""
        return len(self._queue)

    def flush(self) -> None:
        """Write everything waiting in memory, oldest first; raises :class:`StoreUnavailable` if it cannot."""
        while self._queue:
            write = self._queue[0]
            try:
                with transaction(self._conn):
                    write(self._conn)
            except sqlite3.Error as err:
                if is_transient(err):
                    raise StoreUnavailable(
                        f"cannot save right now ({describe(err)}); {len(self._queue)} change(s) kept in memory"
                    ) from err
                self._queue.popleft()
                self.refused += 1
                raise StoreError(f"the store refused a change: {err}") from err
            self._queue.popleft()

    def _write(self, write: Write, result: str | None = None) -> None:
        """Queue a write and flush; a :class:`StoreUnavailable` carries ``result`` (the caller's new id)."""
        self._queue.append(write)
        try:
            self.flush()
        except StoreUnavailable as err:
            err.result = result
            raise

    def _now(self) -> str:
        return iso(self._clock())

    def start_session(self, pack: Pack, language: str, *, seed: int = 0, event: str = "") -> str:
        """Open a session for ``pack`` in ``language``; records the pack's survey items. Returns its id."""
        session_id = str(uuid.uuid4())
        row = (session_id, self.kiosk_id, event, pack.id, pack.version, language, seed, self._now(),
               self.condition, content_hash(pack), int(self.test))  # fmt: skip
        items = [
            (pack.id, pack.version, it.id, it.rumour or "", int(it.reverse_coded), 1, it.scale_max,
             int(it.is_check), it.expect, it.kind, it.item_hash, texts_json(it.statement, pack.default_language))
            for it in (plan_items(pack.survey) if pack.survey else ())
        ]  # fmt: skip
        title = (pack.id, pack.version, pack.default_language, texts_json(pack.title, pack.default_language))

        def write(conn: sqlite3.Connection) -> None:
            conn.execute(
                "INSERT INTO sessions (session_id, kiosk_id, event, pack_id, pack_version, language, seed,"
                " started_at, condition, pack_hash, is_test) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row,
            )
            conn.executemany("INSERT OR IGNORE INTO items VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", items)
            conn.execute("INSERT OR IGNORE INTO packs VALUES (?, ?, ?, ?)", title)

        self._follow(session_id, pack, seed)
        self._write(write, result=session_id)
        return session_id

    def add_player(self, session_id: str, player: PlannedPlayer, *, age_band: str | None = None) -> None:
        """Record a player who agreed to answer."""
        row = (session_id, player.code, str(uuid.uuid4()), player.number, player.order_seed, age_band)
        self._write(lambda conn: conn.execute("INSERT OR IGNORE INTO players VALUES (?, ?, ?, ?, ?, ?)", row))

    def record_answer(self, session_id: str, answer: Answer) -> str:
        """Write one answer and commit it before returning; returns its new response id."""
        response_id = str(uuid.uuid4())
        row = (
            response_id, session_id, answer.player_code, answer.item_id, answer.rumour_id or "", answer.phase,
            answer.value, answer.scale_min, answer.scale_max, int(answer.reverse_coded), int(answer.is_check),
            self._now(),
        )  # fmt: skip
        self._write(
            lambda conn: conn.execute("INSERT INTO responses VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", row),
            response_id,
        )
        return response_id

    def _follow(
        self, session_id: str, pack: Pack, seed: int, actions: tuple[dict[str, Any], ...] = ()
    ) -> None:
        """Judge this session's typed answers with ``pack`` and follow its game from ``actions`` on."""
        self._packs[session_id] = pack
        tracker = PlayTracker(pack, seed)
        try:
            for entry in actions:
                tracker.feed(entry["action"])
        except (KeyError, TypeError, ValueError):
            return  # a journal this pack cannot replay: no per-puzzle figures for the rest of it
        self._plays[session_id] = tracker

    def resume_session(self, session: UnfinishedSession, pack: Pack) -> None:
        """Go on recording an interrupted session (see :meth:`unfinished_sessions`) played with ``pack``: its
        typed answers are judged and its per-puzzle figures kept as for a new session. Writes nothing."""
        self._follow(session.session_id, pack, session.seed, session.actions)

    def journal_action(self, session_id: str, seq: int, at: float, action: dict[str, Any]) -> None:
        """Append engine action number ``seq`` (from ``action_to_dict``) played at game time ``at``, with
        what it did to the puzzles (reached, solved, hint, wrong). Text a player typed is never stored (see
        ``engine/privacy.py``): only whether it was right."""
        private = journal_form(self._packs.get(session_id), action)
        row = (session_id, seq, at, json.dumps(private, sort_keys=True, separators=(",", ":")))
        tracker = self._plays.get(session_id)
        events: list[tuple[str, str]] = []
        if tracker is not None:
            try:
                events = tracker.feed(private)
            except (TypeError, ValueError):
                del self._plays[session_id]  # the game cannot follow this action: stop counting, keep playing
                tracker = None
        play = (tracker.at, tracker.seconds) if tracker is not None else None

        def write(conn: sqlite3.Connection) -> None:
            new = (
                conn.execute("SELECT 1 FROM journal WHERE session_id = ? AND seq = ?", row[:2]).fetchone()
                is None
            )
            conn.execute("INSERT OR REPLACE INTO journal VALUES (?, ?, ?, ?)", row)
            if play is None or not new:
                return
            conn.execute("UPDATE sessions SET play_seconds = ? WHERE session_id = ?", (play[1], session_id))
            for puzzle, what in events:
                conn.execute(_PUZZLE_EVENT, (session_id, puzzle, *_event_row(what, play[0])))

        self._write(write)

    def end_session(self, session_id: str, ending: str) -> None:
        """Close a session with its ending ('escaped', 'out_of_time', 'quit', 'incomplete', ...)."""
        row = (self._now(), ending, session_id)
        self._packs.pop(session_id, None)
        self._plays.pop(session_id, None)
        self._write(
            lambda conn: conn.execute(
                "UPDATE sessions SET ended_at = ?, ending = ? WHERE session_id = ?", row
            )
        )

    # ----------------------------------------------------------------- reading

    def unfinished_sessions(self) -> list[UnfinishedSession]:
        """Sessions of this database that were started and never ended, oldest first."""
        conn = self._conn
        out = []
        for sid, pack_id, version, language, event, seed, started in conn.execute(
            "SELECT session_id, pack_id, pack_version, language, event, seed, started_at FROM sessions"
            " WHERE ended_at IS NULL AND source = 'kiosk' ORDER BY started_at"
        ).fetchall():
            players = tuple(
                PlannedPlayer(number=n or 0, code=code, order_seed=s or 0)
                for code, n, s in conn.execute(
                    "SELECT player_code, number, order_seed FROM players WHERE session_id = ? ORDER BY number",
                    (sid,),
                )
            )
            answered = frozenset(
                conn.execute("SELECT player_code, phase, item_id FROM responses WHERE session_id = ?", (sid,))
            )
            actions = self._journal(sid)
            out.append(
                UnfinishedSession(
                    sid, pack_id, version, language, event, seed, started, players, answered, actions
                )
            )
        return out

    def _journal(self, session_id: str) -> tuple[dict[str, Any], ...]:
        """The readable journal of a session; rows that cannot be read are moved into ``quarantine`` (kept,
        never replayed) and counted in :attr:`problems`."""
        good, bad = [], []
        for seq, at, text in self._conn.execute(
            "SELECT seq, at, action FROM journal WHERE session_id = ? ORDER BY seq", (session_id,)
        ):
            why = _unreadable(seq, at, text)
            if why is None:
                good.append({"seq": seq, "at": at, "action": json.loads(text)})
            else:
                bad.append((session_id, str(seq), str(at), str(text), why, self._now()))
        if bad:
            try:
                with transaction(self._conn):
                    self._conn.executemany("INSERT INTO quarantine VALUES (?, ?, ?, ?, ?, ?)", bad)
                    self._conn.executemany(
                        "DELETE FROM journal WHERE session_id = ? AND CAST(seq AS TEXT) = ?",
                        [row[:2] for row in bad],
                    )
                self.problems.append(
                    f"{len(bad)} journal row(s) of session {session_id} could not be read; they were moved to "
                    "the 'quarantine' table of the database (kept, not replayed)"
                )
            except sqlite3.Error as err:
                self.problems.append(f"{len(bad)} unreadable journal row(s) were skipped: {describe(err)}")
        return tuple(good)

    def close_incomplete(self) -> int:
        """End every unfinished session as 'incomplete' (their answers stay); returns how many. Their
        journals are not read, so a damaged one cannot stop the game from starting."""
        unfinished = [
            row[0]
            for row in self._conn.execute(
                "SELECT session_id FROM sessions WHERE ended_at IS NULL AND source = 'kiosk'"
            ).fetchall()
        ]
        for session_id in unfinished:
            self.end_session(session_id, "incomplete")
        return len(unfinished)

    def close(self) -> None:
        """Write what waits in memory and close; raises :class:`StoreUnavailable` (and stays open) if it cannot."""
        self.flush()
        self._conn.close()


def _unreadable(seq: Any, at: Any, text: Any) -> str | None:
    """Why a journal row cannot be replayed, or None when it can."""
    if not isinstance(seq, int) or isinstance(at, bool) or not isinstance(at, int | float):
        return "its sequence number or time is not a number"
    if not isinstance(text, str):
        return "its action is not text"
    try:
        action_from_dict(json.loads(text))
    except (ValueError, TypeError, RecursionError) as err:
        return f"its action cannot be read ({str(err)[:200]})"
    return None
