"""Multiple choice: one option id, or the exact set of right option ids."""

from __future__ import annotations

from typing import Any

from rumours_game.engine.actions import Action, Answer
from rumours_game.engine.puzzles.outcome import Outcome, verdict
from rumours_game.engine.state import GameState
from rumours_game.pack.models import ChoicePuzzle

TYPE = "choice"


def check(puzzle: ChoicePuzzle, state: GameState, value: Any) -> Outcome:
    chosen = {value} if isinstance(value, str) else set(value) if isinstance(value, list | tuple) else set()
    return verdict(chosen == set(puzzle.answer_ids()))


def solution(puzzle: ChoicePuzzle, default_lang: str) -> list[Action]:
    return [Answer(puzzle.id, puzzle.answer if isinstance(puzzle.answer, str) else tuple(puzzle.answer))]
