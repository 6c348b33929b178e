"""What of an action may be kept in a journal: never the text players type.

A typed answer (text, a code, a decoded cipher) could be anything a player writes, a name included. The
journal keeps a right one as the pack's own answer (pack content, so replaying the journal solves the puzzle
again) and a wrong one only as ``{"wrong": true}`` (which every puzzle type judges wrong on replay).
"""

from __future__ import annotations

from typing import Any

from rumours_game.engine.actions import Answer
from rumours_game.engine.puzzles import REGISTRY
from rumours_game.engine.rules import new_game
from rumours_game.pack.models import Pack

WRONG_TYPED = {"wrong": True}


def journal_form(pack: Pack | None, action: dict[str, Any]) -> dict[str, Any]:
    """``action`` (from ``action_to_dict``) with any typed answer replaced as described above; without the
    pack every typed answer is stored as wrong."""
    value = action.get("value")
    if action.get("type") != "answer" or isinstance(value, bool) or not isinstance(value, str | int | float):
        return action
    puzzle_id = action.get("puzzle")
    puzzle = pack.lookup("puzzle", puzzle_id) if pack is not None and isinstance(puzzle_id, str) else None
    kind = REGISTRY.get(getattr(puzzle, "type", ""))
    if pack is None or puzzle is None or kind is None:
        return {**action, "value": WRONG_TYPED}
    try:
        right = kind.check(puzzle, new_game(pack), value).verdict == "right"
    except (TypeError, ValueError):  # e.g. a number too long to turn into text
        right = False
    if not right:
        return {**action, "value": WRONG_TYPED}
    own = [a.value for a in kind.solution(puzzle, pack.default_language) if isinstance(a, Answer)]
    return {**action, "value": own[0] if own else WRONG_TYPED}
