"""What the items and sessions tables (or files) say, as the index reads it."""

from __future__ import annotations

from typing import Any

from rumours_game.index.rows import Context, ItemInfo, ItemKey, SessionInfo
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
    at = {name: i for i, name in enumerate(SESSIONS.names)}
    sid, cond, pack_hash, test, started, ending = (
        at[n] for n in ("session_id", "condition", "pack_hash", "is_test", "started_at", "ending")
    )
    return {
        s[sid]: SessionInfo(s[cond] or "", s[pack_hash] or "", bool(s[test]), s[started] or "", s[ending])
        for s in sessions
    }


def session_contexts(sessions: list[tuple[Any, ...]], *, include_test: bool = False) -> list[Context]:
    """What the ``sessions`` rows say about where their pairs were answered (test runs only with
    ``include_test``)."""
    at = {name: i for i, name in enumerate(SESSIONS.names)}
    sid, pack, version, kiosk, event, language, cond, test = (
        at[n]
        for n in (
            "session_id",
            "pack_id",
            "pack_version",
            "kiosk_id",
            "event",
            "language",
            "condition",
            "is_test",
        )
    )
    return [
        Context(s[sid], s[pack], s[version], s[kiosk], s[event], s[language], s[cond] or "")
        for s in sessions
        if include_test or not s[test]
    ]
