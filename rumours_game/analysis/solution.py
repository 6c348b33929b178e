"""The solution `check` prints: a proved shortest one when the search is small enough, else a short one.

The shortest search is cheapest-first over concrete positions (room included, nothing done eagerly), using
only moves that can matter: dropping a move that provides nothing any requirement needs never breaks a
solution, so leaving such moves out keeps the optimum. Every solution is replayed on the engine before it is
shown.
"""

from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Iterator

from rumours_game.analysis.moves import Fact, Move, Rules
from rumours_game.engine.actions import Action, Go
from rumours_game.engine.events import K
from rumours_game.engine.queries import exit_open
from rumours_game.engine.rules import new_game, step
from rumours_game.engine.state import GameState
from rumours_game.pack.models import Pack

SHORTEST_MAX_NODES = 3_000
"""The shortest-solution search gives up (and a short solution is shown instead) after this many states."""
SCHEDULE_MAX_MOVES = 300
"""Reordering a short solution to walk less tries every remaining move at each step; beyond this many
moves the solution keeps the proof's order."""


def shortest_solution(
    pack: Pack, rules: Rules | None = None, max_nodes: int = SHORTEST_MAX_NODES
) -> list[Action] | None:
    """A solution with the fewest actions, or None when the search needs more than ``max_nodes`` states."""
    rules = rules or Rules(pack)
    relevant = _relevant(rules)
    root = rules.start
    best: dict[tuple, int] = {rules.key(root): 0}
    parent: dict[tuple, tuple[tuple, Move] | None] = {rules.key(root): None}
    heap: list[tuple[int, int, GameState]] = [(0, 0, root)]
    tie = 0
    while heap:
        cost, _, node = heapq.heappop(heap)
        key = rules.key(node)
        if cost > best[key]:
            continue
        if len(best) > max_nodes:
            return None
        for move, nxt, step_cost in _moves_from(rules, node, relevant):
            if nxt is None:
                moves = [move]
                cur = key
                while (link := parent[cur]) is not None:
                    cur, prev_move = link
                    moves.append(prev_move)
                actions = walk(rules, list(reversed(moves)))
                return actions if escapes(pack, actions) else None
            new_cost = cost + step_cost
            nkey = rules.key(nxt)
            if new_cost < best.get(nkey, new_cost + 1):
                best[nkey] = new_cost
                parent[nkey] = (key, move)
                tie += 1
                heapq.heappush(heap, (new_cost, tie, nxt))
    return None


def _moves_from(
    rules: Rules, n: GameState, relevant: set[str]
) -> Iterator[tuple[Move, GameState | None, int]]:
    """(move, next state or None for an escape, how many actions it takes) from where the players stand."""
    for eid, to, room in rules.exits_of([n.room]):
        if rules.is_open(n, eid):
            move = Move("escape" if to is None else "go", eid, room)
            after = None if to is None else rules.apply(n, move)
            if to is None or after is not None:
                yield move, after, 1
    for move in [*rules.by_room.get(n.room, ()), *rules.by_room.get("", ())]:
        if move.id in relevant:
            after = rules.apply(n, move)
            if after is not None:
                yield move, after.evolve(room=n.room), len(rules.actions(move))


def _relevant(rules: Rules) -> set[str]:
    """Ids of the moves that can help escape: what some requirement needs, closed under what those need."""
    needed: set[Fact] = set()
    for eid in rules.exits:
        needed |= rules.needs(Move("go", eid, ""))
    relevant: set[str] = set()
    changed = True
    while changed:
        changed = False
        for move in rules.moves:
            if move.id not in relevant and rules.provides(move) & needed:
                relevant.add(move.id)
                needed |= rules.needs(move)
                changed = True
    return relevant


def short_solution(rules: Rules, moves: list[Move]) -> list[Action]:
    """Real engine actions for a list of moves that escapes: trimmed of what the escape does not need,
    reordered to walk less, with the walking in between. The first candidate that escapes wins."""
    full = walk(rules, moves)
    needed = _needed(rules, moves, full)
    scheduled = _schedule(rules, needed) if len(needed) <= SCHEDULE_MAX_MOVES else None
    for candidate in (scheduled, walk(rules, needed)):
        if candidate is not None and escapes(rules.pack, candidate):
            return candidate
    return full


def _schedule(rules: Rules, moves: list[Move]) -> list[Action] | None:
    """Greedy order: the first move possible where the players stand, else the one with the shortest walk."""
    pack = rules.pack
    state = new_game(pack)
    remaining = list(moves)
    out: list[Action] = []
    while remaining:
        best: tuple[int, list[Action], GameState] | None = None
        for i, move in enumerate(remaining):
            route = _route(rules, state, move.room or state.room)
            if move.room and move.room != state.room and not route:
                continue
            if best is not None and len(route) >= len(best[1]) - 1:
                continue
            trial, ok = state, True
            actions = [*route, *rules.actions(move)]
            for action in actions:
                trial, events = step(pack, trial, action)
                if any(e.kind in (K.REFUSED, K.WRONG_ANSWER) for e in events):
                    ok = False
                    break
            if ok:
                best = (i, actions, trial)
                if not route:
                    break
        if best is None:
            return None
        index, actions, state = best
        out += actions
        del remaining[index]
    return out


def walk(rules: Rules, moves: list[Move]) -> list[Action]:
    """The moves' actions with the shortest walks between rooms inserted (through exits open at that moment)."""
    state = new_game(rules.pack)
    actions: list[Action] = []
    for move in moves:
        for action in [*_route(rules, state, move.room or state.room), *rules.actions(move)]:
            state, _ = step(rules.pack, state, action)
            actions.append(action)
    return actions


def _route(rules: Rules, state: GameState, target: str) -> list[Go]:
    """The shortest list of Go actions from the current room to ``target`` (empty when already there)."""
    if state.room == target:
        return []
    prev: dict[str, str] = {state.room: ""}
    queue = deque([state.room])
    while queue:
        room = queue.popleft()
        for eid, exit_ in rules.world.exits_by_room[room]:
            to = exit_.to
            if to and to not in prev and exit_open(rules.pack, state, eid):
                prev[to] = room
                if to == target:
                    path = [to]
                    while prev[path[-1]] != state.room:
                        path.append(prev[path[-1]])
                    return [Go(r) for r in reversed(path)]
                queue.append(to)
    return []


def escapes(pack: Pack, actions: list[Action]) -> bool:
    """True when the actions, replayed from the start, are all accepted and end in an escape."""
    state = new_game(pack)
    for action in actions:
        state, events = step(pack, state, action)
        if any(e.kind == K.REFUSED for e in events):
            return False
    return state.phase == "escaped"


def _needed(rules: Rules, moves: list[Move], full: list[Action]) -> list[Move]:
    """The moves an escape really depends on (backwards from the escape), keeping their order."""
    needs: set[Fact] = set()
    for go in (a for a in full if isinstance(a, Go)):
        for eid, exit_ in rules.exits.items():
            if exit_.to == go.room:
                needs |= rules.needs(Move("go", eid, ""))
    kept: list[Move] = []
    for move in reversed(moves):
        provides = rules.provides(move)
        if move.kind in ("escape", "go") or provides & needs:
            kept.append(move)
            needs = (needs - provides) | rules.needs(move)
    return list(reversed(kept))
