"""Typed answers: any accepted answer in any of the pack's languages, after normalisation."""

from __future__ import annotations

from typing import Any

from rumours_game.engine.actions import Action, Answer
from rumours_game.engine.normalise import normalise, normalised_set
from rumours_game.engine.puzzles.outcome import Outcome, near
from rumours_game.engine.state import GameState
from rumours_game.pack.models import TextPuzzle

TYPE = "text"


def accepted(puzzle: TextPuzzle) -> frozenset[str]:
    """Every accepted answer, normalised, across languages."""
    groups = puzzle.answers.values() if isinstance(puzzle.answers, dict) else [puzzle.answers]
    return normalised_set(a for group in groups for a in group)


def check(puzzle: TextPuzzle, state: GameState, value: Any) -> Outcome:
    answers = accepted(puzzle)
    return near(isinstance(value, str) and normalise(value) in answers, value, answers)


def solution(puzzle: TextPuzzle, default_lang: str) -> list[Action]:
    answers = puzzle.answers
    first = (
        answers[0]
        if isinstance(answers, list)
        else (answers.get(default_lang) or next(iter(answers.values())))[0]
    )
    return [Answer(puzzle.id, first)]
