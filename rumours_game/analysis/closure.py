"""Doing every safe move at once: the closure of a state.

A move is *safe* when it can never make another move impossible: it takes nothing away that is still needed
(looking, solving a puzzle that uses nothing up, using up an item nothing else needs). Safe moves only add,
so doing them early never hurts; the closure does them all, in a work-list driven by the facts each move
reads, so a pack's closure costs about one engine step per move instead of a scan of the pack per move.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from rumours_game.analysis.moves import Fact, Move, Rules
from rumours_game.engine.state import GameState

Relax = Callable[[Move], bool]
"""True for a move that uses up a needed item but is done anyway as if it used nothing up (see decompose.py)."""


@dataclass
class Closure:
    """A closed state and how it was reached from the state the closure started at."""

    state: GameState
    entry: GameState
    """The state the closure started from."""
    done: list[tuple[Move, tuple[str, ...]]] = field(default_factory=list)
    """The safe moves done, in order, each with the items it was allowed to keep (relaxed moves)."""
    since: dict[Fact, int] = field(default_factory=dict)
    """For each fact that became true: how many moves of ``done`` it took."""
    region: list[str] = field(default_factory=list)
    """The rooms players can walk between at the end (sorted)."""

    @property
    def moves(self) -> list[Move]:
        return [m for m, _kept in self.done]


def close(rules: Rules, state: GameState, relax: Relax, todo: Iterable[Move] | None = None) -> Closure:
    """Do every safe move possible from ``state`` (``todo``: the only moves that may have become possible)."""
    region = set(rules.region(state))
    since: dict[Fact, int] = {("room", r): 0 for r in region}
    if todo is None:
        todo = [m for room in ["", *sorted(region)] for m in rules.by_room.get(room, ())]
    work = deque(todo)
    queued = set(work)
    out = Closure(state, state)
    while work:
        move = work.popleft()
        queued.discard(move)
        if move.room and move.room not in region:
            continue  # queued again when its room joins the region
        after = rules.apply(state, move)
        if after is None:
            continue
        kept: tuple[str, ...] = ()
        lost = rules.contested(state, after, move)
        if lost:
            if not relax(move):
                continue  # a risky choice: the search branches on it
            kept = tuple(lost)
            after = after.evolve(inventory=tuple(sorted({*after.inventory, *kept})))
        state = after
        out.done.append((move, kept))
        changed = rules.changes(move)
        for fact in changed:
            since.setdefault(fact, len(out.done))
            for waiting in rules.watchers.get(fact, ()):
                if waiting not in queued:
                    queued.add(waiting)
                    work.append(waiting)
        if changed & rules.exit_facts:
            grown = set(rules.region(state)) - region
            for room in sorted(grown):
                region.add(room)
                since.setdefault(("room", room), len(out.done))
                for waiting in rules.by_room.get(room, ()):
                    if waiting not in queued:
                        queued.add(waiting)
                        work.append(waiting)
    out.region = sorted(region)
    out.state = state.evolve(room=out.region[0])
    out.since = since
    return out


def chain(first: Closure, then: Closure) -> Closure:
    """One closure made of ``first`` followed by ``then`` (which started where ``first`` ended)."""
    since = dict(first.since)
    for fact, index in then.since.items():
        since.setdefault(fact, len(first.done) + index)
    return Closure(then.state, first.entry, [*first.done, *then.done], since, then.region)


def earliest(rules: Rules, closure: Closure, move: Move) -> int:
    """How many of the closure's moves must be done before ``move`` can be (its facts and room are there)."""
    facts = rules.needs(move) | ({("room", move.room)} if move.room else set())
    return max((closure.since.get(f, 0) for f in facts), default=0)


def replay(rules: Rules, state: GameState, done: list[tuple[Move, tuple[str, ...]]]) -> GameState | None:
    """The state after doing ``done`` from ``state`` (relaxed moves keep their items), or None if refused."""
    room = state.room
    for move, kept in done:
        after = rules.apply(state, move)
        if after is None:
            return None
        if kept:
            after = after.evolve(inventory=tuple(sorted({*after.inventory, *kept})))
        state = after
    return state.evolve(room=room) if state.room != room else state
