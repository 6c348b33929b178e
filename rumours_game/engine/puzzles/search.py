"""Find on a picture: each tap ([x, y] in fractions of the image) may find one target not found yet."""

from __future__ import annotations

from typing import Any

from rumours_game.engine.actions import Action, Answer
from rumours_game.engine.puzzles.outcome import WRONG, Outcome
from rumours_game.engine.state import GameState
from rumours_game.pack.models import SearchPuzzle

TYPE = "search"


def _point(value: Any) -> tuple[float, float] | None:
    if isinstance(value, list | tuple) and len(value) == 2:
        x, y = value
        if all(isinstance(v, int | float) and not isinstance(v, bool) for v in (x, y)):
            return float(x), float(y)
    return None


def check(puzzle: SearchPuzzle, state: GameState, value: Any) -> Outcome:
    point = _point(value)
    if point is None:
        return WRONG
    found = state.found_targets(puzzle.id)
    for target in puzzle.targets:
        if target.id not in found and target.rect.contains(*point):
            remaining = {t.id for t in puzzle.targets} - found - {target.id}
            return Outcome("progress" if remaining else "right", target.id)
    return WRONG


def solution(puzzle: SearchPuzzle, default_lang: str) -> list[Action]:
    return [Answer(puzzle.id, t.rect.centre) for t in puzzle.targets]
