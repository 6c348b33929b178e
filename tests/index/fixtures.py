"""Hand-made answers with known index figures (worked out in test_hand_computed.py)."""

from __future__ import annotations

import itertools

from rumours_game.index import ItemInfo, ResponseRow

_ids = itertools.count(1)


def row(
    session: str,
    player: str,
    item: str,
    phase: str,
    value: int,
    *,
    hi: int = 5,
    rev: int = 0,
    at: str = "2026-01-01T10:00:00.000000Z",
    rumour: str = "",
    event: str = "",
    kiosk: str = "k1",
    language: str = "en",
    pack: str = "demo",
) -> ResponseRow:
    """One answer; the response id is a fresh number."""
    return ResponseRow(
        f"r{next(_ids):05d}", session, player, kiosk, event, pack, "1.0", language, item, rumour, phase,
        value, 1, hi, rev, at,
    )  # fmt: skip


def _jobs(s: str, p: str, phase: str, v: int, **kw: object) -> ResponseRow:
    return row(s, p, "jobs", phase, v, rumour="jobs", **kw)  # type: ignore[arg-type]


def _enrich(s: str, p: str, phase: str, v: int, **kw: object) -> ResponseRow:
    return row(s, p, "enrich", phase, v, rev=1, **kw)  # type: ignore[arg-type]


def _crime(s: str, p: str, phase: str, v: int, **kw: object) -> ResponseRow:
    return row(s, p, "crime", phase, v, hi=7, rumour="crime", **kw)  # type: ignore[arg-type]


LATE = "2026-01-01T10:05:00.000000Z"
CHECKS = {("demo", "1.0", "check"): ItemInfo("check", 4)}
"""What items.csv says: the attention check of pack demo 1.0 expects 4."""


def hand_rows() -> list[ResponseRow]:
    """Three players in two sessions: a reverse-coded item, a 7-point item, a re-answer, unpaired answers."""
    return [
        # player A: jobs 4->2 (+2), enrich 2->4 reversed (+2), crime 6->6 (0); check right twice
        _jobs("s1", "AAA", "pre", 4, event="school"),
        _enrich("s1", "AAA", "pre", 2, event="school"),
        _crime("s1", "AAA", "pre", 6, event="school"),
        row("s1", "AAA", "check", "pre", 4, event="school"),
        _jobs("s1", "AAA", "post", 2, at=LATE, event="school"),
        _enrich("s1", "AAA", "post", 4, at=LATE, event="school"),
        _crime("s1", "AAA", "post", 6, at=LATE, event="school"),
        row("s1", "AAA", "check", "post", 4, at=LATE, event="school"),
        # player B: jobs 3->4 (-1), enrich 3->3 (0), crime 7 then re-answered 5 -> 2 (+3); check wrong once
        _jobs("s1", "BBB", "pre", 3, event="school"),
        _enrich("s1", "BBB", "pre", 3, event="school"),
        _crime("s1", "BBB", "pre", 7, event="school"),
        _crime("s1", "BBB", "pre", 5, at="2026-01-01T10:01:00.000000Z", event="school"),
        row("s1", "BBB", "check", "pre", 3, event="school"),
        _jobs("s1", "BBB", "post", 4, at=LATE, event="school"),
        _enrich("s1", "BBB", "post", 3, at=LATE, event="school"),
        _crime("s1", "BBB", "post", 2, at=LATE, event="school"),
        # player C (another kiosk, Spanish): jobs 5->1 (+4); crime only before, enrich only after
        _jobs("s2", "CCC", "pre", 5, kiosk="k2", language="es"),
        _crime("s2", "CCC", "pre", 1, kiosk="k2", language="es"),
        _jobs("s2", "CCC", "post", 1, at=LATE, kiosk="k2", language="es"),
        _enrich("s2", "CCC", "post", 5, at=LATE, kiosk="k2", language="es"),
        row("s2", "CCC", "check", "post", 4, at=LATE, kiosk="k2", language="es"),
    ]
