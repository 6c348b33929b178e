"""Decode a message: the plain answer in any of the pack's languages, after normalisation."""

from __future__ import annotations

from typing import Any

from rumours_game.engine.actions import Action, Answer
from rumours_game.engine.normalise import normalise, normalised_set
from rumours_game.engine.puzzles.outcome import Outcome, near
from rumours_game.engine.state import GameState
from rumours_game.pack.i18n import tr
from rumours_game.pack.models import CipherPuzzle

TYPE = "cipher"


def check(puzzle: CipherPuzzle, state: GameState, value: Any) -> Outcome:
    texts = puzzle.answer.values() if isinstance(puzzle.answer, dict) else [puzzle.answer]
    accepted = normalised_set(texts)
    return near(isinstance(value, str) and normalise(value) in accepted, value, accepted)


def solution(puzzle: CipherPuzzle, default_lang: str) -> list[Action]:
    return [Answer(puzzle.id, tr(puzzle.answer, default_lang, default_lang))]
