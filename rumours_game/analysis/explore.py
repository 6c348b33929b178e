"""Proving a pack can be escaped: a search of its abstract state space.

The abstract state is what matters for progress: where the players are, what they hold, which puzzles are
solved, flags set, exits opened and objects emptied. Time and hints are left out.

Two reductions keep the search small without losing any escape or any softlock:

* Safe actions are applied eagerly. An action is safe when it can never make another action impossible:
  it takes nothing away that is still needed (looking, solving a puzzle that uses nothing up, using up an item
  nothing else needs). Safe actions only add, so doing them early never hurts.
* Rooms players can walk to *and back from* form one region; where in a region the players stand does not
  matter. Only one-way moves and contested consumptions (an item two things need) are branches.

Every branch state that can no longer reach an escape is a softlock; the action that led into it is reported.
"""

from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field

from rumours_game.engine.actions import Action, Escape, Go, Look
from rumours_game.engine.events import K
from rumours_game.engine.puzzles import REGISTRY
from rumours_game.engine.queries import exit_open
from rumours_game.engine.rules import new_game, step
from rumours_game.engine.state import GameState
from rumours_game.engine.world import world
from rumours_game.pack.models import CombinePuzzle, Pack, Requires

DEFAULT_MAX_STATES = 20_000
SHORTEST_MAX_NODES = 10_000
"""The shortest-solution search gives up (and a short solution is shown instead) after this many states."""


@dataclass(frozen=True)
class Node:
    """An abstract state (after eager safe actions)."""

    room: str
    inventory: frozenset[str]
    solved: frozenset[str]
    flags: frozenset[str]
    opened: frozenset[str]
    taken: frozenset[str]


@dataclass(frozen=True)
class Move:
    """An abstract action: look at a hotspot, solve a puzzle, walk through an exit or escape."""

    kind: str  # "look" | "solve" | "go" | "escape"
    id: str
    room: str
    """Where the players must stand to do it."""


@dataclass
class Finding:
    """Something ``check`` reports about a pack: a subject (kind, id) the CLI turns into file:line."""

    severity: str
    code: str
    subject: tuple[str, str]
    message: str


@dataclass
class Proof:
    """The result of exploring a pack."""

    escapable: bool
    complete: bool
    """False when the state limit was hit before the search ended."""
    states: int
    solution: list[Action] = field(default_factory=list)
    shortest: bool = False
    """True when ``solution`` is proved to be a shortest one (fewest actions)."""
    findings: list[Finding] = field(default_factory=list)
    reached: dict[str, set[str]] = field(default_factory=dict)


