"""Engine step rate: the tutorial's walkthrough replayed through a fresh Session, many times."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from bench.framework import Figure, Measured, paired_medians
from rumours_game.analysis import run_walkthrough
from rumours_game.engine import Session, new_game
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
    """The median rate of ``RUNS`` runs of about ``ACTIONS_PER_RUN`` actions each.

    The baseline, run alternately with it, is the least a step of an immutable state costs: one bare
    ``dataclasses.replace`` of the state per action (it shows how loaded the machine was).
    """
    tutorial = load_pack(TUTORIAL)
    actions = [e.action for e in run_walkthrough(tutorial, tutorial.walkthroughs[0]).session.log]
    rounds = max(1, ACTIONS_PER_RUN // len(actions))
    start = new_game(tutorial)

    def replay() -> None:
        for _ in range(rounds):
            session = Session(tutorial)
            for action in actions:
                session.apply(action)

    def bare_copies() -> None:
        for _ in range(rounds):
            state = start
            for _ in actions:
                state = dataclasses.replace(state, elapsed=state.elapsed + 1.0)

    ours, bare = paired_medians(replay, bare_copies, runs=RUNS)
    count = rounds * len(actions)
    return {
        "engine_actions_per_s": Measured(
            count / ours, f"bare dataclasses.replace of the state {count / bare:,.0f}/s"
        )
    }
