"""Author tools built on the engine: the solvability proof, findings, walkthrough replay and the chart.

A game needs none of this to run (as ink keeps its compiler apart from its runtime): `engine` is the
runtime, `analysis` reads packs and replays them through the engine's own rules.
"""

from rumours_game.analysis.walkthrough import WalkthroughRun, run_walkthrough, walkthrough_actions

__all__ = ["WalkthroughRun", "run_walkthrough", "walkthrough_actions"]
