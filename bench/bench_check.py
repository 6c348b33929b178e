"""`rumours check` at scale: generated branching packs with shared tools (a tool wanted by a crate and a seal in
every room), proved in a fresh process each run so peak memory is the proof's own.

Targets (issue 13): 400 puzzles in <= 5 s and <= 500 MB; 1,600 puzzles in <= 60 s.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time

from bench.framework import Figure, Measured

SIZES = {400: (20, 17), 1600: (80, 17)}
"""Puzzles -> (rooms, chain): rooms * (chain + 2) + rooms puzzles, every room's tool contested."""


def prove(puzzles: int) -> dict:
    """Prove one generated pack in this process: seconds, peak RSS in MB, states and findings."""
    import resource

    from bench.packgen import branching_pack
    from rumours_game.analysis.explore import explore

    rooms, chain = SIZES[puzzles]
    pack = branching_pack(rooms=rooms, chain=chain, contested=rooms)
    t0 = time.perf_counter()
    proof = explore(pack)
    seconds = time.perf_counter() - t0
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    softlocks = sum(f.code == "softlock" for f in proof.findings)
    assert proof.complete and proof.escapable and softlocks == rooms, (proof.complete, softlocks)
    return {
        "puzzles": len(pack.puzzles),
        "seconds": round(seconds, 2),
        "rss_mb": round(peak_kb / 1024),
        "states": proof.states,
        "parts": proof.parts,
        "softlocks": softlocks,
    }


def _run(puzzles: int, runs: int) -> dict:
    """The median of ``runs`` fresh-process proofs of a generated pack with ``puzzles`` puzzles."""
    results = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-m", "bench.bench_check", str(puzzles)],
            capture_output=True,
            text=True,
            check=True,
        )
        results.append(json.loads(out.stdout))
    return {
        **results[0],
        "seconds": statistics.median(r["seconds"] for r in results),
        "rss_mb": statistics.median(r["rss_mb"] for r in results),
    }


FIGURES = (
    Figure("check_400_puzzles_s", "s", "<= 5", "rumours check: 400-puzzle pack, a shared tool in every room"),
    Figure("check_400_puzzles_mb", "MB", "<= 500", "peak memory of that check (its own process)"),
    Figure("check_1600_puzzles_s", "s", "<= 60", "rumours check: 1,600-puzzle pack, shared tools"),
)


def measure() -> dict[str, Measured]:
    """Median of 3 proofs of the 400-puzzle pack; one proof of the 1,600-puzzle pack (it takes ~30 s)."""
    small = _run(400, 3)
    big = _run(1600, 1)
    size = f"{small['puzzles']} puzzles, {small['parts']} parts, {small['states']} states"
    return {
        "check_400_puzzles_s": Measured(small["seconds"], size),
        "check_400_puzzles_mb": Measured(small["rss_mb"], size),
        "check_1600_puzzles_s": Measured(big["seconds"], f"{big['puzzles']} puzzles, {big['parts']} parts"),
    }


if __name__ == "__main__":
    print(json.dumps(prove(int(sys.argv[1]))))
