"""The puzzle dependency chart (in Ron Gilbert's sense) of a pack, and its critical path to the escape.

Pure: builds a :class:`Chart` from a pack; :mod:`rumours_game.analysis.chart_render` renders it as Graphviz
DOT or Mermaid text.

Every node needs some *groups* of other nodes: all groups must hold, and one alternative in each group is
enough. Things players gain (rooms, items, flags, rumours) have one group: any way of getting them. Things
players do (puzzles, exits, objects) need all of their requirements, and one of the places that host them.
The critical path is found by regression from the escape exit: for every group the cheapest alternative
(shortest chain, then fewest steps, then pack order) is chosen, recursively. The chart ignores items being
used up; ``rumours check`` proves a pack can really be finished.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from dataclasses import dataclass, field

from rumours_game.pack.i18n import TextValue, tr
from rumours_game.pack.models import CombinePuzzle, Exit, Hotspot, Pack, PuzzleBase, Requires, Room, exit_id

KINDS: tuple[str, ...] = ("room", "exit", "escape", "hotspot", "puzzle", "item", "flag", "rumour")
"""Node kinds, in the order the chart lists them."""

LEGEND: dict[str, str] = {
    "room": "Room",
    "exit": "Locked exit",
    "escape": "Escape exit",
    "hotspot": "Object",
    "puzzle": "Puzzle",
    "item": "Item",
    "flag": "Flag",
    "rumour": "Rumour busted",
}
CRITICAL_MARK = "★"
CRITICAL_LEGEND = f"{CRITICAL_MARK} on the critical path"
MAX_LABEL = 48

GAINED = ("room", "item", "flag", "rumour")
"""Kinds players gain in any one of several ways (the others need all their requirements)."""

Cost = tuple[int, int]
"""(length of the longest chain, number of steps): smaller is cheaper."""


@dataclass(frozen=True)
class Node:
    """One box of the chart."""

    key: str
    kind: str
    id: str
    label: str
    critical: bool = False


@dataclass(frozen=True)
class Edge:
    """An arrow: ``source`` unlocks (or is needed by) ``target``."""

    source: str
    target: str
    critical: bool = False


@dataclass(frozen=True)
class Chart:
    """The whole chart: nodes and edges in a stable order, and the escape exit the critical path leads to."""

    pack_id: str
    title: str
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    escape: str | None
    """The key of the escape exit the critical path ends at, or None when no escape can be reached."""


@dataclass
class _Builder:
    """Collects nodes and their requirement groups while walking the pack."""

    pack: Pack
    lang: str
    labels: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    """key -> (kind, id, label), in insertion order."""
    groups: dict[str, list[list[str]]] = field(default_factory=dict)
    """key -> its requirement groups (all must hold, one alternative each)."""
    gained: dict[str, list[str]] = field(default_factory=dict)
    """key of something gained -> its single group of providers."""
    origins: dict[str, str] = field(default_factory=dict)
    """exit key -> the key of the room it leaves from."""

    def text(self, value: TextValue) -> str:
        return tr(value, self.lang, self.pack.default_language)

    def node(self, kind: str, id_: str, label: str | None = None) -> str:
        key = f"{kind}:{id_}"
        if key not in self.labels:
            self.labels[key] = (kind, id_, label if label is not None else id_)
            self.groups[key] = []
        elif label is not None:
            self.labels[key] = (kind, id_, label)
        return key

    def need(self, key: str, *alternatives: str) -> None:
        """``key`` needs one of ``alternatives`` (an empty call means it can never happen)."""
        self.groups[key].append(list(dict.fromkeys(alternatives)))

    def provide(self, provider: str, key: str) -> None:
        """``provider`` is one way of getting ``key`` (a room, item, flag or rumour)."""
        self.gained.setdefault(key, []).append(provider)

    def requires(self, key: str, req: Requires) -> None:
        for pid in req.puzzles:
            self.need(key, self.puzzle_key(pid))
        for iid in req.items:
            self.need(key, self.item_key(iid))
        for flag in req.flags:
            self.need(key, self.node("flag", flag))

    def puzzle_key(self, pid: str) -> str:
        puzzle = self.pack.lookup("puzzle", pid)
        return self.node("puzzle", pid, self.text(puzzle.title) if puzzle else None)

    def item_key(self, iid: str) -> str:
        item = self.pack.lookup("item", iid)
        return self.node("item", iid, self.text(item.name) if item else None)

    def rumour_key(self, rid: str) -> str:
        rumour = self.pack.lookup("rumour", rid)
        return self.node("rumour", rid, self.text(rumour.statement) if rumour else None)

    def room_key(self, rid: str) -> str:
        room = self.pack.lookup("room", rid)
        return self.node("room", rid, self.text(room.name) if room else None)


def build_chart(pack: Pack, lang: str | None = None) -> Chart:
    """The dependency chart of a pack, labelled in ``lang`` (default: the pack's default language)."""
    b = _Builder(pack, lang or pack.default_language)
    for room in pack.rooms:
        b.room_key(room.id)
    for puzzle in pack.puzzles:
        b.puzzle_key(puzzle.id)
    for item in pack.items:
        b.item_key(item.id)
    for rumour in pack.rumours:
        b.rumour_key(rumour.id)
    hosts = _declare(b)
    for puzzle in pack.puzzles:
        _puzzle(b, puzzle, hosts.get(puzzle.id, []))
    start = b.room_key(pack.first_room)
    for key, (kind, _, _) in list(b.labels.items()):
        if key != start and (key in b.gained or kind in GAINED):
            b.need(key, *b.gained.get(key, []))  # with no provider, it can never be had
    order = {key: i for i, key in enumerate(_sorted_keys(b.labels))}
    cost, chosen = _cheapest(b.groups, order)
    dropped = _ways_back(b, start, cost)
    escape = _goal(b, cost, order)
    on_path = _regress(escape, chosen) if escape else set()
    nodes = tuple(
        Node(key, kind, id_, _label(label, id_, key in on_path), key in on_path)
        for key in sorted(b.labels, key=order.__getitem__)
        if key not in dropped
        for kind, id_, label in [b.labels[key]]
    )
    edges = tuple(
        Edge(src, key, on_path_edge)
        for key in sorted(b.groups, key=order.__getitem__)
        if key not in dropped
        for src, on_path_edge in _arrows(key, b.groups[key], chosen, on_path)
        if src not in dropped
    )
    return Chart(pack.id, b.text(pack.title), nodes, edges, escape)


def _declare(b: _Builder) -> dict[str, list[str]]:
    """Add rooms, exits and objects; returns puzzle id -> the nodes that host it (rooms or objects)."""
    hosts: dict[str, list[str]] = {}
    lockable = {e for p in b.pack.puzzles for e in p.rewards.open_exits}
    for room in b.pack.rooms:
        here = b.room_key(room.id)
        for spot in room.objects:
            _hotspot(b, here, spot, hosts)
        for exit_ in room.exits:
            _exit(b, room, exit_, exit_id(room, exit_) in lockable)
    for puzzle in b.pack.puzzles:
        if isinstance(puzzle, CombinePuzzle) and puzzle.on:
            host = b.pack.lookup("hotspot", puzzle.on)
            if host is not None:
                hosts.setdefault(puzzle.id, []).append(
                    _host(b, b.room_key(b.pack.hotspot_room(host.id)), host)
                )
    return hosts


def _hotspot(b: _Builder, room_key: str, spot: Hotspot, hosts: dict[str, list[str]]) -> None:
    if spot.gives:
        key = b.node("hotspot", spot.id, b.text(spot.name))
        b.need(key, room_key)
        b.requires(key, spot.requires)
        for iid in spot.gives:
            b.provide(key, b.item_key(iid))
    if spot.puzzle:
        hosts.setdefault(spot.puzzle, []).append(_host(b, room_key, spot))


def _host(b: _Builder, room_key: str, spot: Hotspot) -> str:
    """Where a puzzle opened by ``spot`` is found: the room, or the object when it stays hidden until ready."""
    if not (spot.hidden and not spot.requires.is_empty()):
        return room_key
    key = b.node("hotspot", spot.id, b.text(spot.name))
    if not b.groups[key]:
        b.need(key, room_key)
        b.requires(key, spot.requires)
    return key


def _exit(b: _Builder, room: Room, exit_: Exit, lockable: bool) -> None:
    eid = exit_id(room, exit_)
    here = b.room_key(room.id)
    if exit_.to and not lockable and exit_.requires.is_empty():
        b.provide(here, b.room_key(exit_.to))
        return
    key = b.node("escape" if exit_.escape else "exit", eid, b.text(exit_.label) if exit_.label else eid)
    b.origins[key] = here
    b.need(key, here)
    b.requires(key, exit_.requires)
    if exit_.to:
        b.provide(key, b.room_key(exit_.to))


def _puzzle(b: _Builder, puzzle: PuzzleBase, hosts: list[str]) -> None:
    key = b.puzzle_key(puzzle.id)
    if isinstance(puzzle, CombinePuzzle):
        for iid in puzzle.use:
            b.need(key, b.item_key(iid))
    if hosts or puzzle.solved_by == "answer":
        b.need(key, *hosts)
    b.requires(key, puzzle.requires)
    rewards = puzzle.rewards
    for iid in rewards.items:
        b.provide(key, b.item_key(iid))
    for flag in rewards.flags:
        b.provide(key, b.node("flag", flag))
    for eid in rewards.open_exits:
        exits = b.pack.exits()
        b.provide(key, b.node("escape" if eid in exits and exits[eid].escape else "exit", eid))
    for rid in dict.fromkeys([*([puzzle.rumour] if puzzle.rumour else []), *rewards.rumours]):
        b.provide(key, b.rumour_key(rid))


def _sorted_keys(labels: dict[str, tuple[str, str, str]]) -> list[str]:
    """Keys by kind (in :data:`KINDS` order), then in the order the pack declares them."""
    return sorted(labels, key=lambda k: KINDS.index(labels[k][0]))


def _cheapest(
    groups: dict[str, list[list[str]]], order: dict[str, int]
) -> tuple[dict[str, Cost], dict[str, list[str]]]:
    """Knuth's generalisation of Dijkstra to AND/OR graphs: the cheapest way to get every node.

    Returns each reachable node's cost and, per group, the alternative chosen.
    """
    users: dict[str, list[tuple[str, int]]] = {}
    for key, key_groups in groups.items():
        for g, alternatives in enumerate(key_groups):
            for alt in alternatives:
                users.setdefault(alt, []).append((key, g))
    picks: dict[str, list[str | None]] = {k: [None] * len(v) for k, v in groups.items()}
    missing = {k: len(v) for k, v in groups.items()}
    cost: dict[str, Cost] = {}
    heap = [((1, 1), order[k], k) for k, v in groups.items() if not v]
    heapq.heapify(heap)
    while heap:
        c, _, key = heapq.heappop(heap)
        if key in cost:
            continue
        cost[key] = c
        for user, g in users.get(key, []):
            if picks[user][g] is None:
                picks[user][g] = key
                missing[user] -= 1
                if missing[user] == 0:
                    parts = [cost[p] for p in picks[user] if p is not None]
                    total = (1 + max(p[0] for p in parts), 1 + sum(p[1] for p in parts))
                    heapq.heappush(heap, (total, order[user], user))
    chosen = {k: [p for p in v if p is not None] for k, v in picks.items() if k in cost}
    return cost, chosen


def _ways_back(b: _Builder, start: str, cost: dict[str, Cost]) -> set[str]:
    """Leave out ways into a room that are never the first way in (ways back); returns the exits dropped.

    A way is kept when the room it starts from is reached before the room it leads to, or when the room
    it leads to can never be reached (so the chart shows every way that was tried).
    """
    dropped: set[str] = set()
    for key, ways in b.gained.items():
        if b.labels[key][0] != "room":
            continue
        kept = [w for w in ways if key not in cost or cost.get(b.origins.get(w, w), cost[key]) < cost[key]]
        dropped |= {w for w in ways if w not in kept and w in b.origins}
        if key != start:
            b.groups[key] = [kept]
    return dropped


def _goal(b: _Builder, cost: dict[str, Cost], order: dict[str, int]) -> str | None:
    """The cheapest reachable escape exit."""
    escapes = [k for k, (kind, _, _) in b.labels.items() if kind == "escape" and k in cost]
    return min(escapes, key=lambda k: (cost[k], order[k]), default=None)


def _regress(goal: str, chosen: dict[str, list[str]]) -> set[str]:
    """Every node on the chosen way to the goal: from the goal back through what provides each need."""
    seen = {goal}
    todo = [goal]
    while todo:
        for provider in chosen[todo.pop()]:
            if provider not in seen:
                seen.add(provider)
                todo.append(provider)
    return seen


def _arrows(
    key: str, key_groups: list[list[str]], chosen: dict[str, list[str]], on_path: set[str]
) -> Iterator[tuple[str, bool]]:
    picked = set(chosen.get(key, [])) if key in on_path else set()
    seen: set[str] = set()
    for group in key_groups:
        for src in group:
            if src not in seen:
                seen.add(src)
                yield src, src in picked


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= MAX_LABEL else flat[: MAX_LABEL - 1].rstrip() + "…"


def _label(label: str, id_: str, critical: bool) -> str:
    """The text of a node: its name, its id on a second line when different, and the critical-path mark."""
    name = _short(label)
    lines = [name] if name == id_ else [name, f"({id_})"]
    if critical:
        lines[0] = f"{CRITICAL_MARK} {lines[0]}"
    return "\n".join(lines)
