"""Facts about a pack that the rules need again and again, computed once per pack."""

from __future__ import annotations

from dataclasses import dataclass

from rumours_game.pack.models import CombinePuzzle, Exit, Hotspot, Pack, Requires, exit_id


@dataclass(frozen=True)
class World:
    """Look-up tables derived from a pack (the pack itself is immutable)."""

    lockable: frozenset[str]
    """Exits that stay locked until a puzzle's ``open_exits`` reward opens them."""
    exits_by_room: dict[str, tuple[tuple[str, Exit], ...]]
    hosts: dict[str, tuple[tuple[str, Hotspot], ...]]
    """Puzzle id -> the (room id, hotspot) pairs that open it."""
    combines: tuple[CombinePuzzle, ...]


def _build(pack: Pack) -> World:
    lockable = frozenset(e for p in pack.puzzles for e in p.rewards.open_exits)
    exits_by_room = {r.id: tuple((exit_id(r, e), e) for e in r.exits) for r in pack.rooms}
    hosts: dict[str, list[tuple[str, Hotspot]]] = {}
    for room in pack.rooms:
        for spot in room.objects:
            if spot.puzzle:
                hosts.setdefault(spot.puzzle, []).append((room.id, spot))
    combines = tuple(p for p in pack.puzzles if isinstance(p, CombinePuzzle))
    return World(lockable, exits_by_room, {k: tuple(v) for k, v in hosts.items()}, combines)


def world(pack: Pack) -> World:
    """The (cached) world of a pack."""
    return pack.derived("engine.world", _build)


def holds(req: Requires, solved: frozenset[str], inventory: tuple[str, ...], flags: frozenset[str]) -> bool:
    """True when every condition holds (set look-ups in C: this runs several times per action)."""
    return (
        solved.issuperset(req.puzzles)
        and flags.issuperset(req.flags)
        and (not req.items or all(i in inventory for i in req.items))
    )
