"""What the items and sessions tables (or files) say, as the index reads it."""

from __future__ import annotations

from typing import Any

from rumours_game.index.rows import ItemInfo, ItemKey, SessionInfo
from rumours_game.store.columns import ITEMS, SESSIONS


def item_infos(items: list[tuple[Any, ...]]) -> dict[ItemKey, ItemInfo]:
    """(pack id, pack version, item id) -> what the ``items`` rows say about it. An older row without a
    kind is a rumour item, or the attention check when ``is_check`` is 1."""
    names = ITEMS.names
    out = {}
    for row in items:
        item = dict(zip(names, row, strict=True))
        kind = item["kind"] or ("check" if item["is_check"] else "rumour")
        out[(item["pack_id"], item["pack_version"], item["item_id"])] = ItemInfo(
            kind, item["expect"], item["item_hash"] or ""
        )
    return out


def session_infos(sessions: list[tuple[Any, ...]]) -> dict[str, SessionInfo]:
    """session id -> what the ``sessions`` rows say about it."""
    names = SESSIONS.names
    out = {}
    for row in sessions:
        s = dict(zip(names, row, strict=True))
        out[s["session_id"]] = SessionInfo(
            s["condition"] or "", s["pack_hash"] or "", bool(s["is_test"]), s["started_at"] or "", s["ending"]
        )
    return out
