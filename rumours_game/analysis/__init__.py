"""Author tools built on the engine: the solvability proof, findings, walkthrough replay and the chart.

A game needs none of this to run (as ink keeps its compiler apart from its runtime): `engine` is the
runtime, `analysis` reads packs and replays them through the engine's own rules.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rumours_game.analysis.walkthrough import WalkthroughRun, run_walkthrough, walkthrough_actions

__all__ = ["WalkthroughRun", "run_walkthrough", "walkthrough_actions"]


def __getattr__(name: str) -> Any:
    """The walkthrough replay, imported when first asked for (it loads the engine and the pack models), so
    importing a light module of this package (``limits``) loads nothing else."""
    if name in __all__:
        return getattr(import_module("rumours_game.analysis.walkthrough"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
