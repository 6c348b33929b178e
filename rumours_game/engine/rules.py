"""The rules: ``step(pack, state, action) -> (state, events)``. Deterministic; never reads a clock.

Bad actions never raise: they leave the state as it was and report a ``refused`` event with a reason.
"""

from __future__ import annotations

from typing import Any, assert_never

from rumours_game.engine.actions import Action, Answer, Escape, Go, Hint, Look, Tick, Use
from rumours_game.engine.events import Event, K, Why
from rumours_game.engine.puzzles import rule_for
from rumours_game.engine.puzzles.combine import matches
from rumours_game.engine.queries import (
    exit_open,
    item_use,
    met,
    next_hint,
    puzzle_here,
    time_limit,
    visible_objects,
)
from rumours_game.engine.state import GameState
from rumours_game.engine.world import world
from rumours_game.pack.models import Hotspot, ItemUse, Pack, Puzzle, PuzzleBase

Result = tuple[GameState, list[Event]]


def new_game(pack: Pack, seed: int = 0) -> GameState:
    """The state at the start of a game: in the start room, nothing held, the clock at zero."""
    start = pack.first_room
    return GameState(pack_id=pack.id, pack_version=pack.version, room=start, seed=seed, visited=(start,))


def step(pack: Pack, state: GameState, action: Action) -> Result:
    """Apply one action; returns the new state and what happened."""
    if not isinstance(action, _ACTIONS):  # actions come from scripts and saved journals too
        return state, [Event(K.REFUSED, "", Why.UNKNOWN)]
    if state.over and not isinstance(action, Tick):
        return state, [Event(K.REFUSED, "", Why.GAME_OVER)]
    match action:
        case Tick():
            return _tick(pack, state, action)
        case Go():
            return _go(pack, state, action)
        case Escape():
            return _escape(pack, state, action)
        case Look():
            return _look(pack, state, action)
        case Hint():
            return _hint(pack, state, action)
        case Answer():
            return _answer(pack, state, action)
        case Use():
            return _use(pack, state, action)
    assert_never(action)


def _refuse(state: GameState, thing: str, why: str) -> Result:
    return state, [Event(K.REFUSED, thing, why)]


def _check_time(pack: Pack, state: GameState, events: list[Event]) -> Result:
    limit = time_limit(pack)
    if limit is not None and state.phase == "playing" and state.time_used >= limit:
        return state.evolve(phase="out_of_time"), [*events, Event(K.TIME_UP)]
    return state, events


def _tick(pack: Pack, state: GameState, action: Tick) -> Result:
    if state.over or action.seconds <= 0:
        return state, []
    return _check_time(pack, state.evolve(elapsed=state.elapsed + action.seconds), [])


def _go(pack: Pack, state: GameState, action: Go) -> Result:
    for eid, exit_ in world(pack).exits_by_room[state.room]:
        if exit_.to == action.room:
            if not exit_open(pack, state, eid):
                return _refuse(state, eid, Why.LOCKED)
            visited = state.visited if action.room in state.visited else (*state.visited, action.room)
            return state.evolve(room=action.room, visited=visited), [Event(K.ROOM_ENTERED, action.room)]
    return _refuse(state, action.room, Why.NOT_HERE)


def _escape(pack: Pack, state: GameState, action: Escape) -> Result:
    exit_ = pack.exits().get(action.exit)
    if exit_ is None or not exit_.escape or pack.exit_room(action.exit) != state.room:
        return _refuse(state, action.exit, Why.NOT_HERE)
    if not exit_open(pack, state, action.exit):
        return _refuse(state, action.exit, Why.LOCKED)
    return state.evolve(phase="escaped"), [Event(K.ESCAPED, action.exit)]


def _look(pack: Pack, state: GameState, action: Look) -> Result:
    spot = next((h for h in visible_objects(pack, state) if h.id == action.hotspot), None)
    if spot is None:
        return _refuse(state, action.hotspot, Why.NOT_HERE)
    if not met(spot.requires, state):
        return _refuse(state, action.hotspot, Why.LOCKED)
    events = [Event(K.LOOKED, spot.id, spot.description)]
    if spot.gives and spot.id not in state.taken:
        new = [i for i in spot.gives if i not in state.inventory]
        state = state.evolve(inventory=(*state.inventory, *new), taken=state.taken | {spot.id})
        events += [Event(K.ITEM_GAINED, i) for i in new]
    return state, events


def _hint(pack: Pack, state: GameState, action: Hint) -> Result:
    if pack.lookup("puzzle", action.puzzle) is None:
        return _refuse(state, action.puzzle, Why.UNKNOWN)
    if action.puzzle in state.solved:
        return _refuse(state, action.puzzle, Why.ALREADY_SOLVED)
    hint = next_hint(pack, state, action.puzzle)
    if hint is None:
        return _refuse(state, action.puzzle, Why.NO_MORE_HINTS)
    taken = state.hints_taken(action.puzzle)
    hints = tuple(sorted({**dict(state.hints), action.puzzle: taken + 1}.items()))
    state = state.evolve(hints=hints, penalty=state.penalty + hint.penalty)
    return _check_time(
        pack, state, [Event(K.HINT_SHOWN, action.puzzle, {"index": taken, "penalty": hint.penalty})]
    )


