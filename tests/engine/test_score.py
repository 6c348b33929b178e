"""The ending's stars: the rule lives in the engine."""

from __future__ import annotations

from pathlib import Path

from rumours_game.engine import Session
from rumours_game.engine.score import score
from rumours_game.pack import load_pack

TUTORIAL = Path(__file__).resolve().parents[2] / "scenarios" / "tutorial"


def test_stars_count_time_hints_and_wrong_answers() -> None:
    pack = load_pack(TUTORIAL)
    start = Session(pack).state
    fast = start.evolve(phase="escaped", elapsed=120.0)
    assert score(pack, fast).stars == 3
    assert score(pack, fast).time_left == 480.0 and score(pack, fast).time_used == 120.0
    assert score(pack, fast.evolve(elapsed=400.0)).stars == 2
    assert score(pack, fast.evolve(elapsed=400.0, hints=(("a", 3),))).stars == 1
    assert score(pack, fast.evolve(elapsed=400.0, hints=(("a", 3),), wrong=9)).stars == 1
    assert score(pack, fast.evolve(phase="out_of_time", elapsed=600.0)).stars == 0
