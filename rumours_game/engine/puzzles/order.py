"""Put in sequence: the entry ids in the order the pack lists them."""

from __future__ import annotations

from typing import Any

from rumours_game.engine.actions import Action, Answer
from rumours_game.engine.puzzles.outcome import Outcome, verdict
from rumours_game.engine.state import GameState
from rumours_game.pack.models import OrderPuzzle

TYPE = "order"


def check(puzzle: OrderPuzzle, state: GameState, value: Any) -> Outcome:
    ok = isinstance(value, list | tuple) and list(value) == [e.id for e in puzzle.entries]
    return verdict(ok)


def solution(puzzle: OrderPuzzle, default_lang: str) -> list[Action]:
    return [Answer(puzzle.id, tuple(e.id for e in puzzle.entries))]
