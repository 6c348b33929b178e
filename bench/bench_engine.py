"""Engine benchmarks: proving a 200-puzzle branching pack escapable, and the raw step rate."""

from __future__ import annotations

import time
from pathlib import Path

from bench.packgen import branching_pack
from rumours_game.analysis import run_walkthrough
from rumours_game.analysis.explore import explore
from rumours_game.engine import Session
from rumours_game.pack import load_pack

TUTORIAL = Path(__file__).resolve().parent.parent / "scenarios" / "tutorial"


def main() -> dict:
    pack = branching_pack(rooms=10, chain=18, contested=5)
    t0 = time.perf_counter()
    proof = explore(pack)
    prove_s = time.perf_counter() - t0
    print(
        f"check (proof, findings and shortest-solution search): {len(pack.puzzles)} puzzles, "
        f"escapable={proof.escapable}, {proof.states} states, "
        f"{prove_s:.2f} s ({proof.states / prove_s:,.0f} states/s); findings: {len(proof.findings)}"
    )

    tutorial = load_pack(TUTORIAL)
    actions = [e.action for e in run_walkthrough(tutorial, tutorial.walkthroughs[0]).session.log]
    rounds = max(1, 50_000 // len(actions))
    t0 = time.perf_counter()
    for _ in range(rounds):
        session = Session(tutorial)
        for action in actions:
            session.apply(action)
    step_s = time.perf_counter() - t0
    rate = rounds * len(actions) / step_s
    print(
        f"step: {rounds * len(actions):,} actions of the tutorial walkthrough in {step_s:.2f} s = {rate:,.0f}/s "
        f"(target >= 50,000/s)"
    )
    return {
        "puzzles": len(pack.puzzles),
        "states": proof.states,
        "prove_seconds": round(prove_s, 3),
        "states_per_second": round(proof.states / prove_s),
        "actions_per_second": round(rate),
    }
