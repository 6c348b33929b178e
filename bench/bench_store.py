"""Durable answer commit: latency of Store.record_answer vs a bare WAL + synchronous=FULL single-row commit."""

from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from bench.framework import Figure, Measured
from rumours_game.pack.models import Ending, Endings, Pack, Room, Scale, Survey, SurveyItem
from rumours_game.store import Store
from rumours_game.survey import SurveyPlan

ROWS = 2000
BLOCKS = 5
FIGURES = (
    Figure("commit_ms_median", "ms", "<= 2", "durable answer commit (WAL, synchronous=FULL), median"),
    Figure("commit_vs_bare", "x", "<= 1.2", "answer commit over a bare single-row WAL commit"),
)


def _pack() -> Pack:
    survey = Survey(
        scale=Scale(points=5, anchors={1: "Disagree", 5: "Agree"}),
        items=[SurveyItem(id=f"item{i}", statement=f"Statement {i}") for i in range(10)],
    )
    return Pack(
        id="bench", title="Bench", summary="Bench", version="1", format_version=1, languages=["en"],
        default_language="en", authors=["Bench"], minutes=10, licence="MIT", rooms=[Room(id="r", name="R")],
        endings=Endings(escaped=Ending(title="E", text="E")), survey=survey,
    )  # fmt: skip


def bare_commits(folder: Path, rows: int) -> list[float]:
    """Latency of single-row INSERT + COMMIT with WAL and synchronous=FULL, nothing else."""
    folder.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(folder / "bare.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER)")
    out = []
    for i in range(rows):
        t0 = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t (v) VALUES (?)", (i,))
        conn.execute("COMMIT")
        out.append(time.perf_counter() - t0)
    conn.close()
    return out


def store_commits(folder: Path, rows: int) -> list[float]:
    """Latency of Store.record_answer (validated answer, UUID, one committed transaction)."""
    store = Store.open(folder / "data")
    pack = _pack()
    assert pack.survey is not None
    rng = random.Random(0)
    out: list[float] = []
    while len(out) < rows:
        session = store.start_session(pack, "en")
        plan = SurveyPlan.build(pack.survey, 4, rng)
        for player in plan.players:
            store.add_player(session, player)
            for phase in ("pre", "post"):
                for item in plan.order(player, phase):
                    answer = item.answer(player.code, phase, rng.randint(1, 5))
                    t0 = time.perf_counter()
                    store.record_answer(session, answer)
                    out.append(time.perf_counter() - t0)
    store.close()
    return out[:rows]


def measure() -> dict[str, Measured]:
    """Commit latency of the store and of a bare commit, in alternating blocks (medians over all rows)."""
    ours: list[float] = []
    bare: list[float] = []
    with tempfile.TemporaryDirectory(prefix="bench-store-") as tmp:
        folder = Path(tmp)
        for block in range(BLOCKS):
            bare += bare_commits(folder / f"bare{block}", ROWS // BLOCKS)
            ours += store_commits(folder / f"store{block}", ROWS // BLOCKS)
    ours_ms, bare_ms = statistics.median(ours) * 1000, statistics.median(bare) * 1000
    return {
        "commit_ms_median": Measured(ours_ms, f"bare commit {bare_ms:.3f} ms"),
        "commit_vs_bare": Measured(ours_ms / bare_ms, f"bare commit {bare_ms:.3f} ms"),
    }
