"""One interactive widget per puzzle type; the puzzle scene picks one with ``WIDGETS[puzzle.type]``."""

from __future__ import annotations

from rumours_game.ui.puzzles.base import PuzzleWidget
from rumours_game.ui.puzzles.choice import ChoiceWidget
from rumours_game.ui.puzzles.cipher import CipherWidget
from rumours_game.ui.puzzles.code import CodeWidget
from rumours_game.ui.puzzles.combine import CombineWidget
from rumours_game.ui.puzzles.match import MatchWidget
from rumours_game.ui.puzzles.order import OrderWidget
from rumours_game.ui.puzzles.search import SearchWidget
from rumours_game.ui.puzzles.sequence import SequenceWidget
from rumours_game.ui.puzzles.text import TextWidget

WIDGETS: dict[str, type[PuzzleWidget]] = {
    "code": CodeWidget,
    "choice": ChoiceWidget,
    "order": OrderWidget,
    "match": MatchWidget,
    "text": TextWidget,
    "cipher": CipherWidget,
    "search": SearchWidget,
    "combine": CombineWidget,
    "sequence": SequenceWidget,
}

__all__ = ["WIDGETS", "PuzzleWidget"]
