"""Refusals in words: what the game expected when it refused an action (for walkthrough failures)."""

from __future__ import annotations

from rumours_game.engine.actions import Action, Answer, Escape, Go, Hint, Look, Use
from rumours_game.engine.events import Why
from rumours_game.engine.queries import describe_value, met, visible_objects
from rumours_game.engine.state import GameState
from rumours_game.engine.world import world
from rumours_game.pack.models import Pack, Requires


def missing(pack: Pack, req: Requires, state: GameState) -> list[str]:
    """What a ``requires`` block still lacks in ``state``, in words."""
    out = [f"puzzle '{p}' solved" for p in req.puzzles if p not in state.solved]
    out += [f"item '{i}' held" for i in req.items if i not in state.inventory]
    for flag in req.flags:
        if flag not in state.flags:
            setters = [p.id for p in pack.puzzles if flag in p.rewards.flags]
            by = f" (solving {' or '.join(repr(s) for s in setters)} sets it)" if setters else ""
            out.append(f"flag '{flag}'{by}")
    return out


def _exit_lacks(pack: Pack, state: GameState, eid: str) -> list[str]:
    lacks = missing(pack, pack.exits()[eid].requires, state)
    if eid in world(pack).lockable and eid not in state.opened:
        openers = [p.id for p in pack.puzzles if eid in p.rewards.open_exits]
        lacks.insert(0, f"puzzle {' or '.join(repr(o) for o in openers)} solved (it opens this exit)")
    return lacks


def _and(things: list[str]) -> str:
    return " and ".join(things) if things else "something that never holds"


def in_words(action: Action) -> str:
    """An action as an author would say it: "go to 'lab'", "answer '0000' to 'lock'"."""
    match action:
        case Go(room=room):
            return f"go to '{room}'"
        case Look(hotspot=spot):
            return f"look at '{spot}'"
        case Answer(puzzle=pid, value=value):
            shown = value if isinstance(value, str) else describe_value(value)
            return f"answer '{shown}' to '{pid}'"
        case Use(item=item, on=on):
            return f"use '{item}' on '{on}'"
        case Hint(puzzle=pid):
            return f"take a hint for '{pid}'"
        case Escape(exit=eid):
            return f"escape through '{eid}'"
    return describe_value(vars(action))


def explain(pack: Pack, state: GameState, action: Action, why: str, about: str) -> str:
    """What the game expected, in words, when ``action`` was refused in ``state`` for reason ``why``."""
    here = f"the players are in '{state.room}'"
    if why == Why.GAME_OVER:
        return f"the game is already over ({state.phase.replace('_', ' ')})"
    match action:
        case Go(room=room):
            if why == Why.LOCKED:
                return f"the way from '{state.room}' to '{room}' is still locked: it needs {_and(_exit_lacks(pack, state, about))}"
            targets = [e.to for _eid, e in world(pack).exits_by_room[state.room] if e.to]
            return f"{here}, and no exit there leads to '{room}' (exits lead to: {', '.join(targets) or 'nowhere'})"
        case Escape(exit=eid):
            if why == Why.LOCKED:
                return (
                    f"the escape exit '{eid}' is still locked: it needs {_and(_exit_lacks(pack, state, eid))}"
                )
            return f"{here}, and '{eid}' is not an escape exit of this room"
        case Look(hotspot=spot) | Use(on=spot) if why == Why.NOT_HERE:
            return _not_here(pack, state, spot)
        case Look(hotspot=spot):
            return f"'{spot}' can only be looked at with {_and(missing(pack, pack.hotspot(spot).requires, state))}"
        case Use(item=item) if why == Why.NOT_HELD:
            users = [
                p.id for p in pack.puzzles if item in (getattr(p, "use", None) or []) and p.id in state.solved
            ]
            gone = f" (it was used up by '{users[0]}')" if users else ""
            return f"the players do not hold '{item}'{gone}"
        case Use(item=item, on=on) if why == Why.NO_EFFECT:
            return f"using '{item}' on '{on}' does nothing: no combine puzzle uses them together (or it is solved)"
        case Use() if why == Why.LOCKED:
            return f"puzzle '{about}' needs {_and(missing(pack, pack.puzzle(about).requires, state))} first"
        case Answer(puzzle=pid) | Hint(puzzle=pid):
            return _puzzle(pack, state, pid, why)
    return f"the game refused it ({why})"


def _not_here(pack: Pack, state: GameState, spot: str) -> str:
    if pack.lookup("hotspot", spot) is None:
        return f"there is no object '{spot}' in the pack"
    room = pack.hotspot_room(spot)
    if room != state.room:
        return f"'{spot}' is in room '{room}', but the players are in '{state.room}'"
    hotspot = pack.hotspot(spot)
    return f"'{spot}' is still hidden: it appears once {_and(missing(pack, hotspot.requires, state))}"


def _puzzle(pack: Pack, state: GameState, pid: str, why: str) -> str:
    puzzle = pack.lookup("puzzle", pid)
    if puzzle is None:
        return f"there is no puzzle '{pid}'"
    if why == Why.ALREADY_SOLVED:
        return f"puzzle '{pid}' is already solved"
    if why == Why.NO_MORE_HINTS:
        return f"puzzle '{pid}' has no more hints"
    if why == Why.NO_EFFECT:
        return f"puzzle '{pid}' is solved by using items ('use: ... on: ...'), not by an answer"
    if why == Why.LOCKED:
        return f"puzzle '{pid}' needs {_and(missing(pack, puzzle.requires, state))} first"
    hosts = [(r, h) for r, h in world(pack).hosts.get(pid, ())]
    if not hosts:
        return f"no object opens puzzle '{pid}'"
    if all(r != state.room for r, _h in hosts):
        rooms = ", ".join(sorted({r for r, _h in hosts}))
        return f"puzzle '{pid}' is opened by an object in '{rooms}', but the players are in '{state.room}'"
    visible = {h.id for h in visible_objects(pack, state)}
    hidden = [h for r, h in hosts if r == state.room and h.id not in visible]
    if hidden:
        return f"the object '{hidden[0].id}' that opens '{pid}' is still hidden: it appears once " + _and(
            missing(pack, hidden[0].requires, state)
        )
    return f"puzzle '{pid}' cannot be tried here ({'ok' if met(puzzle.requires, state) else 'locked'})"
