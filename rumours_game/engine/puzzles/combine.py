"""Use an item on a hotspot, or combine two items. Solved through ``Use`` actions, not ``Answer``."""

from __future__ import annotations

from typing import Any

from rumours_game.engine.actions import Action, Use
from rumours_game.engine.puzzles.outcome import WRONG, Outcome
from rumours_game.engine.state import GameState
from rumours_game.pack.models import CombinePuzzle

TYPE = "combine"


def matches(puzzle: CombinePuzzle, item: str, on: str) -> bool:
    """True when using ``item`` on ``on`` (a hotspot or another item) is what this puzzle asks."""
    if puzzle.on is not None:
        return puzzle.use == [item] and puzzle.on == on
    return sorted(puzzle.use) == sorted([item, on])


def check(puzzle: CombinePuzzle, state: GameState, value: Any) -> Outcome:
    return WRONG


def solution(puzzle: CombinePuzzle, default_lang: str) -> list[Action]:
    return [Use(puzzle.use[0], puzzle.on if puzzle.on is not None else puzzle.use[1])]
