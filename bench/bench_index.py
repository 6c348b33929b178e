"""`rumours index` over 1,001,000 answers from 200,000 players: the whole command as a user runs it (a new
interpreter), and its computation alone against a bare paired GROUP BY in sqlite."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.framework import Figure, Measured, median_seconds, paired_medians
from rumours_game.index.compute import compute_index
from rumours_game.index.report import format_table
from rumours_game.index.suppress import suppress_small_cells
from rumours_game.store import DB_NAME, Store, find_source
from rumours_game.store.sources import read_index_input

PLAYERS = 200_000
TEAM = 4
ITEMS = (("jobs", "jobs", 5, 0), ("enrich", "", 5, 1), ("crime", "crime", 7, 0))
REPEATS = 3
FIGURES = (
    Figure(
        "index_1m_s",
        "s",
        "<= 2",
        "the whole `rumours index DB` command over 1,001,000 answers (200,000 players): a new process"
        " (`python -m rumours_game index DB`, interpreter start and imports included), table to /dev/null",
    ),
    Figure(
        "index_compute_1m_s",
        "s",
        "<= 2",
        "that index in-process, imports done: reading and pairing, figures, texts, suppression, table",
    ),
    Figure("index_vs_sql_groupby", "x", "<= 2", "the in-process index over a bare paired GROUP BY in sqlite"),
)
BARE = """
SELECT count(*), sum(pre - post) FROM (
  SELECT max(CASE WHEN phase = 'pre' THEN value END) AS pre, max(CASE WHEN phase = 'post' THEN value END) AS post
  FROM responses GROUP BY session_id, player_code, item_id
) WHERE pre IS NOT NULL AND post IS NOT NULL
"""


def generate(data_dir: Path) -> int:
    """A store database with 5 answers per player (3 before, 2 after) plus a few re-answers."""
    Store.open(data_dir, kiosk_id="bench").close()
    rng = random.Random(1)
    conn = sqlite3.connect(data_dir / DB_NAME, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO items (pack_id, pack_version, item_id, rumour_id, reverse_coded, scale_min, scale_max)"
        " VALUES ('bench', '1', ?, ?, ?, 1, ?)",
        [(i, r, rev, hi) for i, r, hi, rev in ITEMS],
    )
    sessions, players, responses = [], [], []
    at = "2026-03-05T10:00:00.000000Z"
    for p in range(PLAYERS):
        sid = f"s{p // TEAM:06d}"
        if p % TEAM == 0:
            sessions.append((sid, "bench", f"event{p % 7}", "bench", "1", ("en", "es", "el")[p % 3], 0, at))
        code = f"P{p % TEAM}"
        players.append((sid, code, f"player-{p}", p % TEAM + 1, p, None))
        for item, rumour, hi, rev in ITEMS:
            responses.append(
                (f"{p}-{item}-pre", sid, code, item, rumour, "pre", rng.randint(1, hi), 1, hi, rev, 0, at)
            )
        for item, rumour, hi, rev in ITEMS[:2]:
            responses.append((f"{p}-{item}-post", sid, code, item, rumour, "post", rng.randint(1, hi), 1, hi, rev, 0,
                              "2026-03-05T10:30:00.000000Z"))  # fmt: skip
        if p % 200 == 0:
            responses.append(
                (
                    f"{p}-again",
                    sid,
                    code,
                    "jobs",
                    "jobs",
                    "post",
                    1,
                    1,
                    5,
                    0,
                    0,
                    "2026-03-05T10:31:00.000000Z",
                )
            )
    conn.executemany(
        "INSERT INTO sessions (session_id, kiosk_id, event, pack_id, pack_version, language, seed, started_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        sessions,
    )
    conn.executemany("INSERT INTO players VALUES (?, ?, ?, ?, ?, ?)", players)
    conn.executemany("INSERT INTO responses VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", responses)
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return len(responses)


def measure() -> dict[str, Measured]:
    """The whole command (median of runs in a new process), then the index in-process vs a bare paired
    GROUP BY, alternating (medians)."""
    with tempfile.TemporaryDirectory(prefix="bench-index-") as tmp:
        data_dir = Path(tmp)
        answers = generate(data_dir)
        db = data_dir / DB_NAME
        seen: dict[str, object] = {}

        def command() -> None:
            run = [sys.executable, "-m", "rumours_game", "index", str(db)]
            subprocess.run(run, stdout=subprocess.DEVNULL, check=True, cwd=tmp)

        def ours() -> None:
            read = read_index_input([find_source(db)])
            result = suppress_small_cells(compute_index(read.paired))
            format_table(result)
            seen["ours"] = result["overall"]["n_pairs"]

        def bare() -> None:
            conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
            try:
                seen["bare"] = conn.execute(BARE).fetchone()[0]
            finally:
                conn.close()

        command_s = median_seconds(command, runs=REPEATS)
        index_s, bare_s = paired_medians(ours, bare, runs=REPEATS)
    assert seen["ours"] == seen["bare"], "the index and the bare query see the same pairs"
    baseline = f"{answers:,} answers; bare paired GROUP BY {bare_s:.2f} s"
    return {
        "index_1m_s": Measured(command_s, f"{baseline}; in-process index {index_s:.2f} s"),
        "index_compute_1m_s": Measured(index_s, baseline),
        "index_vs_sql_groupby": Measured(index_s / bare_s, baseline),
    }
