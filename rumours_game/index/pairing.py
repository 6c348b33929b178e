"""The pairing rule (docs/index.md, "Definition"): from answers to usable before/after pairs.

Both inputs go through here: a database is read from a snapshot into the same rows an export holds, so
the two paths cannot disagree."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from rumours_game.index.rows import ItemInfo, ItemKey, Pair, ResponseRow, SessionInfo


@dataclass
class Paired:
    """The usable pairs and what was left out on the way (each count in answers)."""

    pairs: list[Pair] = field(default_factory=list)
    answers: int = 0
    unpaired: int = 0
    superseded: int = 0
    inconsistent: int = 0
    check_answers: int = 0
    check_failed: int = 0
    test_answers: int = 0
    items: dict[ItemKey, ItemInfo] = field(default_factory=dict)
    sessions: dict[str, SessionInfo] = field(default_factory=dict)
    duplicates: int = 0
    conflicts: int = 0

    def statement(self, pack: str, version: str, item: str, lang: str) -> str | None:
        """The item's statement in ``lang`` (else any language it has), or None when unknown."""
        info = self.items.get((pack, version, item))
        try:
            texts = json.loads(info.statement) if info else {}
        except ValueError:
            return None
        if not isinstance(texts, dict) or not texts:
            return None
        text = texts.get(lang) or next(iter(texts.values()))
        return text if isinstance(text, str) else None


def item_kind(info: ItemInfo | None) -> str:
    """The kind of an item; an item nothing is known about is a rumour item (as in older exports)."""
    return info.kind if info is not None else "rumour"


def acceptance(row: ResponseRow) -> int:
    """The value, mirrored on the scale when the item is reverse coded."""
    return row.scale_min + row.scale_max - row.value if row.reverse_coded else row.value


def pair_rows(
    rows: Iterable[ResponseRow],
    items: Mapping[ItemKey, ItemInfo] | None = None,
    sessions: Mapping[str, SessionInfo] | None = None,
    *,
    include_test: bool = False,
) -> Paired:
    """Pair answers. Answers of an attention-check item (by ``items``, per pack version) are counted (and
    the wrong ones) but never paired, with or without an expected value; answers of test sessions are left
    out unless ``include_test``; the latest answer per session, player, item and phase counts."""
    items = dict(items or {})
    sessions = dict(sessions or {})
    out = Paired(items=items, sessions=sessions)
    latest: dict[tuple[str, str, str, str], ResponseRow] = {}
    for row in rows:
        session = sessions.get(row.session_id)
        if session is not None and session.is_test and not include_test:
            out.test_answers += 1
            continue
        out.answers += 1
        info = items.get((row.pack_id, row.pack_version, row.item_id))
        if info is not None and info.kind == "check":
            out.check_answers += 1
            out.check_failed += info.expect is not None and row.value != info.expect
            continue
        key = (row.session_id, row.player_code, row.item_id, row.phase)
        old = latest.get(key)
        if old is not None:
            out.superseded += 1
            if (row.answered_at, row.response_id) < (old.answered_at, old.response_id):
                continue
        latest[key] = row
    for (session_id, player, item, phase), pre in latest.items():
        post = latest.get((session_id, player, item, "post")) if phase == "pre" else None
        if post is None:
            continue
        if (pre.scale_min, pre.scale_max, pre.reverse_coded) != (
            post.scale_min,
            post.scale_max,
            post.reverse_coded,
        ):
            out.inconsistent += 2
            continue
        info = items.get((pre.pack_id, pre.pack_version, item))
        condition = sessions[session_id].condition if session_id in sessions else ""
        out.pairs.append(
            Pair(
                session_id, player, pre.pack_id, pre.pack_version, item, pre.rumour_id, item_kind(info),
                info.item_hash if info else "", pre.kiosk_id, pre.event, pre.language, condition,
                acceptance(pre), acceptance(post), pre.scale_min, pre.scale_max,
            )
        )  # fmt: skip
    out.unpaired = len(latest) - 2 * len(out.pairs) - out.inconsistent
    return out