def _answer(pack: Pack, state: GameState, action: Answer) -> Result:
    puzzle = pack.lookup("puzzle", action.puzzle)
    if puzzle is None:
        return _refuse(state, action.puzzle, Why.UNKNOWN)
    refusal = _puzzle_refusal(pack, state, puzzle)
    if refusal:
        return _refuse(state, action.puzzle, refusal)
    rule = rule_for(puzzle)
    if puzzle.solved_by != "answer" or rule is None:
        return _refuse(state, action.puzzle, Why.NO_EFFECT)
    outcome = rule.check(puzzle, state, action.value)
    if outcome.verdict == "wrong":
        return state.evolve(wrong=state.wrong + 1), [Event(K.WRONG_ANSWER, puzzle.id, outcome.detail)]
    events: list[Event] = []
    if outcome.target is not None:
        state = state.evolve(found=(*state.found, (puzzle.id, outcome.target)))
        events.append(Event(K.TARGET_FOUND, puzzle.id, outcome.target))
    if outcome.verdict == "progress":
        return state, events
    return _solve(pack, state, puzzle, events)


def _puzzle_refusal(pack: Pack, state: GameState, puzzle: Puzzle) -> str | None:
    if puzzle.id in state.solved:
        return Why.ALREADY_SOLVED
    if puzzle.solved_by == "answer" and not puzzle_here(pack, state, puzzle.id):
        return Why.NOT_HERE
    if not met(puzzle.requires, state):
        return Why.LOCKED
    return None


def _use(pack: Pack, state: GameState, action: Use) -> Result:
    if action.item not in state.inventory:
        return _refuse(state, action.item, Why.NOT_HELD)
    on_item = action.on in state.inventory and action.on != action.item
    spot = next((h for h in visible_objects(pack, state) if h.id == action.on), None)
    if not (on_item or spot):
        return _refuse(state, action.on, Why.NOT_HERE)
    for puzzle in world(pack).combines:
        if puzzle.id not in state.solved and matches(puzzle, action.item, action.on):
            if not met(puzzle.requires, state):
                return _refuse(state, puzzle.id, Why.LOCKED)
            lost = list(puzzle.use) if puzzle.consume else []
            inventory = tuple(i for i in state.inventory if i not in lost)
            events = [Event(K.ITEM_LOST, i) for i in lost]
            return _solve(pack, state.evolve(inventory=inventory), puzzle, events)
    if spot is not None and not met(spot.requires, state):
        return _refuse(state, spot.id, Why.LOCKED)
    use = item_use(pack, spot, action.item) if spot is not None else None
    if spot is None or use is None:
        answer = spot.wrong_item if spot is not None else None
        return state, [Event(K.NOT_USEFUL, action.on, {"item": action.item, "text": answer})]
    return _use_on(pack, state, spot, use)


def _use_on(pack: Pack, state: GameState, spot: Hotspot, use: ItemUse) -> Result:
    """An item used on an object as the pack says: its text, then what it opens, solves, gives or sets."""
    puzzle = pack.lookup("puzzle", spot.puzzle) if use.puzzle and spot.puzzle else None
    if puzzle is not None:
        refusal = _puzzle_refusal(pack, state, puzzle)
        if refusal:
            return _refuse(state, puzzle.id, refusal)
    events = [Event(K.ITEM_USED, spot.id, {"item": use.item, "text": use.text})]
    key = f"{spot.id}:{use.item}"
    if key not in state.used and (use.gives or use.flags):
        gained = [i for i in use.gives if i not in state.inventory]
        new_flags = [f for f in use.flags if f not in state.flags]
        events += [Event(K.ITEM_GAINED, i) for i in gained]
        events += [Event(K.FLAG_SET, f) for f in new_flags]
        state = state.evolve(
            inventory=(*state.inventory, *gained), flags=state.flags | set(new_flags), used=state.used | {key}
        )
    if puzzle is None:
        return state, events
    if use.puzzle == "solve":
        return _solve(pack, state, puzzle, events)
    return state, [*events, Event(K.PUZZLE_OPENED, puzzle.id)]


def _solve(pack: Pack, state: GameState, puzzle: PuzzleBase, events: list[Event]) -> Result:
    """Mark a puzzle solved and hand out its rewards; what happened is appended to ``events`` (the caller's).

    Only what a reward changes is copied: most puzzles give one or two things, and this runs for every solve.
    """
    rewards = puzzle.rewards
    events.append(Event(K.PUZZLE_SOLVED, puzzle.id, puzzle.success))
    changes: dict[str, Any] = {"solved": state.solved | {puzzle.id}}
    if rewards.remove_items or rewards.items:
        lost = [i for i in rewards.remove_items if i in state.inventory]
        inventory = [i for i in state.inventory if i not in lost]
        gained = [i for i in rewards.items if i not in inventory]
        events += [Event(K.ITEM_LOST, i) for i in lost]
        events += [Event(K.ITEM_GAINED, i) for i in gained]
        changes["inventory"] = (*inventory, *gained)
    new_flags = [f for f in rewards.flags if f not in state.flags]
    if new_flags:
        events += [Event(K.FLAG_SET, f) for f in new_flags]
        changes["flags"] = state.flags | set(new_flags)
    opened = [e for e in rewards.open_exits if e not in state.opened]
    if opened:
        events += [Event(K.EXIT_OPENED, e) for e in opened]
        changes["opened"] = state.opened | set(opened)
    rumours = [r for r in (puzzle.rumour, *rewards.rumours) if r and r not in state.busted]
    if rumours:
        rumours = list(dict.fromkeys(rumours))
        events += [Event(K.RUMOUR_BUSTED, r) for r in rumours]
        changes["busted"] = (*state.busted, *rumours)
    return state.evolve(**changes), events


_ACTIONS = (Tick, Go, Escape, Look, Hint, Answer, Use)
"""Every kind of action ``step`` knows."""
