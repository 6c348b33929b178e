"""A database's candidate pairs straight from SQL, as the columns :func:`rumours_game.index.pair_rows` makes
from the database's export (tests check both agree); the index turns either into its numpy table.

The ``latest`` table (kept by a trigger as answers are written) holds the latest answer per session, player,
item and phase, so pairing is one join of it with itself (:data:`PAIRS_FROM`); nothing is done per answer
in Python. Attention checks are decided by the items table per pack version, as for exports."""

from __future__ import annotations

import sqlite3
from itertools import compress, repeat
from pathlib import Path

from rumours_game.index.pairing import Counts, PairColumns, Paired, bulk
from rumours_game.store.columns import ITEMS, SESSIONS
from rumours_game.store.export import snapshot
from rumours_game.store.infos import item_infos, session_contexts, session_infos

PAIRS_FROM = """
FROM latest b
CROSS JOIN latest a ON a.session_id = b.session_id AND a.player_code = b.player_code AND a.item_id = b.item_id
  AND a.phase = 'pre'
WHERE b.phase = 'post'"""
"""Every before/after pair of latest answers (``a`` before, ``b`` after). The 'after' answers, usually
the fewer, are scanned in key order and each finds its 'before' by the primary key."""
ACCEPTANCE = "CASE WHEN {t}.reverse_coded THEN {t}.scale_min + {t}.scale_max - {t}.value ELSE {t}.value END"
"""The acceptance of answer ``{t}``: its value, mirrored on the scale when reverse coded."""
CONSISTENT = "(a.scale_min = b.scale_min AND a.scale_max = b.scale_max AND a.reverse_coded = b.reverse_coded)"
"""A pair whose two answers used the same scale and coding."""
_PAIRS = f"""
SELECT a.session_id, a.player_code, a.item_id, a.rumour_id, {ACCEPTANCE.format(t="a")},
       {ACCEPTANCE.format(t="b")}, a.scale_min, a.scale_max, {CONSISTENT}
{PAIRS_FROM} AND (:include_test OR b.session_id NOT IN (SELECT session_id FROM sessions WHERE is_test))"""
_ALL = "SELECT count(*) FROM {table}"
_OF_TESTS = (
    "SELECT count(*) FROM sessions s CROSS JOIN {table} r ON r.session_id = s.session_id WHERE s.is_test"
)
"""Answers (or latest answers) of test sessions: one index range per test session."""
_CHECKS = """
SELECT r.value, i.expect FROM {table} r
JOIN sessions s ON s.session_id = r.session_id
JOIN items i ON i.pack_id = s.pack_id AND i.pack_version = s.pack_version AND i.item_id = r.item_id
WHERE i.kind = 'check' AND (:include_test OR NOT s.is_test)"""
"""Answers (or latest answers) of attention-check items, with the expected answer."""


def read_database(db_path: Path, *, include_test: bool = False) -> Paired:
    """The candidate pairs and counts of one database (test runs only with ``include_test``)."""
    with snapshot(db_path) as snap:
        return pair_database(snap, include_test=include_test)


def pair_database(snap: sqlite3.Connection, *, include_test: bool = False) -> Paired:
    """The candidate pairs and counts of a database already open (a :func:`snapshot`), so a caller that
    reads more from it opens and checks the file once."""
    flag = {"include_test": int(include_test)}
    with bulk():
        infos = item_infos(snap.execute(ITEMS.sql()).fetchall())
        out = Paired(
            items=infos,
        )
        sessions = snap.execute(SESSIONS.sql(include_test=True)).fetchall()
        out.sessions = session_infos(sessions)
        out.contexts = session_contexts(sessions, include_test=include_test)
        answers, latest = (snap.execute(_ALL.format(table=t)).fetchone()[0] for t in ("responses", "latest"))
        tests = 0
        if not include_test:
            tests = snap.execute(_OF_TESTS.format(table="responses")).fetchone()[0]
            latest -= snap.execute(_OF_TESTS.format(table="latest")).fetchone()[0]
        checks, failed = [], 0
        if any(info.kind == "check" for info in infos.values()):
            checks = snap.execute(_CHECKS.format(table="responses"), flag).fetchall()
            failed = sum(1 for value, expect in checks if expect is not None and value != expect)
            latest -= len(snap.execute(_CHECKS.format(table="latest"), flag).fetchall())
        answers -= tests
        out.counts = Counts(answers, answers - len(checks) - latest, len(checks), failed, tests, latest)
        rows = snap.execute(_PAIRS, flag).fetchall()
        if rows:
            session, *columns = zip(*rows, strict=True)
            index = {c.session: i for i, c in enumerate(out.contexts)}
            context = list(map(index.get, session, repeat(-1)))
            if -1 in context:  # answers of a session the database does not know (a damaged foreign key)
                known = [c >= 0 for c in context]
                context = list(compress(context, known))
                columns = [tuple(compress(column, known)) for column in columns]
            out.columns = PairColumns(context, *columns)
    return out
