"""One interactive widget per puzzle type; the puzzle scene picks one with ``WIDGETS[puzzle.type]``."""

from __future__ import annotations

from rumours_game.ui.puzzles.base import PuzzleWidget
from rumours_game.ui.puzzles.code import CodeWidget
from rumours_game.ui.puzzles.text import TextWidget

WIDGETS: dict[str, type[PuzzleWidget]] = {
    "code": CodeWidget,
    "text": TextWidget,
}

__all__ = ["WIDGETS", "PuzzleWidget"]
