"""Durable answer commit: latency of Store.record_answer vs a bare WAL + synchronous=FULL single-row commit."""

from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from rumours_game.pack.models import Ending, Endings, Pack, Room, Scale, Survey, SurveyItem
from rumours_game.store import Store
from rumours_game.survey import SurveyPlan

ROWS = 2000


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


def _summary(latencies: list[float]) -> dict[str, float]:
    ordered = sorted(latencies)
    return {
        "median_ms": statistics.median(ordered) * 1000,
        "p99_ms": ordered[int(0.99 * (len(ordered) - 1))] * 1000,
        "rows_per_s": len(ordered) / sum(ordered),
    }


def bare_commits(folder: Path, rows: int) -> list[float]:
    """Latency of single-row INSERT + COMMIT with WAL and synchronous=FULL, nothing else."""
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
    out = []
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


def main() -> dict:
    with tempfile.TemporaryDirectory(prefix="bench-store-") as tmp:
        folder = Path(tmp)
        bare = _summary(bare_commits(folder, ROWS))
        ours = _summary(store_commits(folder, ROWS))
    result = {
        "rows": ROWS,
        "store_median_ms": round(ours["median_ms"], 3),
        "store_p99_ms": round(ours["p99_ms"], 3),
        "store_rows_per_s": round(ours["rows_per_s"]),
        "bare_median_ms": round(bare["median_ms"], 3),
        "bare_p99_ms": round(bare["p99_ms"], 3),
        "bare_rows_per_s": round(bare["rows_per_s"]),
        "median_ratio_to_bare": round(ours["median_ms"] / bare["median_ms"], 2),
    }
    print(
        f"answer commit: median {result['store_median_ms']} ms, p99 {result['store_p99_ms']} ms, "
        f"{result['store_rows_per_s']:,} rows/s (target median <= 2 ms, p99 <= 20 ms); bare WAL+FULL commit: "
        f"median {result['bare_median_ms']} ms, p99 {result['bare_p99_ms']} ms; ratio {result['median_ratio_to_bare']}x"
    )
    return result


if __name__ == "__main__":
    main()
