"""Pair up: a mapping from each left side's pair id to the pair id of the right side chosen for it."""

from __future__ import annotations

from typing import Any

from rumours_game.engine.actions import Action, Answer
from rumours_game.engine.puzzles.outcome import WRONG, Outcome, counted
from rumours_game.engine.state import GameState
from rumours_game.pack.models import MatchPuzzle

TYPE = "match"


def check(puzzle: MatchPuzzle, state: GameState, value: Any) -> Outcome:
    ids = [p.id for p in puzzle.pairs]
    if not (isinstance(value, dict) and sorted(value) == sorted(ids)):
        return WRONG
    return counted(sum(value[k] == k for k in ids), len(ids))


def solution(puzzle: MatchPuzzle, default_lang: str) -> list[Action]:
    return [Answer(puzzle.id, {p.id: p.id for p in puzzle.pairs})]
