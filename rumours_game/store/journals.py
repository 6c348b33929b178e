"""Reading session journals (the game actions) for play statistics."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rumours_game.store.errors import DataError
from rumours_game.store.export import snapshot


@dataclass(frozen=True)
class Journal:
    """One session: its pack (id, version, content hash), recorded ending, and its actions in order."""

    session_id: str
    pack_id: str
    pack_version: str
    pack_hash: str
    ending: str | None
    actions: list[dict[str, Any]]


def read_journals(db_path: Path, *, include_test: bool = False) -> list[Journal]:
    """Every session of a database with its journal, oldest first (test runs only with ``include_test``)."""
    with snapshot(db_path) as snap:
        sessions = snap.execute(
            "SELECT session_id, pack_id, pack_version, pack_hash, ending FROM sessions"
            " WHERE is_test IN (0, ?) ORDER BY started_at, session_id",
            (int(include_test),),
        ).fetchall()
        actions: dict[str, list[dict[str, Any]]] = {}
        for sid, at, text in snap.execute(
            "SELECT session_id, at, action FROM journal ORDER BY session_id, seq"
        ):
            try:
                action = json.loads(text)
            except ValueError as err:
                raise DataError(f"{db_path}: a journal row of session {sid} is not JSON ({err})") from None
            actions.setdefault(sid, []).append({"at": at, "action": action})
    return [
        Journal(sid, pack, version, h, ending, actions.get(sid, []))
        for sid, pack, version, h, ending in sessions
    ]
