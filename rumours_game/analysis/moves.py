"""The solver's moves, applied by the engine's own rules.

A *move* is one step of progress: look at an object that gives something, solve a puzzle (all the actions of
its solution), use an item on an object whose ``uses`` give items or set flags, walk through an exit, or
escape. The solver never re-implements a rule: a move is tried by
handing its actions to :func:`rumours_game.engine.rules.step`, and it is available exactly when the engine
accepts every one of them. What the solver adds is bookkeeping about *which facts* a move reads and gives, so
it knows what to try again when something changes.

States are engine :class:`GameState` objects in a canonical form (inventory sorted; time, hints, visits and
search taps left out), so two ways of reaching the same progress are one state.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from rumours_game.engine.actions import Action, Escape, Go, Look, Use
from rumours_game.engine.events import K
from rumours_game.engine.puzzles import REGISTRY
from rumours_game.engine.queries import exit_open
from rumours_game.engine.rules import new_game, step
from rumours_game.engine.state import GameState
from rumours_game.engine.world import world
from rumours_game.pack.models import CombinePuzzle, Hotspot, ItemUse, Pack, Requires

Fact = tuple[str, str]
"""("puzzle" | "item" | "flag" | "exit" | "room", id): something a requirement can read."""


@dataclass(frozen=True)
class Move:
    """An abstract action: look at a hotspot, solve a puzzle, walk through an exit or escape."""

    kind: str  # "look" | "solve" | "use" | "go" | "escape"
    id: str
    """A hotspot, puzzle or exit id; for "use", 'object:item'."""
    room: str
    """Where the players must stand to do it ("" for combining two items, which works anywhere)."""


def requirement_facts(req: Requires) -> set[Fact]:
    """The facts a ``requires`` block reads."""
    return (
        {("puzzle", p) for p in req.puzzles}
        | {("item", i) for i in req.items}
        | {("flag", f) for f in req.flags}
    )


def canonical(state: GameState) -> GameState:
    """The state with everything the proof ignores reset (time, hints, visits, taps, busted rumours)."""
    inventory = state.inventory
    if not (state.found or state.hints or state.visited or state.busted or state.elapsed) and all(
        a < b for a, b in pairwise(inventory)
    ):
        return state
    return state.evolve(
        inventory=tuple(sorted(state.inventory)), found=(), hints=(), visited=(), busted=(), elapsed=0.0
    )


class Rules:
    """One pack's moves and the facts each reads and gives; moves are applied by the engine."""

    def __init__(self, pack: Pack) -> None:
        self.pack = pack
        self.world = world(pack)
        self.exits = pack.exits()
        self.start = canonical(new_game(pack))
        self.moves: list[Move] = []
        for room in pack.rooms:
            for spot in room.objects:
                if spot.gives:
                    self.moves.append(Move("look", spot.id, room.id))
                puzzle = pack.lookup("puzzle", spot.puzzle) if spot.puzzle else None
                if puzzle is not None and puzzle.solved_by == "answer":
                    self.moves.append(Move("solve", puzzle.id, room.id))
                for use in spot.uses:
                    if use.gives or use.flags:
                        self.moves.append(Move("use", f"{spot.id}:{use.item}", room.id))
        for combine in self.world.combines:
            where: str | None = ""
            if combine.on is not None:
                where = pack.hotspot_room(combine.on) if pack.lookup("hotspot", combine.on) else None
            if where is not None:
                self.moves.append(Move("solve", combine.id, where))
        self.by_room: dict[str, list[Move]] = {}
        for move in self.moves:
            self.by_room.setdefault(move.room, []).append(move)
        self.watchers: dict[Fact, list[Move]] = {}
        for move in self.moves:
            for fact in self.needs(move):
                self.watchers.setdefault(fact, []).append(move)
        self.needed_by: dict[str, set[str]] = {}
        """item -> "puzzle:<id>" / "spot:<id>" / "exit:<id>": everything that needs it."""
        for p in pack.puzzles:
            for item in [*p.requires.items, *(p.use if isinstance(p, CombinePuzzle) else [])]:
                self.needed_by.setdefault(item, set()).add(f"puzzle:{p.id}")
        for room in pack.rooms:
            for spot in room.objects:
                for item in spot.requires.items:
                    self.needed_by.setdefault(item, set()).add(f"spot:{spot.id}")
        for eid, exit_ in self.exits.items():
            for item in exit_.requires.items:
                self.needed_by.setdefault(item, set()).add(f"exit:{eid}")
        self.exit_rooms = {eid: pack.exit_room(eid) for eid in self.exits}
        self._open_cache: dict[tuple, frozenset[str]] = {}
        self._region_cache: dict[tuple, list[str]] = {}
        self.exit_facts: set[Fact] = set()
        """Facts some exit between rooms reads: when one changes, the rooms players can walk between may."""
        for eid, exit_ in self.exits.items():
            if exit_.to is not None:  # escape exits never change where players can walk
                self.exit_facts |= requirement_facts(exit_.requires) | {("exit", eid)}
        self.read: set[Fact] = {f for move in self.moves for f in self.needs(move)}
        for eid in self.exits:
            self.read |= self.needs(Move("go", eid, ""))
        """Every fact any requirement reads; the rest cannot change what players can do."""
        for (
            move
        ) in self.moves:  # a move that uses up an item is tried again once its item's other users are done
            for item in self.uses_up(move):
                for user in self.needed_by.get(item, ()):
                    kind, uid = user.split(":", 1)
                    if kind != "exit":
                        self.watchers.setdefault(("puzzle" if kind == "puzzle" else "taken", uid), []).append(
                            move
                        )
        self.consumers = [m for m in self.moves if self.uses_up(m)]
        """The only moves that can be risky choices (besides one-way exits)."""
        self.effective = frozenset(
            m.id for m in self.moves if self.uses_up(m) or self.provides(m) - {("puzzle", m.id)}
        )
        """Puzzles whose solving changes what players hold, may do or may open."""

    # -- static facts
    def needs(self, move: Move) -> set[Fact]:
        """The facts a move reads (requirements, items used, a hidden host's requirements, a lock)."""
        pack = self.pack
        if move.kind == "look":
            spot = pack.hotspot(move.id)
            return requirement_facts(spot.requires)
        if move.kind == "use":
            spot, use = self.item_use(move)
            facts = requirement_facts(spot.requires) | {("item", use.item)}
            if use.puzzle and spot.puzzle:
                facts |= self.needs(Move("solve", spot.puzzle, move.room))
            return facts
        if move.kind in ("escape", "go"):
            facts = requirement_facts(self.exits[move.id].requires)
            return facts | ({("exit", move.id)} if move.id in self.world.lockable else set())
        puzzle = pack.puzzle(move.id)
        facts = requirement_facts(puzzle.requires)
        if isinstance(puzzle, CombinePuzzle):
            facts |= {("item", i) for i in puzzle.use}
            host = pack.lookup("hotspot", puzzle.on) if puzzle.on else None
        else:
            host = next((h for r, h in self.world.hosts.get(puzzle.id, ()) if r == move.room), None)
        if host is not None and host.hidden:
            facts |= requirement_facts(host.requires)
        return facts

    def changes(self, move: Move) -> set[Fact]:
        """The facts that can make another move possible once ``move`` is done."""
        facts = self.provides(move)
        return facts | {("taken", move.id)} if move.kind == "look" else facts

    def item_use(self, move: Move) -> tuple[Hotspot, ItemUse]:
        """The object and the ``uses`` entry of a "use" move."""
        spot_id, item = move.id.split(":", 1)
        spot = self.pack.hotspot(spot_id)
        return spot, next(u for u in spot.uses if u.item == item)

    def provides(self, move: Move) -> set[Fact]:
        """The facts a move adds."""
        if move.kind == "look":
            return {("item", i) for i in self.pack.hotspot(move.id).gives}
        if move.kind == "use":
            spot, use = self.item_use(move)
            given = {("item", i) for i in use.gives} | {("flag", f) for f in use.flags}
            solves = use.puzzle == "solve" and spot.puzzle
            return given | (self.provides(Move("solve", spot.puzzle or "", move.room)) if solves else set())
        if move.kind != "solve":
            return set()
        rewards = self.pack.puzzle(move.id).rewards
        return (
            {("puzzle", move.id)}
            | {("item", i) for i in rewards.items}
            | {("flag", f) for f in rewards.flags}
            | {("exit", e) for e in rewards.open_exits}
        )

    def uses_up(self, move: Move) -> list[str]:
        """The items a move can take away."""
        if move.kind == "use":
            spot, use = self.item_use(move)
            solves = use.puzzle == "solve" and spot.puzzle
            return self.uses_up(Move("solve", spot.puzzle or "", move.room)) if solves else []
        if move.kind != "solve":
            return []
        puzzle = self.pack.puzzle(move.id)
        used = list(puzzle.use) if isinstance(puzzle, CombinePuzzle) and puzzle.consume else []
        return [*used, *puzzle.rewards.remove_items]

    def actions(self, move: Move) -> list[Action]:
        """The engine actions of a move."""
        if move.kind == "look":
            return [Look(move.id)]
        if move.kind == "escape":
            return [Escape(move.id)]
        if move.kind == "go":
            return [Go(self.exits[move.id].to or "")]
        if move.kind == "use":
            spot, use = self.item_use(move)
            return [Use(use.item, spot.id)]
        puzzle = self.pack.puzzle(move.id)
        return REGISTRY[puzzle.type].solution(puzzle, self.pack.default_language)

    # -- the engine decides
    def apply(self, state: GameState, move: Move) -> GameState | None:
        """The canonical state after ``move`` (players standing in its room), or None when the engine refuses."""
        if self.done(state, move):
            return None
        if move.room and move.room != state.room:
            state = state.evolve(room=move.room)
        for action in self.actions(move):
            state, events = step(self.pack, state, action)
            if any(e.kind in (K.REFUSED, K.WRONG_ANSWER) for e in events):
                return None
        return canonical(state)

    def done(self, state: GameState, move: Move) -> bool:
        """True when a look, solve or use move was done already in ``state`` (doing it again gives nothing)."""
        if move.kind == "look":
            return move.id in state.taken
        if move.kind == "solve":
            return move.id in state.solved
        return move.kind == "use" and move.id in state.used

    def still_needed(self, item: str, by: str, state: GameState) -> bool:
        """True when something other than puzzle ``by``, not done yet in ``state``, still needs ``item``."""
        for user in self.needed_by.get(item, ()):
            kind, uid = user.split(":", 1)
            if kind == "puzzle" and (uid == by or uid in state.solved):
                continue
            if kind == "spot" and uid in state.taken:
                continue
            return True
        return False

    def contested(self, before: GameState, after: GameState, move: Move) -> list[str]:
        """The items ``move`` took away that something else still needs (empty: the move is safe)."""
        lost = set(before.inventory) - set(after.inventory)
        return sorted(i for i in lost if self.still_needed(i, move.id, after))

    def is_open(self, state: GameState, eid: str) -> bool:
        """The engine's answer: is this exit open in ``state``?"""
        return exit_open(self.pack, state, eid)

    # -- where players can walk
    def open_exits(self, state: GameState) -> frozenset[str]:
        """The exits between rooms open in ``state`` (asked of the engine once per combination of the facts
        those exits read)."""
        view = (
            state.opened,
            frozenset(i for i in state.inventory if ("item", i) in self.exit_facts),
            frozenset(p for p in state.solved if ("puzzle", p) in self.exit_facts),
            frozenset(f for f in state.flags if ("flag", f) in self.exit_facts),
        )
        cached = self._open_cache.get(view)
        if cached is None:
            cached = frozenset(eid for eid in self.exits if self.exits[eid].to and self.is_open(state, eid))
            self._open_cache[view] = cached
        return cached

    def reach(self, state: GameState, start: str, reverse: bool = False) -> set[str]:
        """Rooms reachable from ``start`` through open exits (or that can reach it, with ``reverse``)."""
        edges: dict[str, list[str]] = {}
        for eid in self.open_exits(state):
            exit_ = self.exits[eid]
            if exit_.to is not None:
                room = self.exit_rooms[eid]
                a, b = (exit_.to, room) if reverse else (room, exit_.to)
                edges.setdefault(a, []).append(b)
        seen = {start}
        todo = [start]
        while todo:
            for nxt in edges.get(todo.pop(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return seen

    def region(self, state: GameState) -> list[str]:
        """Rooms players can walk to from where they stand and back (sorted; the first names the region)."""
        key = (state.room, self.open_exits(state))
        cached = self._region_cache.get(key)
        if cached is None:
            cached = sorted(self.reach(state, state.room) & self.reach(state, state.room, reverse=True))
            self._region_cache[key] = cached
        return cached

    def exits_of(self, rooms: Iterable[str]) -> list[tuple[str, str | None, str]]:
        """(exit id, target room or None for an escape, room) for the exits of these rooms."""
        return [(eid, e.to, room) for room in rooms for eid, e in self.world.exits_by_room[room]]

    def key(self, state: GameState) -> tuple:
        """The state's identity for the search: states that differ only in facts nothing reads are one."""
        read = self.read
        return (
            state.room,
            tuple(i for i in state.inventory if ("item", i) in read),
            frozenset(p for p in state.solved if ("puzzle", p) in read or p in self.effective),
            frozenset(f for f in state.flags if ("flag", f) in read),
            state.opened,
            frozenset(t for t in state.taken if self.gives_needed(t)),
            state.used,
        )

    def gives_needed(self, spot_id: str) -> bool:
        """True when the hotspot gives an item something reads."""
        return any(("item", i) in self.read for i in self.pack.hotspot(spot_id).gives)