class _Rules:
    """The abstract rules of one pack (no time, no hints, no wrong answers)."""

    def __init__(self, pack: Pack) -> None:
        self.pack = pack
        self.world = world(pack)
        self.room_spots = {r.id: r.objects for r in pack.rooms}
        self.puzzles = {p.id: p for p in pack.puzzles}
        self.exits = pack.exits()
        self.all_exits = [
            (room, eid, e) for room, pairs in self.world.exits_by_room.items() for eid, e in pairs
        ]
        self.spot_room = {h.id: r.id for r in pack.rooms for h in r.objects}
        self._reach_cache: dict[tuple[frozenset[str], str, bool], frozenset[str]] = {}
        self._req_sets: dict[int, tuple[frozenset[str], frozenset[str], frozenset[str], Requires]] = {}
        """Requirements as sets, keyed by id() of the (immutable, kept alive) Requires object."""
        # which things each item is needed by: requirements anywhere, and combine puzzles using it
        self.needed_by: dict[str, set[str]] = {}
        for p in pack.puzzles:
            for item in p.requires.items:
                self.needed_by.setdefault(item, set()).add(f"puzzle:{p.id}")
            if isinstance(p, CombinePuzzle):
                for item in p.use:
                    self.needed_by.setdefault(item, set()).add(f"puzzle:{p.id}")
        for room in pack.rooms:
            for spot in room.objects:
                for item in spot.requires.items:
                    self.needed_by.setdefault(item, set()).add(f"spot:{spot.id}")
            for eid, exit_ in self.world.exits_by_room[room.id]:
                for item in exit_.requires.items:
                    self.needed_by.setdefault(item, set()).add(f"exit:{eid}")

    # -- conditions
    def met(self, req: Requires, n: Node) -> bool:
        sets = self._req_sets.get(id(req))
        if sets is None:
            sets = (frozenset(req.puzzles), frozenset(req.items), frozenset(req.flags), req)
            self._req_sets[id(req)] = sets
        return sets[0] <= n.solved and sets[1] <= n.inventory and sets[2] <= n.flags

    def exit_open(self, eid: str, n: Node) -> bool:
        exit_ = self.exits[eid]
        return (eid not in self.world.lockable or eid in n.opened) and self.met(exit_.requires, n)

    def spot_visible(self, spot_id: str, room: str, n: Node) -> bool:
        """True when the hotspot is in ``room`` and can be seen."""
        if self.spot_room.get(spot_id) != room:
            return False
        spot = self.pack.hotspot(spot_id)
        return not spot.hidden or self.met(spot.requires, n)

    def visible(self, room: str, n: Node) -> Iterator:
        for spot in self.room_spots[room]:
            if not spot.hidden or self.met(spot.requires, n):
                yield spot

    # -- what can be done where
    def moves_in(self, room: str, n: Node) -> Iterator[tuple[Move, Node, bool]]:
        """(move, next node, safe?) for every progress action available in ``room``."""
        for spot in self.visible(room, n):
            if spot.gives and spot.id not in n.taken and self.met(spot.requires, n):
                new = n.inventory | set(spot.gives)
                yield Move("look", spot.id, room), _replace(n, inventory=new, taken=n.taken | {spot.id}), True
            pid = spot.puzzle
            puzzle = self.puzzles.get(pid) if pid else None
            if (
                puzzle is not None
                and puzzle.type != "combine"
                and pid not in n.solved
                and self.met(puzzle.requires, n)
            ):
                yield self._solved(Move("solve", pid, room), puzzle, n, ())
        for puzzle in self.world.combines:
            if puzzle.id in n.solved or not self.met(puzzle.requires, n):
                continue
            if not all(i in n.inventory for i in puzzle.use):
                continue
            if puzzle.on is not None and not self.spot_visible(puzzle.on, room, n):
                continue
            if puzzle.on is None and room != n.room:
                continue  # combining two items works anywhere: do it once, where the players stand
            yield self._solved(
                Move("solve", puzzle.id, room), puzzle, n, puzzle.use if puzzle.consume else ()
            )

    def _solved(self, move: Move, puzzle, n: Node, used: tuple | list) -> tuple[Move, Node, bool]:
        rewards = puzzle.rewards
        lost = set(used) | set(rewards.remove_items)
        inventory = (n.inventory - lost) | set(rewards.items)
        nxt = _replace(
            n,
            inventory=inventory,
            solved=n.solved | {puzzle.id},
            flags=n.flags | set(rewards.flags),
            opened=n.opened | set(rewards.open_exits),
        )
        contested = any(self._still_needed(item, puzzle.id, nxt) for item in lost if item in n.inventory)
        return move, nxt, not contested

    def _still_needed(self, item: str, by: str, n: Node) -> bool:
        """True when something other than puzzle ``by``, not yet done, still needs ``item``."""
        for user in self.needed_by.get(item, ()):
            kind, uid = user.split(":", 1)
            if kind == "puzzle" and (uid == by or uid in n.solved):
                continue
            if kind == "spot" and uid in n.taken:
                continue
            return True
        return False

    def exits_from(self, room: str, n: Node) -> Iterator[tuple[str, str | None, bool]]:
        """(exit id, target room or None for an escape, open?) for the room's exits."""
        for eid, exit_ in self.world.exits_by_room[room]:
            yield eid, exit_.to, self.exit_open(eid, n)

    def region(self, n: Node) -> list[str]:
        """Rooms reachable from the current room and back (sorted; the first is the region's name)."""
        open_exits = frozenset(eid for _room, eid, _e in self.all_exits if self.exit_open(eid, n))
        return sorted(self._reach(n.room, open_exits, False) & self._reach(n.room, open_exits, True))

    def _reach(self, start: str, open_exits: frozenset[str], reverse: bool) -> frozenset[str]:
        key = (open_exits, start, reverse)
        cached = self._reach_cache.get(key)
        if cached is not None:
            return cached
        edges: dict[str, list[str]] = {}
        for room, eid, exit_ in self.all_exits:
            if exit_.to is not None and eid in open_exits:
                a, b = (exit_.to, room) if reverse else (room, exit_.to)
                edges.setdefault(a, []).append(b)
        seen = {start}
        todo = [start]
        while todo:
            for nxt in edges.get(todo.pop(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        self._reach_cache[key] = result = frozenset(seen)
        return result


def _replace(n: Node, **changes) -> Node:
    fields_ = {
        "room": n.room,
        "inventory": n.inventory,
        "solved": n.solved,
        "flags": n.flags,
        "opened": n.opened,
        "taken": n.taken,
    }
    fields_.update(changes)
    return Node(**fields_)


def _close(rules: _Rules, n: Node) -> tuple[Node, list[Move], list[Node]]:
    """Apply every safe action available in the players' region until nothing changes.

    Returns the closed node, the moves done, and the trail of nodes after each move (the first is ``n``).
    """
    done: list[Move] = []
    trail = [n]
    changed = True
    while changed:
        changed = False
        for room in rules.region(n):
            while True:
                found = next(((m, nxt) for m, nxt, safe in rules.moves_in(room, n) if safe), None)
                if found is None:
                    break
                done.append(found[0])
                n = found[1]
                trail.append(n)
                changed = True
    return _replace(n, room=rules.region(n)[0]), done, trail


def _branches(rules: _Rules, n: Node) -> Iterator[tuple[Move, Node | None]]:
    """Risky choices from a node: contested actions, one-way moves, and escapes (next node None)."""
    region = rules.region(n)
    inside = set(region)
    for room in region:
        for move, nxt, safe in rules.moves_in(room, n):
            if not safe:
                yield move, _replace(nxt, room=room)
        for eid, to, is_open in rules.exits_from(room, n):
            if not is_open:
                continue
            if to is None:
                yield Move("escape", eid, room), None
            elif to not in inside:
                yield Move("go", eid, room), _replace(n, room=to)


def _apply_at(rules: _Rules, n: Node, move: Move) -> Node | None:
    """The node after ``move`` from ``n``, or None when the move is not available there."""
    if move.room not in rules.region(n):
        return None
    if move.kind == "go":
        exit_ = rules.pack.exits()[move.id]
        return _replace(n, room=exit_.to) if rules.exit_open(move.id, n) else None
    for m, nxt, _safe in rules.moves_in(move.room, n):
        if m == move:
            return _replace(nxt, room=move.room)
    return None


def _earliest(rules: _Rules, trail: list[Node], move: Move) -> int:
    """The first index in a closure trail where ``move`` is available (availability only grows along it)."""
    lo, hi = 0, len(trail) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if _apply_at(rules, trail[mid], move) is not None:
            hi = mid
        else:
            lo = mid + 1
    return lo


def explore(pack: Pack, max_states: int = DEFAULT_MAX_STATES) -> Proof:
    """Search the pack's abstract states; prove an escape is reachable and find softlocks.

    Each risky choice is tried from the closed state (the best moment) and from the earliest moment it is
    possible (the worst one): requirements only ask for things to be present, so if the earliest moment is
    not a trap, no moment in between is.
    """
    rules = _Rules(pack)
    start = new_game(pack)
    root0 = Node(start.room, frozenset(), frozenset(), frozenset(), frozenset(), frozenset())
    root, first, root_trail = _close(rules, root0)
    parent: dict[Node, tuple[Node | None, list[Move]]] = {root: (None, first)}
    trails: dict[Node, tuple[list[Node], int]] = {root: (root_trail, len(first))}
    children: dict[Node, list[tuple[Move, Node]]] = {}
    goals: dict[Node, Move] = {}
    queue = deque([root])
    complete = True
    while queue:
        node = queue.popleft()
        trail, closure_len = trails.pop(node)
        before, incoming = parent[node]
        prefix = incoming[: len(incoming) - closure_len]
        closure = incoming[len(incoming) - closure_len :]
        kids: list[tuple[Move, Node]] = []
        for move, nxt in _branches(rules, node):
            if nxt is None:
                goals.setdefault(node, move)
                continue
            starts: list[tuple[Node | None, list[Move], Node]] = [(node, [], nxt)]
            i = _earliest(rules, trail, move)
            if i < len(trail) - 1:
                early = _apply_at(rules, trail[i], move)
                if early is not None:
                    starts.append((before, [*prefix, *closure[:i]], early))
            for origin, lead, entry in starts:
                closed, more, kid_trail = _close(rules, entry)
                kids.append((move, closed))
                if closed in parent:
                    continue
                if len(parent) >= max_states:
                    complete = False
                    continue
                parent[closed] = (origin, [*lead, move, *more])
                trails[closed] = (kid_trail, len(more))
                queue.append(closed)
        children[node] = kids
    proof = Proof(escapable=bool(goals), complete=complete, states=len(parent))
    proof.reached = _reached(rules, parent)
    if goals:
        goal = min(goals, key=lambda g: _depth(parent, g))
        best = shortest_solution(pack, rules)
        proof.shortest = best is not None
        proof.solution = best if best is not None else _concrete(pack, [*_path(parent, goal), goals[goal]])
    proof.findings = _findings(rules, parent, children, set(goals), proof)
    return proof


def _depth(parent: dict, node: Node) -> int:
    depth = 0
    while parent[node][0] is not None:
        node = parent[node][0]
        depth += 1
    return depth


def _path(parent: dict, node: Node) -> list[Move]:
    chunks: list[list[Move]] = []
    cur: Node | None = node
    while cur is not None:
        prev, moves = parent[cur]
        chunks.append(moves)
        cur = prev
    return [m for chunk in reversed(chunks) for m in chunk]


def _reached(rules: _Rules, parent: dict) -> dict[str, set[str]]:
    """Everything seen in any explored state: rooms, puzzles, items, hotspots emptied."""
    reached: dict[str, set[str]] = {
        "room": set(),
        "puzzle": set(),
        "item": set(),
        "rumour": set(),
        "exit": set(),
    }
    for node in parent:
        reached["room"].update(rules.region(node))
        reached["puzzle"] |= node.solved
        reached["item"] |= node.inventory
        for room in rules.region(node):
            for eid, _to, is_open in rules.exits_from(room, node):
                if is_open:
                    reached["exit"].add(eid)
    for moves in (m for _, m in parent.values()):
        for move in moves:
            if move.kind == "go":
                to = rules.pack.exits()[move.id].to
                if to:
                    reached["room"].add(to)
    for pid in reached["puzzle"]:
        puzzle = rules.puzzles[pid]
        reached["item"].update(puzzle.rewards.items)
        reached["rumour"].update(([puzzle.rumour] if puzzle.rumour else []) + puzzle.rewards.rumours)
    for moves in (m for _, m in parent.values()):
        for move in moves:
            if move.kind == "look":
                reached["item"].update(rules.pack.hotspot(move.id).gives)
    return reached


# --------------------------------------------------------------------------- the shortest solution


def shortest_solution(
    pack: Pack, rules: _Rules | None = None, max_nodes: int = SHORTEST_MAX_NODES
) -> list[Action] | None:
    """A solution with the fewest actions, or None when the search needs more than ``max_nodes`` states.

    A cheapest-first search over concrete positions (room included, nothing done eagerly), using only
    actions that can matter: dropping an action that provides nothing any requirement needs never breaks a
    solution, so leaving such actions out keeps the optimum.
    """
    rules = rules or _Rules(pack)
    relevant = _relevant(pack)
    start = new_game(pack)
    root = Node(start.room, frozenset(), frozenset(), frozenset(), frozenset(), frozenset())
    best: dict[Node, int] = {root: 0}
    parent: dict[Node, tuple[Node, Move] | None] = {root: None}
    heap: list[tuple[int, int, Node]] = [(0, 0, root)]
    tie = 0
    while heap:
        cost, _, node = heapq.heappop(heap)
        if cost > best[node]:
            continue
        if len(best) > max_nodes:
            return None
        for move, nxt, step_cost in _moves_from(rules, node, relevant):
            if nxt is None:
                moves = [move]
                cur = node
                while parent[cur] is not None:
                    prev, prev_move = parent[cur]  # type: ignore[misc]
                    moves.append(prev_move)
                    cur = prev
                actions = _walk(pack, list(reversed(moves)))
                return actions if _escapes(pack, actions) else None
            new_cost = cost + step_cost
            if new_cost < best.get(nxt, new_cost + 1):
                best[nxt] = new_cost
                parent[nxt] = (node, move)
                tie += 1
                heapq.heappush(heap, (new_cost, tie, nxt))
    return None


def _moves_from(rules: _Rules, n: Node, relevant: set[str]) -> Iterator[tuple[Move, Node | None, int]]:
    """(move, next node or None for an escape, how many actions it takes) from where the players stand."""
    for eid, to, is_open in rules.exits_from(n.room, n):
        if is_open:
            if to is None:
                yield Move("escape", eid, n.room), None, 1
            else:
                yield Move("go", eid, n.room), _replace(n, room=to), 1
    for move, nxt, _safe in rules.moves_in(n.room, n):
        if move.id in relevant:
            yield move, _replace(nxt, room=n.room), len(_move_actions(rules.pack, move))


def _relevant(pack: Pack) -> set[str]:
    """Ids of the puzzles and hotspots whose actions can help escape (what some requirement needs, closed
    under what those need in turn). Every exit's requirements count as needed."""
    needed: set[tuple[str, str]] = set()
    lockable = world(pack).lockable
    for eid, exit_ in pack.exits().items():
        needed |= _requirement_facts(exit_.requires) | ({("exit", eid)} if eid in lockable else set())
    candidates = [Move("solve", p.id, "") for p in pack.puzzles] + [
        Move("look", h.id, "") for r in pack.rooms for h in r.objects if h.gives
    ]
    relevant: set[str] = set()
    changed = True
    while changed:
        changed = False
        for move in candidates:
            if move.id not in relevant and _provides(pack, move) & needed:
                relevant.add(move.id)
                needed |= _needs(pack, move)
                changed = True
    return relevant


# --------------------------------------------------------------------------- turning moves into actions


def _concrete(pack: Pack, moves: list[Move]) -> list[Action]:
    """Real engine actions for a list of moves: trimmed of what the escape does not need, reordered to walk
    less, with the walking in between. Each candidate is replayed on the engine; the first that escapes wins."""
    full = _walk(pack, moves)
    needed = _needed(pack, moves, full)
    for candidate in (_schedule(pack, needed), _walk(pack, needed)):
        if candidate is not None and _escapes(pack, candidate):
            return candidate
    return full


def _schedule(pack: Pack, moves: list[Move]) -> list[Action] | None:
    """Greedy order: the first move possible where the players stand, else the one with the shortest walk."""
    state = new_game(pack)
    remaining = list(moves)
    out: list[Action] = []
    while remaining:
        best: tuple[int, list[Action], GameState] | None = None
        for i, move in enumerate(remaining):
            route = _route(pack, state, move.room)
            if move.room != state.room and not route:
                continue
            if best is not None and len(route) >= len(best[1]) - 1:
                continue
            trial, ok = state, True
            actions = [*route, *_move_actions(pack, move)]
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


def _walk(pack: Pack, moves: list[Move]) -> list[Action]:
    """Insert the shortest walks between rooms (through exits open at that moment)."""
    state = new_game(pack)
    actions: list[Action] = []
    for move in moves:
        for go in _route(pack, state, move.room):
            state, _ = step(pack, state, go)
            actions.append(go)
        for action in _move_actions(pack, move):
            state, _ = step(pack, state, action)
            actions.append(action)
    return actions


def _move_actions(pack: Pack, move: Move) -> list[Action]:
    if move.kind == "look":
        return [Look(move.id)]
    if move.kind == "escape":
        return [Escape(move.id)]
    if move.kind == "go":
        return [Go(pack.exits()[move.id].to)]  # type: ignore[arg-type]
    puzzle = pack.puzzle(move.id)
    return REGISTRY[puzzle.type].solution(puzzle, pack.default_language)


def _route(pack: Pack, state: GameState, target: str) -> list[Go]:
    """The shortest list of Go actions from the current room to ``target`` (empty when already there)."""
    if state.room == target:
        return []
    prev: dict[str, str] = {state.room: ""}
    queue = deque([state.room])
    w = world(pack)
    while queue:
        room = queue.popleft()
        for eid, exit_ in w.exits_by_room[room]:
            to = exit_.to
            if to and to not in prev and exit_open(pack, state, eid):
                prev[to] = room
                if to == target:
                    path = [to]
                    while prev[path[-1]] != state.room:
                        path.append(prev[path[-1]])
                    return [Go(r) for r in reversed(path)]
                queue.append(to)
    return []


def _escapes(pack: Pack, actions: list[Action]) -> bool:
    state = new_game(pack)
    for action in actions:
        state, events = step(pack, state, action)
        if any(e.kind == K.REFUSED for e in events):
            return False
    return state.phase == "escaped"


def _needed(pack: Pack, moves: list[Move], full: list[Action]) -> list[Move]:
    """The moves an escape really depends on (backwards from the escape), keeping their order."""
    needs: set[tuple[str, str]] = set()
    exits_walked = [a for a in full if isinstance(a, Go)]
    for go in exits_walked:
        needs |= _exit_needs(pack, go.room)
    kept: list[Move] = []
    for move in reversed(moves):
        provides = _provides(pack, move)
        if move.kind == "escape" or move.kind == "go" or provides & needs:
            kept.append(move)
            needs = (needs - provides) | _needs(pack, move)
    return list(reversed(kept))


def _requirement_facts(req: Requires) -> set[tuple[str, str]]:
    return (
        {("puzzle", p) for p in req.puzzles}
        | {("item", i) for i in req.items}
        | {("flag", f) for f in req.flags}
    )


def _exit_needs(pack: Pack, to_room: str) -> set[tuple[str, str]]:
    facts: set[tuple[str, str]] = set()
    lockable = world(pack).lockable
    for eid, exit_ in pack.exits().items():
        if exit_.to == to_room:
            facts |= _requirement_facts(exit_.requires)
            if eid in lockable:
                facts.add(("exit", eid))
    return facts


def _needs(pack: Pack, move: Move) -> set[tuple[str, str]]:
    if move.kind == "look":
        return _requirement_facts(pack.hotspot(move.id).requires)
    if move.kind in ("escape", "go"):
        exit_ = pack.exits()[move.id]
        facts = _requirement_facts(exit_.requires)
        return facts | ({("exit", move.id)} if move.id in world(pack).lockable else set())
    puzzle = pack.puzzle(move.id)
    facts = _requirement_facts(puzzle.requires)
    if isinstance(puzzle, CombinePuzzle):
        facts |= {("item", i) for i in puzzle.use}
        host = pack.lookup("hotspot", puzzle.on) if puzzle.on else None
    else:
        host = next((h for _, h in world(pack).hosts.get(puzzle.id, ())), None)
    if host is not None and host.hidden:
        facts |= _requirement_facts(host.requires)
    return facts


def _provides(pack: Pack, move: Move) -> set[tuple[str, str]]:
    if move.kind == "look":
        return {("item", i) for i in pack.hotspot(move.id).gives}
    if move.kind != "solve":
        return set()
    rewards = pack.puzzle(move.id).rewards
    return (
        {("puzzle", move.id)}
        | {("item", i) for i in rewards.items}
        | {("flag", f) for f in rewards.flags}
        | {("exit", e) for e in rewards.open_exits}
    )


# --------------------------------------------------------------------------- findings


def _findings(rules: _Rules, parent: dict, children: dict, goals: set[Node], proof: Proof) -> list[Finding]:
    out: list[Finding] = []
    pack = rules.pack
    if not proof.complete:
        out.append(
            Finding(
                "warning",
                "too-large-to-prove",
                ("pack", pack.id),
                f"The pack is too large to prove completely: explored {proof.states} states and stopped.",
            )
        )
    if not goals and proof.complete:
        out.append(
            Finding(
                "error",
                "no-escape-possible",
                ("pack", pack.id),
                "No way to escape was found: from the start, players can never reach an open escape exit.",
            )
        )
    if goals and proof.complete:
        out += _softlocks(rules, parent, children, goals)
    if proof.complete:
        out += _unreached(rules, proof.reached)
    return out


def _softlocks(rules: _Rules, parent: dict, children: dict, goals: set[Node]) -> list[Finding]:
    """States reachable from the start from which no escape is reachable, blamed on the choice that led there."""
    alive = set(goals)
    back: dict[Node, list[Node]] = {}
    for node, kids in children.items():
        for _, kid in kids:
            back.setdefault(kid, []).append(node)
    todo = list(goals)
    while todo:
        for prev in back.get(todo.pop(), ()):
            if prev not in alive:
                alive.add(prev)
                todo.append(prev)
    out: list[Finding] = []
    blamed: set[tuple[str, str]] = set()
    for node in sorted(alive, key=lambda n: _depth(parent, n)):
        for move, kid in children.get(node, ()):
            if kid in alive:
                continue
            key = (move.kind, move.id)
            if key in blamed:
                continue
            blamed.add(key)
            out.append(_softlock_finding(rules.pack, move))
    return out


def _softlock_finding(pack: Pack, move: Move) -> Finding:
    if move.kind == "go":
        to = pack.exits()[move.id].to
        return Finding(
            "error",
            "softlock",
            ("exit", move.id),
            f"Softlock: going through the one-way exit '{move.id}' to '{to}' at the wrong moment traps the "
            "players: after it, escaping is impossible. Add a way back, or lock this exit until everything "
            "needed has been done.",
        )
    puzzle = pack.puzzle(move.id)
    used = ", ".join(getattr(puzzle, "use", []) or puzzle.rewards.remove_items)
    return Finding(
        "error",
        "softlock",
        ("puzzle", move.id),
        f"Softlock: solving '{move.id}' uses up {used}, which is still needed elsewhere; after that, escaping "
        "is impossible. Give a second copy, do not use it up (consume: false), or require the other puzzle first.",
    )


def _unreached(rules: _Rules, reached: dict[str, set[str]]) -> list[Finding]:
    pack = rules.pack
    out: list[Finding] = []
    for room in pack.rooms:
        if room.id not in reached["room"]:
            out.append(
                Finding(
                    "error",
                    "unreachable-room",
                    ("room", room.id),
                    f"Room '{room.id}' can never be reached: no open way leads there.",
                )
            )
    for puzzle in pack.puzzles:
        if puzzle.id in reached["puzzle"]:
            continue
        hosted = puzzle.type == "combine" or any(
            r in reached["room"] for r, _ in rules.world.hosts.get(puzzle.id, ())
        )
        if hosted:
            msg = f"Puzzle '{puzzle.id}' can never be solved: what it requires can never all be true at once."
            code = "requirements-never-hold"
        else:
            msg = f"Puzzle '{puzzle.id}' can never be reached: no object in a reachable room opens it."
            code = "unreachable-puzzle"
        out.append(Finding("error", code, ("puzzle", puzzle.id), msg))
    used = set(rules.needed_by) | {p.key_item for p in pack.puzzles if getattr(p, "key_item", None)}
    for item in pack.items:
        if item.id not in reached["item"]:
            out.append(
                Finding(
                    "warning",
                    "unreachable-item",
                    ("item", item.id),
                    f"Item '{item.id}' can never be picked up: nothing reachable gives it.",
                )
            )
        elif item.id not in used:
            out.append(
                Finding(
                    "warning",
                    "unused-item",
                    ("item", item.id),
                    f"Item '{item.id}' is never used: no puzzle, object or exit needs it.",
                )
            )
    for rumour in pack.rumours:
        if rumour.id not in reached["rumour"]:
            out.append(
                Finding(
                    "warning",
                    "rumour-never-busted",
                    ("rumour", rumour.id),
                    f"Rumour '{rumour.id}' is never busted: no puzzle players can solve busts it.",
                )
            )
    return out
