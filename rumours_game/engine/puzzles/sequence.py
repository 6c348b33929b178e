"""A button lock: the button ids pressed, in order, must be the answer exactly."""

from __future__ import annotations

from typing import Any

from rumours_game.engine.actions import Action, Answer
from rumours_game.engine.puzzles.outcome import Outcome, verdict
from rumours_game.engine.state import GameState
from rumours_game.pack.puzzle_types import SequencePuzzle

TYPE = "sequence"


def check(puzzle: SequencePuzzle, state: GameState, value: Any) -> Outcome:
    return verdict(isinstance(value, list | tuple) and list(value) == puzzle.answer)


def solution(puzzle: SequencePuzzle, default_lang: str) -> list[Action]:
    return [Answer(puzzle.id, tuple(puzzle.answer))]
