"""The search over risky choices: one-way exits and using up an item something else still needs.

Everything safe is done eagerly (closure.py), and rooms players can walk to and back from form one region, so
only risky choices branch. Each is tried from the best moment (everything safe done) and from the earliest
moment it is possible (the worst): requirements only ask for things to be present, so if the earliest
moment is no trap, no later one is.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from rumours_game.analysis.closure import Closure, Relax, chain, close, earliest, replay
from rumours_game.analysis.moves import Move, Rules
from rumours_game.engine.state import GameState

Key = tuple
Progress = Callable[[str], None]
"""Called now and then with a line saying how far the proof has got."""


class Budget:
    """The states a whole proof may explore, shared by its parts, and progress reporting."""

    def __init__(self, max_states: int, progress: Progress | None = None) -> None:
        self.left = max_states
        self.used = 0
        self.progress = progress

    def take(self) -> bool:
        """Count one more state; False when none is left."""
        if self.left <= 0:
            return False
        self.left -= 1
        self.used += 1
        if self.progress is not None and self.used % 200 == 0:
            self.progress(f"{self.used:,} states explored")
        return True


@dataclass
class Explored:
    """What one search found: closed states, the choices between them, and where escaping is possible."""

    root: Key
    states: dict[Key, GameState] = field(default_factory=dict)
    parent: dict[Key, tuple[Key | None, list[Move]]] = field(default_factory=dict)
    children: dict[Key, list[tuple[Move, Key]]] = field(default_factory=dict)
    goals: dict[Key, Move] = field(default_factory=dict)
    complete: bool = True
    reached: set[tuple[str, str]] = field(default_factory=set)
    """("room" | "puzzle" | "item" | "exit" | "look", id) for everything some explored play did or reached."""

    def path(self, key: Key) -> list[Move]:
        """The moves from the start to a state."""
        chunks: list[list[Move]] = []
        cur: Key | None = key
        while cur is not None:
            prev, moves = self.parent[cur]
            chunks.append(moves)
            cur = prev
        return [m for chunk in reversed(chunks) for m in chunk]

    def depth(self, key: Key) -> int:
        depth = 0
        while (prev := self.parent[key][0]) is not None:
            key, depth = prev, depth + 1
        return depth

    def alive(self) -> set[Key]:
        """States from which an escape is still reachable."""
        alive = set(self.goals)
        back: dict[Key, list[Key]] = {}
        for node, kids in self.children.items():
            for _move, kid in kids:
                back.setdefault(kid, []).append(node)
        todo = list(alive)
        while todo:
            for prev in back.get(todo.pop(), ()):
                if prev not in alive:
                    alive.add(prev)
                    todo.append(prev)
        return alive


def branches(
    rules: Rules, state: GameState, region: list[str], relax: Relax
) -> Iterator[tuple[Move, GameState | None]]:
    """Risky choices from a closed state, and escapes (next state None)."""
    inside = set(region)
    for move in rules.consumers:
        if not move.room or move.room in inside:
            after = rules.apply(state, move)
            if after is not None and rules.contested(state, after, move) and not relax(move):
                yield move, after.evolve(room=move.room or state.room)
    for eid, to, room in rules.exits_of(region):
        if not rules.is_open(state, eid):
            continue
        if to is None:
            yield Move("escape", eid, room), None
        elif to not in inside:
            move = Move("go", eid, room)
            gone = rules.apply(state, move)
            if gone is not None:
                yield move, gone


def search(rules: Rules, relax: Relax, budget: Budget, shared: Closure | None = None) -> Explored:
    """Explore every risky choice ``relax`` does not wave through, from the game's start.

    ``shared``: the start's closure with no risky move done, when several searches begin from it.
    """
    if shared is None:
        first = close(rules, rules.start, relax)
    else:
        first = chain(shared, close(rules, shared.state, relax, rules.consumers))
    root = rules.key(first.state)
    out = Explored(root)
    out.states[root] = first.state
    out.parent[root] = (None, first.moves)
    _note(rules, out, first)
    pending: dict[Key, tuple[Closure, int]] = {root: (first, 0)}
    queue = deque([root])
    budget.take()
    while queue:
        key = queue.popleft()
        node = out.states[key]
        closure, lead_len = pending.pop(key)
        before, incoming = out.parent[key]
        lead = incoming[:lead_len]
        kids: list[tuple[Move, Key]] = []
        choices: list[tuple[Move, GameState | None, int | None]] = [
            (move, entry, earliest(rules, closure, move) if entry is not None else None)
            for move, entry in branches(rules, node, closure.region, relax)
        ]
        choices += [(m, None, i) for m, i in _safe_only_late(rules, closure, relax)]
        for move, entry, i in choices:
            if entry is None and i is None:
                out.goals.setdefault(key, move)
                continue
            starts: list[tuple[Key | None, list[Move], GameState]] = (
                [] if entry is None else [(key, [], entry)]
            )
            if i is not None and i < len(closure.done) and _matters_early(rules, move, closure.moves[i:]):
                early = replay(rules, closure.entry, closure.done[:i])
                after = rules.apply(early, move) if early is not None else None
                if after is not None:
                    starts.append((before, [*lead, *closure.moves[:i]], after))
            for origin, prefix, entry_state in starts:
                # from a closed state only what the choice changed can make a move possible
                todo = None if origin != key or move.kind == "go" else _woken(rules, move)
                kid = close(rules, entry_state, relax, todo)
                kid_key = rules.key(kid.state)
                kids.append((move, kid_key))
                if kid_key in out.states:
                    continue
                if not budget.take():
                    out.complete = False
                    continue
                out.states[kid_key] = kid.state
                out.parent[kid_key] = (origin, [*prefix, move, *kid.moves])
                pending[kid_key] = (kid, len(prefix) + 1)
                _note(rules, out, kid)
                queue.append(kid_key)
        out.children[key] = kids
    return out


def _safe_only_late(rules: Rules, closure: Closure, relax: Relax) -> Iterator[tuple[Move, int]]:
    """Moves the closure did safely that would have used up a still-needed item at their earliest moment
    (the other user was done in between): a choice players can make early, tried from there."""
    for j, (move, _kept) in enumerate(closure.done):
        if rules.uses_up(move) and not relax(move):
            i = earliest(rules, closure, move)
            if i < j and _matters_early(rules, move, closure.moves[i:j]):
                yield move, i


def _matters_early(rules: Rules, move: Move, later: list[Move]) -> bool:
    """Whether making ``move`` at its earliest moment can end differently from making it after ``later``.

    A choice that uses up items commutes with every move that does not read those items (requirements only
    ask for things to be present), so when none of ``later`` reads them, the early choice ends where the
    late one does and need not be tried. Walking one way changes where players are: always tried.
    """
    if move.kind == "go":
        return True
    lost = {("item", i) for i in rules.uses_up(move)}
    return any(lost & rules.needs(m) for m in later)


def _woken(rules: Rules, move: Move) -> list[Move]:
    """The moves that may have become possible after ``move`` (from a closed state)."""
    return [m for fact in rules.changes(move) for m in rules.watchers.get(fact, ())]


def _note(rules: Rules, out: Explored, closure: Closure) -> None:
    """Record what a closure reached: its rooms, open exits and everything its moves gave."""
    out.reached |= {("room", r) for r in closure.region}
    for move, _kept in closure.done:
        out.reached |= rules.provides(move) | {(move.kind, move.id)}
    state = closure.state
    out.reached |= {("item", i) for i in state.inventory} | {("puzzle", p) for p in state.solved}
    out.reached |= {("exit", eid) for eid in rules.open_exits(state)}
