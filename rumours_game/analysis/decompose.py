"""Splitting a pack into independent parts, each proved on its own.

A *part* is a group of risky moves (moves that use up an item something else needs) that touch the same items,
or depend on each other: a part whose moves need (directly or through anything that leads to them) what
another part's risky moves give is merged with it. Parts share no used-up items and never wait for each
other's choices, so a part's softlocks can be proved while every other part's risky moves are waved through
as if they used nothing up (a relaxation: it only adds possibilities, so a dead end found there is a dead end
in the real game too). Parts multiply states when proved together (three choices each in k parts: 3^k);
proved apart they add up.

What a relaxation cannot see is two parts whose choices are each harmless but deadly together (two escapes,
each needing one part's tool). So once each part is proved, the ways each part ends in an escape are
combined and replayed on the real rules; a combination that cannot escape is reported as a softlock.

Packs with a room players may not be able to walk back from are proved whole: where players stand is shared
by every part.
"""

from __future__ import annotations

from itertools import product

from rumours_game.analysis.closure import close
from rumours_game.analysis.moves import Fact, Move, Rules
from rumours_game.engine.state import GameState

MAX_COMBINATIONS = 64
"""How many combinations of the parts' endings are replayed at most."""


def parts(rules: Rules) -> list[frozenset[Move]]:
    """The independent parts of a pack's risky moves ([] or one part: nothing to split)."""
    if not _walk_back_always(rules):
        return []
    consumers = [m for m in rules.moves if any(_shared(rules, i, m) for i in rules.uses_up(m))]
    owner: dict[str, str] = {}

    def find(x: str) -> str:
        while owner.setdefault(x, x) != x:
            owner[x] = owner[owner[x]]
            x = owner[x]
        return x

    def union(a: str, b: str) -> None:
        owner[find(a)] = find(b)

    for move in consumers:
        items = rules.uses_up(move)
        for item in items[1:]:
            union(items[0], item)
    groups: dict[str, set[Move]] = {}
    for move in consumers:
        groups.setdefault(find(rules.uses_up(move)[0]), set()).add(move)
    providers = _providers(rules)
    gives = {root: set().union(*(rules.provides(m) for m in ms)) for root, ms in groups.items()}
    changed = True
    while changed:
        changed = False
        for root, moves in list(groups.items()):
            if root not in groups:
                continue
            support = _support(rules, providers, set().union(*(rules.needs(m) for m in moves)))
            for other in list(groups):
                if other != root and gives[other] & support:
                    union(other, root)
                    groups[root] |= groups.pop(other)
                    gives[root] |= gives.pop(other)
                    changed = True
    return [frozenset(ms) for _root, ms in sorted(groups.items())]


def _shared(rules: Rules, item: str, move: Move) -> bool:
    """True when something other than ``move`` needs ``item`` (so using it up may be a risky choice)."""
    return bool(rules.needed_by.get(item, set()) - {f"puzzle:{move.id}"})


def _walk_back_always(rules: Rules) -> bool:
    """True when every exit to a room has an exit straight back that is never locked."""
    back = {
        (rules.pack.exit_room(eid), e.to)
        for eid, e in rules.exits.items()
        if e.to and eid not in rules.world.lockable and e.requires.is_empty()
    }
    return all((e.to, rules.pack.exit_room(eid)) in back for eid, e in rules.exits.items() if e.to)


def _providers(rules: Rules) -> dict[Fact, list[set[Fact]]]:
    """For each fact, the needs of each way to get it (a room: the exits leading there)."""
    out: dict[Fact, list[set[Fact]]] = {}
    for move in rules.moves:
        for fact in rules.provides(move):
            out.setdefault(fact, []).append(
                rules.needs(move) | ({("room", move.room)} if move.room else set())
            )
    for eid, exit_ in rules.exits.items():
        if exit_.to:
            go = Move("go", eid, rules.pack.exit_room(eid))
            out.setdefault(("room", exit_.to), []).append(rules.needs(go) | {("room", go.room)})
    return out


def _support(rules: Rules, providers: dict[Fact, list[set[Fact]]], facts: set[Fact]) -> set[Fact]:
    """Every fact that may have to come first for ``facts`` to hold (through any way of getting them)."""
    seen = set(facts)
    todo = list(facts)
    while todo:
        for needs in providers.get(todo.pop(), ()):
            for fact in needs - seen:
                seen.add(fact)
                todo.append(fact)
    return seen


def combine(
    rules: Rules, endings: list[list[list[Move]]]
) -> tuple[list[Move] | None, list[list[Move]], bool]:
    """Replay combinations of each part's ways to an escape on the real rules.

    ``endings[i]`` lists part i's risky-move sequences that led to an escape. Returns a full list of moves of
    one combination that escapes (or None), the combinations that cannot escape, and whether every
    combination was replayed.
    """
    combos = list(product(*endings))
    checked = combos[:MAX_COMBINATIONS]
    winner: list[Move] | None = None
    dead: list[list[Move]] = []
    for combo in checked:
        sequence = [m for part in combo for m in part]
        moves = _replay(rules, sequence)
        if moves is None:
            dead.append(sequence)
        elif winner is None:
            winner = moves
    return winner, dead, len(checked) == len(combos)


def _replay(rules: Rules, sequence: list[Move]) -> list[Move] | None:
    """The moves of an escape that makes these risky moves in this order, or None when none can."""
    never = lambda _m: False  # noqa: E731 - nothing is waved through here
    closure = close(rules, rules.start, never)
    state: GameState = closure.state
    moves = closure.moves
    for move in sequence:
        if rules.done(state, move):
            continue  # done already: safe by the time it came
        after = rules.apply(state, move)
        if after is None:
            return None
        closure = close(rules, after.evolve(room=state.room), never)
        state, moves = closure.state, [*moves, move, *closure.moves]
    for eid, to, room in rules.exits_of(closure.region):
        if to is None and rules.is_open(state, eid):
            return [*moves, Move("escape", eid, room)]
    return None
