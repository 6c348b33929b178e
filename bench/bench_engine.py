"""Engine step rate: the tutorial's walkthrough replayed through a fresh Session, many times."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from bench.framework import Figure, Measured
from rumours_game.analysis import run_walkthrough
from rumours_game.engine import Session
from rumours_game.pack import load_pack

TUTORIAL = Path(__file__).resolve().parent.parent / "scenarios" / "tutorial"
ACTIONS_PER_RUN = 20_000
RUNS = 5
FIGURES = (
    Figure(
        "engine_actions_per_s", "actions/s", ">= 100000", "engine step rate (tutorial walkthrough replayed)"
    ),
)


def measure() -> dict[str, Measured]:
    """The median rate of ``RUNS`` runs of about ``ACTIONS_PER_RUN`` actions each."""
    tutorial = load_pack(TUTORIAL)
    actions = [e.action for e in run_walkthrough(tutorial, tutorial.walkthroughs[0]).session.log]
    rounds = max(1, ACTIONS_PER_RUN // len(actions))
    rates = []
    for _ in range(RUNS + 1):
        start = time.perf_counter()
        for _ in range(rounds):
            session = Session(tutorial)
            for action in actions:
                session.apply(action)
        rates.append(rounds * len(actions) / (time.perf_counter() - start))
    return {"engine_actions_per_s": Measured(statistics.median(rates[1:]))}
