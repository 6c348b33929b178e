"""Questions front ends ask about a state. Pure functions: the rules live here and in rules.py only."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from rumours_game.engine.actions import Action
from rumours_game.engine.ciphers import encode
from rumours_game.engine.puzzles import rule_for
from rumours_game.engine.state import GameState
from rumours_game.engine.world import holds, world
from rumours_game.pack.i18n import tr
from rumours_game.pack.models import CipherPuzzle, Exit, Hint, Hotspot, ItemUse, Pack, Requires


@dataclass(frozen=True)
class ExitView:
    id: str
    exit: Exit
    open: bool


def met(req: Requires, state: GameState) -> bool:
    """True when a ``requires`` block holds in this state."""
    return holds(req, state.solved, state.inventory, state.flags)


def visible_objects(pack: Pack, state: GameState) -> list[Hotspot]:
    """The objects players can see in the current room (hidden ones appear once their requirements hold)."""
    return [h for h in pack.room(state.room).objects if not h.hidden or met(h.requires, state)]


def item_use(pack: Pack, spot: Hotspot, item: str) -> ItemUse | None:
    """What using ``item`` on ``spot`` does: the pack's ``uses`` entry, else (by default) opening the
    object's puzzle when that puzzle needs the item (in ``requires`` or as its cipher key); None: no help."""
    explicit = next((u for u in spot.uses if u.item == item), None)
    if explicit is not None or spot.puzzle is None:
        return explicit
    puzzle = pack.lookup("puzzle", spot.puzzle)
    needs = puzzle is not None and (
        item in puzzle.requires.items or getattr(puzzle, "key_item", None) == item
    )
    return ItemUse(item=item, puzzle="open") if needs else None


def overlays_shown(pack: Pack, state: GameState, spot: Hotspot) -> list[str]:
    """The pictures drawn over an object now: each overlay whose ``when`` holds (by default: once the
    object's puzzle, or a combine puzzle used on it, is solved)."""
    done = (spot.puzzle is not None and spot.puzzle in state.solved) or any(
        p.on == spot.id and p.id in state.solved for p in world(pack).combines
    )
    return [o.image for o in spot.overlays if (met(o.when, state) if o.when is not None else done)]


def exit_open(pack: Pack, state: GameState, exit_id: str) -> bool:
    """True when the exit's requirements hold and, if a puzzle opens it, that puzzle did."""
    exit_ = pack.exits()[exit_id]
    unlocked = exit_id not in world(pack).lockable or exit_id in state.opened
    return unlocked and met(exit_.requires, state)


def exits_here(pack: Pack, state: GameState) -> list[ExitView]:
    """The current room's exits and whether each is open."""
    return [ExitView(eid, e, exit_open(pack, state, eid)) for eid, e in world(pack).exits_by_room[state.room]]


def puzzle_here(pack: Pack, state: GameState, puzzle_id: str) -> bool:
    """True when a visible object in the current room opens this puzzle."""
    return any(
        room == state.room and (not h.hidden or met(h.requires, state))
        for room, h in world(pack).hosts.get(puzzle_id, ())
    )


def puzzle_open(pack: Pack, state: GameState, puzzle_id: str) -> bool:
    """True when the puzzle is not solved yet and its requirements hold."""
    return puzzle_id not in state.solved and met(pack.puzzle(puzzle_id).requires, state)


def time_limit(pack: Pack) -> float | None:
    """The timer in seconds, or None."""
    return pack.timer.minutes * 60 if pack.timer else None


def time_left(pack: Pack, state: GameState) -> float | None:
    """Seconds left on the timer (hint penalties count), or None when the pack has no timer."""
    limit = time_limit(pack)
    return None if limit is None else max(0.0, limit - state.time_used)


def next_hint(pack: Pack, state: GameState, puzzle_id: str) -> Hint | None:
    """The hint a player would get next for this puzzle, or None when all were taken."""
    hints = pack.puzzle(puzzle_id).hints
    taken = state.hints_taken(puzzle_id)
    return hints[taken] if taken < len(hints) else None


def display_order(state: GameState, puzzle_id: str, ids: list[str]) -> list[str]:
    """A shuffled order for order/match puzzles: the same for the same seed, never already solved."""
    shuffled = list(ids)
    random.Random(f"{state.seed}:{puzzle_id}").shuffle(shuffled)
    if len(shuffled) > 1 and shuffled == list(ids):
        shuffled = shuffled[1:] + shuffled[:1]
    return shuffled


def cipher_text(pack: Pack, puzzle: CipherPuzzle, lang: str) -> str:
    """The encoded message players see, made from the answer in their language."""
    return encode(tr(puzzle.answer, lang, pack.default_language), puzzle.cipher)


def solution(pack: Pack, puzzle_id: str) -> list[Action]:
    """The actions that solve a puzzle (several taps for a search puzzle)."""
    puzzle = pack.puzzle(puzzle_id)
    rule = rule_for(puzzle)
    return rule.solution(puzzle, pack.default_language) if rule is not None else []


def describe_value(value: Any) -> str:
    """A short, stable text form of an answer value for transcripts."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {v}" for k, v in sorted(value.items())) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(describe_value(v) for v in value) + "]"
    if isinstance(value, float):
        return f"{value:.4g}"
    return str(value)
