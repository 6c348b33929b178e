"""The index tally of a database, in SQL.

The pairing rule is applied as answers are written: a trigger keeps, per (session, player, item, phase),
the latest answer (by ``answered_at``, then response id) in ``latest``, and the resulting pre/post pair in
``pairs`` (see ``store/db.py``). Here the pairs are only summed up, following the same definition as
``rumours_game.index.tally`` (tests check that both give the same figures)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from rumours_game.index.stats import Moments
from rumours_game.index.tally import NONE_KEY, GroupTally, Tally
from rumours_game.store.db import SCHEMA_VERSION, connect
from rumours_game.store.errors import DataError, StoreError, describe

_CHECKS = """
SELECT coalesce(sum(it.expect IS NOT NULL AND r.value != it.expect), 0)
FROM responses r JOIN sessions se USING (session_id)
LEFT JOIN items it ON it.pack_id = se.pack_id AND it.pack_version = se.pack_version AND it.item_id = r.item_id
WHERE r.is_check = 1
"""
_GROUP_EXPR = {
    "pack": "se.pack_id",
    "rumour": "pv.rumour_id",
    "item": "pv.item_id",
    "event": "se.event",
    "kiosk": "se.kiosk_id",
    "language": "se.language",
}
_MOMENTS = "count(*), sum({x}), sum({x} * {x}), sum({x} > 0), sum({x} = 0), sum({x} < 0)"
_PCT = "100.0 * pv.change / pv.span"


def _group_tallies(conn: sqlite3.Connection, by: str | None) -> dict[str, GroupTally]:
    """Items, players and rumours summed per group ('' for everyone when ``by`` is None)."""
    expr = "''" if by is None else f"coalesce(nullif({_GROUP_EXPR[by]}, ''), '{NONE_KEY}')"
    source = "pairs pv" + (" JOIN sessions se USING (session_id)" if by and "se." in _GROUP_EXPR[by] else "")
    source += " WHERE pv.consistent"
    groups: dict[str, GroupTally] = {}
    for key, item, rumour, *m in conn.execute(
        f"SELECT {expr} AS g, pv.item_id, max(pv.rumour_id), {_MOMENTS.format(x='pv.change')}"
        f" FROM {source} GROUP BY g, pv.item_id"
    ):
        group = groups.setdefault(key, GroupTally())
        group.items[item] = Moments(*m)
        group.item_rumour[item] = rumour
    for key, *m in conn.execute(
        f"SELECT g, {_MOMENTS.format(x='pp')} FROM (SELECT {expr} AS g, avg({_PCT}) AS pp FROM {source}"
        " GROUP BY g, pv.session_id, pv.player_code) GROUP BY g"
    ):
        groups[key].players = Moments(*m)
    for key, rumour, *m in conn.execute(
        f"SELECT g, r, {_MOMENTS.format(x='pp')} FROM (SELECT {expr} AS g, pv.rumour_id AS r, avg({_PCT}) AS pp"
        f" FROM {source} AND pv.rumour_id != '' GROUP BY g, pv.rumour_id, pv.session_id, pv.player_code)"
        " GROUP BY g, r"
    ):
        groups[key].rumours[rumour] = Moments(*m)
    return groups


def tally_database(db_path: Path, by: str | None = None) -> Tally:
    """The index tally of a database file, read in one read-only transaction."""
    try:
        conn = connect(db_path, read_only=True)
    except sqlite3.Error as err:
        raise StoreError(f"cannot read the database {db_path}: {describe(err)}") from err
    try:
        conn.execute("BEGIN")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version != SCHEMA_VERSION:
            raise DataError(f"{db_path}: unknown database schema {version}; use `rumours export` on it first")
        tally = Tally(by=by)
        tally.answers, tally.check_answers = conn.execute(
            "SELECT count(*), coalesce(sum(is_check), 0) FROM responses"
        ).fetchone()
        tally.check_failed = conn.execute(_CHECKS).fetchone()[0] if tally.check_answers else 0
        latest = conn.execute("SELECT count(*) FROM latest").fetchone()[0]
        pairs, bad = conn.execute("SELECT count(*), coalesce(sum(NOT consistent), 0) FROM pairs").fetchone()
        tally.superseded = tally.answers - tally.check_answers - latest
        tally.unpaired = latest - 2 * pairs
        tally.inconsistent = 2 * bad
        tally.groups = {"": GroupTally()} | _group_tallies(conn, None)
        if by is not None:
            tally.groups.update(_group_tallies(conn, by))
        return tally
    except sqlite3.DatabaseError as err:
        raise DataError(f"the database {db_path} cannot be read: {describe(err)}") from err
    finally:
        conn.close()
