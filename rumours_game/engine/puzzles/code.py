"""Digit or letter locks: the code must match exactly (letters ignore case)."""

from __future__ import annotations

from typing import Any

from rumours_game.engine.actions import Action, Answer
from rumours_game.engine.puzzles.outcome import Outcome, verdict
from rumours_game.engine.state import GameState
from rumours_game.pack.models import CodePuzzle

TYPE = "code"


def check(puzzle: CodePuzzle, state: GameState, value: Any) -> Outcome:
    return verdict(str(value).strip().upper() == puzzle.answer.upper())


def solution(puzzle: CodePuzzle, default_lang: str) -> list[Action]:
    return [Answer(puzzle.id, puzzle.answer)]
