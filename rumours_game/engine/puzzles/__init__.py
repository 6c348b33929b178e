"""One module per puzzle type, behind a registry keyed by the pack's ``type``.

A puzzle type provides ``check(puzzle, state, value) -> Outcome`` (is this answer right?) and
``solution(puzzle, default_lang) -> list[Action]`` (the actions that solve it, for walkthroughs and the solver).
Adding a type = one model in pack/models.py, one module here, one UI widget, one text renderer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from rumours_game.engine.actions import Action
from rumours_game.engine.puzzles import choice, cipher, code, combine, match, order, search, text
from rumours_game.engine.puzzles.outcome import Outcome
from rumours_game.engine.state import GameState


@dataclass(frozen=True)
class PuzzleType:
    check: Callable[[Any, GameState, Any], Outcome]
    solution: Callable[[Any, str], list[Action]]


REGISTRY: dict[str, PuzzleType] = {
    module.TYPE: PuzzleType(module.check, module.solution)
    for module in (code, choice, order, match, text, cipher, search, combine)
}
