"""The index tally of a database, computed in SQL (the same definition as ``index.tally.tally_rows``).

Pairs are made with one GROUP BY; the few groups where an item was answered more than once in a
phase are settled in Python by the latest ``answered_at`` (then response id), as in the definition."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from rumours_game.index.stats import Moments
from rumours_game.index.tally import NONE_KEY, GroupTally, Tally
from rumours_game.store.db import SCHEMA_VERSION, connect
from rumours_game.store.errors import DataError, StoreError, describe

_PAIRS = """
CREATE TEMP TABLE pairs AS
SELECT session_id AS s, player_code AS p, item_id AS i, max(rumour_id) AS r,
       sum(phase = 'pre') AS npre, sum(phase = 'post') AS npost,
       max(CASE WHEN phase = 'pre' THEN value END) AS vpre, max(CASE WHEN phase = 'post' THEN value END) AS vpost,
       min(scale_min) AS lo, max(scale_min) AS lo2, min(scale_max) AS hi, max(scale_max) AS hi2,
       min(reverse_coded) AS rc, max(reverse_coded) AS rc2
FROM responses WHERE is_check = 0 GROUP BY session_id, player_code, item_id
"""
_REPEATED = """
SELECT r.session_id, r.player_code, r.item_id, r.phase, r.value, r.scale_min, r.scale_max, r.reverse_coded,
       r.rumour_id, r.answered_at, r.response_id
FROM pairs JOIN responses r ON r.session_id = pairs.s AND r.player_code = pairs.p AND r.item_id = pairs.i
WHERE (pairs.npre > 1 OR pairs.npost > 1) AND r.is_check = 0
"""
_SETTLE = """
UPDATE pairs SET npre = ?, npost = ?, vpre = ?, vpost = ?, lo = ?, lo2 = ?, hi = ?, hi2 = ?, rc = ?, rc2 = ?, r = ?
WHERE s = ? AND p = ? AND i = ?
"""
_VALID = """
CREATE TEMP VIEW pv AS
SELECT s, p, i, r, CASE WHEN rc THEN vpost - vpre ELSE vpre - vpost END AS ch, hi - lo AS span
FROM pairs WHERE npre > 0 AND npost > 0 AND lo = lo2 AND hi = hi2 AND rc = rc2
"""
_CHECKS = """
SELECT count(*) FROM responses r JOIN sessions se USING (session_id)
JOIN items it ON it.pack_id = se.pack_id AND it.pack_version = se.pack_version AND it.item_id = r.item_id
WHERE r.is_check = 1 AND it.expect IS NOT NULL AND r.value != it.expect
"""
_GROUP_EXPR = {
    "pack": "se.pack_id",
    "rumour": "pv.r",
    "item": "pv.i",
    "event": "se.event",
    "kiosk": "se.kiosk_id",
    "language": "se.language",
}
_MOMENTS = "count(*), sum({x}), sum({x} * {x}), sum({x} > 0), sum({x} = 0), sum({x} < 0)"


def _settle(conn: sqlite3.Connection) -> int:
    """Resolve groups with repeated answers; returns how many answers were superseded."""
    groups: dict[tuple[str, str, str], dict[str, tuple]] = {}
    superseded = 0
    for row in conn.execute(_REPEATED).fetchall():
        phases = groups.setdefault(row[:3], {})
        old = phases.get(row[3])
        if old is not None:
            superseded += 1
            if (row[9], row[10]) < (old[9], old[10]):
                continue
        phases[row[3]] = row
    updates = []
    for key, phases in groups.items():
        pre, post = phases.get("pre"), phases.get("post")
        a, b = pre or post, post or pre  # each group has at least one phase
        updates.append(
            (int(pre is not None), int(post is not None), pre and pre[4], post and post[4],
             a[5], b[5], a[6], b[6], a[7], b[7], a[8], *key)
        )  # fmt: skip
    conn.executemany(_SETTLE, updates)
    return superseded


def _group_tallies(conn: sqlite3.Connection, expr: str, join: str) -> dict[str, GroupTally]:
    groups: dict[str, GroupTally] = {}

    def group(key: str) -> GroupTally:
        return groups.setdefault("" if expr == "''" else key or NONE_KEY, GroupTally())

    pct = "100.0 * ch / span"
    for key, item, rumour, *m in conn.execute(
        f"SELECT {expr} AS g, pv.i, max(pv.r), {_MOMENTS.format(x='ch')} FROM pv {join} GROUP BY g, pv.i"
    ):
        g = group(key)
        g.items[item] = Moments(*m)
        g.item_rumour[item] = rumour
    for key, *m in conn.execute(
        f"SELECT g, {_MOMENTS.format(x='pp')} FROM (SELECT {expr} AS g, avg({pct}) AS pp FROM pv {join}"
        " GROUP BY g, pv.s, pv.p) GROUP BY g"
    ):
        group(key).players = Moments(*m)
    for key, rumour, *m in conn.execute(
        f"SELECT g, r, {_MOMENTS.format(x='pp')} FROM (SELECT {expr} AS g, pv.r AS r, avg({pct}) AS pp"
        f" FROM pv {join} WHERE pv.r != '' GROUP BY g, pv.r, pv.s, pv.p) GROUP BY g, r"
    ):
        group(key).rumours[rumour] = Moments(*m)
    return groups


def tally_database(db_path: Path, by: str | None = None) -> Tally:
    """The index tally of a database file, read in one read-only transaction."""
    try:
        conn = connect(db_path, read_only=True)
    except sqlite3.Error as err:
        raise StoreError(f"cannot read the database {db_path}: {describe(err)}") from err
    try:
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("BEGIN")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version != SCHEMA_VERSION:
            raise DataError(f"{db_path}: unknown database schema {version}; use `rumours export` on it first")
        tally = Tally(by=by)
        tally.answers, checks = conn.execute(
            "SELECT count(*), coalesce(sum(is_check), 0) FROM responses"
        ).fetchone()
        tally.check_answers = checks
        tally.check_failed = conn.execute(_CHECKS).fetchone()[0] if checks else 0
        conn.execute(_PAIRS)
        tally.superseded = _settle(conn)
        conn.execute(_VALID)
        tally.unpaired = conn.execute(
            "SELECT coalesce(sum((npre > 0) + (npost > 0)), 0) FROM pairs WHERE npre = 0 OR npost = 0"
        ).fetchone()[0]
        tally.inconsistent = conn.execute(
            "SELECT 2 * count(*) FROM pairs WHERE npre > 0 AND npost > 0 AND NOT (lo = lo2 AND hi = hi2 AND rc = rc2)"
        ).fetchone()[0]
        tally.groups = _group_tallies(conn, "''", "")
        tally.groups.setdefault("", GroupTally())
        if by is not None:
            join = "JOIN sessions se ON se.session_id = pv.s" if _GROUP_EXPR[by].startswith("se.") else ""
            tally.groups.update(_group_tallies(conn, _GROUP_EXPR[by], join))
        return tally
    except sqlite3.DatabaseError as err:
        raise DataError(f"the database {db_path} cannot be read: {describe(err)}") from err
    finally:
        conn.close()
