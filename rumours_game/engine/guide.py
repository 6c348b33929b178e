"""What now? The next useful step towards the escape, found from what the pack's way out needs.

Working backwards from the escape exits, everything the escape needs is collected (exits' requirements,
the puzzles that open them, what those puzzles require, who gives each needed item or flag). The step
offered is the first one players can take now, in this order: walk through an open escape exit, solve a
needed puzzle that is open here, use a held item where a needed puzzle or ``uses`` entry wants it, look at a
thing that gives a needed item, then go towards a room where a needed thing is.
"""

from __future__ import annotations

from dataclasses import dataclass

from rumours_game.engine.queries import exits_here, met, visible_objects
from rumours_game.engine.state import GameState
from rumours_game.engine.views import hint_offer
from rumours_game.engine.world import world
from rumours_game.pack.models import CombinePuzzle, Hint, Pack, Requires


@dataclass(frozen=True)
class Step:
    """One step: ``kind`` is "escape" (an exit id), "solve" (a puzzle id, ``at`` its hotspot), "use"
    (``item`` on ``at``), "look" (a hotspot id), "go" (a room id) or "none" (nothing left to point at)."""

    kind: str
    id: str = ""
    at: str = ""
    item: str = ""


def _needs(pack: Pack) -> tuple[set[str], set[str], set[str]]:
    """The puzzles, items and flags the way out needs, closed under what those need in turn."""
    puzzles: set[str] = set()
    items: set[str] = set()
    flags: set[str] = set()
    openers = {e: p.id for p in pack.puzzles for e in p.rewards.open_exits}
    puzzles |= {openers[eid] for eid in pack.exits() if eid in openers}
    item_givers = {i: p.id for p in pack.puzzles for i in p.rewards.items}
    flag_givers = {f: p.id for p in pack.puzzles for f in p.rewards.flags}

    def add(req: Requires) -> None:
        puzzles.update(req.puzzles)
        items.update(req.items)
        flags.update(req.flags)

    for exit_ in pack.exits().values():
        add(exit_.requires)
    size = -1
    while size != len(puzzles) + len(items) + len(flags):
        size = len(puzzles) + len(items) + len(flags)
        for pid in sorted(puzzles):
            puzzle = pack.lookup("puzzle", pid)
            if puzzle is not None:
                add(puzzle.requires)
                items.update(puzzle.use if isinstance(puzzle, CombinePuzzle) else ())
        puzzles.update(item_givers[i] for i in items if i in item_givers)
        puzzles.update(flag_givers[f] for f in flags if f in flag_givers)
    return puzzles, items, flags


def what_now(pack: Pack, state: GameState) -> Step:
    """The next useful step players can take now (a pure query: the room's "What now?" hint)."""
    puzzles, items, flags = pack.derived("engine.guide", _needs)
    for view in exits_here(pack, state):
        if view.exit.escape and view.open:
            return Step("escape", view.id)
    spots = [h for h in visible_objects(pack, state) if met(h.requires, state)]
    for spot in spots:
        puzzle = pack.lookup("puzzle", spot.puzzle) if spot.puzzle else None
        if (
            puzzle is not None
            and puzzle.id in puzzles
            and puzzle.id not in state.solved
            and puzzle.solved_by == "answer"
            and met(puzzle.requires, state)
        ):
            key = next((u.item for u in spot.uses if u.puzzle and u.item in state.inventory), "")
            return Step("use" if key else "solve", puzzle.id, spot.id, key)
    for puzzle in world(pack).combines:
        if puzzle.id in puzzles and puzzle.id not in state.solved and met(puzzle.requires, state):
            held = [i for i in puzzle.use if i in state.inventory]
            here = puzzle.on is None or any(s.id == puzzle.on for s in spots)
            if len(held) == len(puzzle.use) and here:
                return Step("use", puzzle.id, puzzle.on or puzzle.use[-1], puzzle.use[0])
    for spot in spots:
        for use in spot.uses:
            wanted = set(use.gives) & items or set(use.flags) & flags
            if wanted and use.item in state.inventory and f"{spot.id}:{use.item}" not in state.used:
                return Step("use", spot.puzzle or "", spot.id, use.item)
    for spot in spots:
        if spot.id not in state.taken and set(spot.gives) & (items - set(state.inventory)):
            return Step("look", spot.id)
    for view in exits_here(pack, state):
        if view.open and view.exit.to is not None and view.exit.to not in state.visited:
            return Step("go", view.exit.to)
    for view in exits_here(pack, state):
        if view.open and view.exit.to is not None:
            return Step("go", view.exit.to)
    return Step("none")


def guide_hint(pack: Pack, state: GameState, step: Step) -> Hint | None:
    """The puzzle hint "What now?" offers beside ``step`` (both front ends ask this one rule): the next
    hint of the step's puzzle while it has one to take, else None."""
    return hint_offer(pack, state, step.id) if step.kind in ("solve", "use") and step.id else None
