"""Put in sequence: the entry ids in the order the pack lists them."""

from __future__ import annotations

from typing import Any

from rumours_game.engine.actions import Action, Answer
from rumours_game.engine.puzzles.outcome import WRONG, Outcome, counted
from rumours_game.engine.state import GameState
from rumours_game.pack.models import OrderPuzzle

TYPE = "order"


def check(puzzle: OrderPuzzle, state: GameState, value: Any) -> Outcome:
    ids = [e.id for e in puzzle.entries]
    if not (isinstance(value, list | tuple) and sorted(value) == sorted(ids)):
        return WRONG
    return counted(sum(a == b for a, b in zip(value, ids, strict=True)), len(ids))


def solution(puzzle: OrderPuzzle, default_lang: str) -> list[Action]:
    return [Answer(puzzle.id, tuple(e.id for e in puzzle.entries))]
