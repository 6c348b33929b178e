"""A database's usable pairs straight from SQL: the same rows :func:`rumours_game.index.pair_rows` makes
from the database's export, read without building every answer in Python (tests check both agree).

The ``latest`` table (kept by a trigger as answers are written) holds the latest answer per session, player,
item and phase; attention checks are decided by the items table per pack version, as for exports."""

from __future__ import annotations

from pathlib import Path

from rumours_game.index.pairing import Paired
from rumours_game.index.rows import ItemInfo, Pair
from rumours_game.store.columns import ITEMS, SESSIONS
from rumours_game.store.export import snapshot
from rumours_game.store.infos import item_infos, session_infos

_ACCEPT = "CASE WHEN {t}.reverse_coded THEN {t}.scale_min + {t}.scale_max - {t}.value ELSE {t}.value END"
_CHECK_IDS = "(SELECT item_id FROM items WHERE kind = 'check')"
_PER_SESSION = "SELECT session_id, count(*) FROM {table} GROUP BY session_id"
_CHECK_ROWS = f"SELECT session_id, item_id, value FROM {{table}} WHERE item_id IN {_CHECK_IDS}"
_PAIRS = f"""
SELECT a.session_id, a.player_code, a.item_id, a.rumour_id, {_ACCEPT.format(t="a")}, {_ACCEPT.format(t="b")},
       a.scale_min, a.scale_max,
       a.scale_min = b.scale_min AND a.scale_max = b.scale_max AND a.reverse_coded = b.reverse_coded
FROM latest a
JOIN latest b ON b.session_id = a.session_id AND b.player_code = a.player_code AND b.item_id = a.item_id
  AND b.phase = 'post'
WHERE a.phase = 'pre'
"""
"""Pairs of the latest answers; sessions and items are joined in Python (one lookup per session, not per
pair)."""


def read_database(db_path: Path, *, include_test: bool = False) -> Paired:
    """The pairs and counts of one database (test runs only with ``include_test``)."""
    with snapshot(db_path) as snap:
        infos = item_infos(snap.execute(ITEMS.sql()).fetchall())
        out = Paired(
            items=infos,
            sessions=session_infos(snap.execute(SESSIONS.sql(include_test=True)).fetchall()),
        )
        meta = {
            sid: (pack, version, test, (pack, version), (kiosk, event, language, condition))
            for sid, pack, version, test, kiosk, event, language, condition in snap.execute(
                "SELECT session_id, pack_id, pack_version, is_test, kiosk_id, event, language, condition FROM sessions"
            )
        }

        def counted(sid: str) -> bool:
            return sid in meta and (include_test or not meta[sid][2])

        def check(sid: str, item: str) -> ItemInfo | None:
            info = out.items.get((*meta[sid][:2], item))
            return info if info is not None and info.kind == "check" else None

        for sid, n in snap.execute(_PER_SESSION.format(table="responses")):
            if counted(sid):
                out.answers += n
            elif sid in meta:
                out.test_answers += n
        for sid, item, value in snap.execute(_CHECK_ROWS.format(table="responses")):
            info = check(sid, item) if counted(sid) else None
            if info is not None:
                out.check_answers += 1
                out.check_failed += info.expect is not None and value != info.expect
        latest = sum(n for sid, n in snap.execute(_PER_SESSION.format(table="latest")) if counted(sid))
        latest -= sum(
            1
            for sid, item, _ in snap.execute(_CHECK_ROWS.format(table="latest"))
            if counted(sid) and check(sid, item)
        )
        kinds = {key: (info.kind, info.item_hash) for key, info in out.items.items()}
        append = out.pairs.append
        for sid, player, item, rumour, pre, post, lo, hi, consistent in snap.execute(_PAIRS):
            session = meta.get(sid)
            if session is None or (session[2] and not include_test):
                continue
            kind, item_hash = kinds.get((*session[3], item), ("rumour", ""))
            if kind == "check":
                continue
            if not consistent:
                out.inconsistent += 2
                continue
            pack, version = session[3]
            kiosk, event, language, condition = session[4]
            append(Pair(sid, player, pack, version, item, rumour, kind, item_hash, kiosk, event, language, condition,
                        pre, post, lo, hi))  # fmt: skip
        out.unpaired = latest - 2 * len(out.pairs) - out.inconsistent
        out.superseded = out.answers - out.check_answers - latest
    return out
