"""One module per puzzle type, behind a registry keyed by the pack's ``type``.

A puzzle type's module provides ``TYPE`` (its name), ``check(puzzle, state, value) -> Outcome`` (is this
answer right?) and ``solution(puzzle, default_lang) -> list[Action]`` (the actions that solve it, for
walkthroughs and the solver). Whether ``Answer`` or ``Use`` actions solve a type is declared once, next to
its model (``solved_by`` in :mod:`rumours_game.pack.puzzle_types`). CONTRIBUTING.md lists every file a new
type needs; ``tests/test_puzzle_types.py`` fails when this registry lacks one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from rumours_game.engine.actions import Action
from rumours_game.engine.puzzles import choice, cipher, code, combine, match, order, search, sequence, text
from rumours_game.engine.puzzles.outcome import Outcome
from rumours_game.engine.state import GameState
from rumours_game.pack.models import PuzzleBase


@dataclass(frozen=True)
class PuzzleType:
    """The engine's rule for one puzzle type."""

    check: Callable[[Any, GameState, Any], Outcome]
    solution: Callable[[Any, str], list[Action]]


REGISTRY: Mapping[str, PuzzleType] = MappingProxyType(
    {
        module.TYPE: PuzzleType(module.check, module.solution)
        for module in (code, choice, order, match, text, cipher, search, combine, sequence)
    }
)


def rule_for(puzzle: PuzzleBase) -> PuzzleType | None:
    """The engine's rule for this puzzle's type (None only when the engine lacks the type: a test fails)."""
    return REGISTRY.get(str(getattr(puzzle, "type", "")))
