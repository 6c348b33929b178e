"""What `check` reports, with its cause in words: softlocks, dead ends, and things no play reaches."""

from __future__ import annotations

from dataclasses import dataclass

from rumours_game.analysis.moves import Fact, Move, Rules
from rumours_game.analysis.search import Explored, Key

_KINDS = {"puzzle": "puzzle", "item": "item", "flag": "flag", "exit": "exit", "room": "room"}


@dataclass
class Finding:
    """Something ``check`` reports about a pack: a subject (kind, id) the CLI turns into file:line."""

    severity: str
    code: str
    subject: tuple[str, str]
    message: str


def _users(rules: Rules, item: str, but: str) -> list[str]:
    """Words for everything that needs ``item``, except puzzle ``but``."""
    out = []
    for user in sorted(rules.needed_by.get(item, ())):
        kind, uid = user.split(":", 1)
        if uid != but:
            out.append({"puzzle": "puzzle", "spot": "object", "exit": "exit"}[kind] + f" '{uid}'")
    return out


def softlocks(rules: Rules, explored: Explored) -> list[tuple[int, Finding]]:
    """Proved softlocks: a choice from a state that can still escape into one that never can.

    In an incomplete search a state counts as dead only when everything after it was explored.
    """
    unknown = {kid for kids in explored.children.values() for _m, kid in kids if kid not in explored.states}
    unknown |= {k for k in explored.states if k not in explored.children}
    maybe = _backwards(explored, set(explored.goals) | unknown)
    alive = explored.alive()
    out: list[tuple[int, Finding]] = []
    blamed: set[tuple[str, str]] = set()
    for node in sorted(alive, key=explored.depth):
        for move, kid in explored.children.get(node, ()):
            if kid in maybe or (move.kind, move.id) in blamed:
                continue
            blamed.add((move.kind, move.id))
            out.append((explored.depth(node), softlock_finding(rules, move, explored.states[node])))
    return out


def _backwards(explored: Explored, seeds: set[Key]) -> set[Key]:
    back: dict[Key, list[Key]] = {}
    for node, kids in explored.children.items():
        for _move, kid in kids:
            back.setdefault(kid, []).append(node)
    seen = set(seeds)
    todo = list(seeds)
    while todo:
        for prev in back.get(todo.pop(), ()):
            if prev not in seen:
                seen.add(prev)
                todo.append(prev)
    return seen


def softlock_finding(rules: Rules, move: Move, before) -> Finding:
    """A softlock blamed on ``move``, naming what it takes away and what still needs it."""
    pack = rules.pack
    if move.kind == "go":
        to = rules.exits[move.id].to
        return Finding(
            "error",
            "softlock",
            ("exit", move.id),
            f"Softlock: going through the one-way exit '{move.id}' to '{to}' at the wrong moment traps the "
            "players: after it, escaping is impossible. Add a way back, or lock this exit until everything "
            "needed has been done.",
        )
    after = rules.apply(before, move)
    lost = rules.contested(before, after, move) if after is not None else rules.uses_up(move)
    lost = lost or rules.uses_up(move)
    needs = "; ".join(f"'{i}' is still needed by " + " and ".join(_users(rules, i, move.id)) for i in lost)
    return Finding(
        "error",
        "softlock",
        ("puzzle", move.id),
        f"Softlock: solving '{move.id}' uses up {', '.join(repr(i) for i in lost)}; {needs}. Once '{move.id}' "
        f"is solved first, escaping is impossible. Give a second copy, do not use it up (consume: false), or "
        f"make '{move.id}' require the other puzzle first."
        if pack.lookup("puzzle", move.id) is not None
        else f"Softlock: '{move.id}' makes escaping impossible.",
    )


def combination_finding(rules: Rules, sequence: list[Move]) -> Finding:
    """Choices that are harmless one by one but together leave no way out."""
    names = ", then ".join(f"'{m.id}'" for m in sequence)
    return Finding(
        "error",
        "softlock",
        ("puzzle", sequence[-1].id) if sequence[-1].kind == "solve" else ("exit", sequence[-1].id),
        f"Softlock: each choice is fine alone, but doing {names} makes escaping impossible: they use up items "
        "that the ways out need between them. Give a second copy or do not use one of them up (consume: false).",
    )


def unreached(rules: Rules, reached: set[Fact]) -> list[Finding]:
    """Rooms, puzzles, items and rumours that no explored play reaches, each with its cause."""
    pack = rules.pack
    out: list[Finding] = []
    for room in pack.rooms:
        if ("room", room.id) not in reached:
            out.append(
                Finding(
                    "error",
                    "unreachable-room",
                    ("room", room.id),
                    f"Room '{room.id}' can never be reached: no open way leads there.",
                )
            )
    for puzzle in pack.puzzles:
        if ("puzzle", puzzle.id) in reached:
            continue
        hosted = puzzle.solved_by == "use" or any(
            ("room", r) in reached for r, _ in rules.world.hosts.get(puzzle.id, ())
        )
        if hosted:
            msg = f"Puzzle '{puzzle.id}' can never be solved: {never_holds(rules, reached, puzzle.id)}"
            code = "requirements-never-hold"
        else:
            msg = f"Puzzle '{puzzle.id}' can never be reached: no object in a reachable room opens it."
            code = "unreachable-puzzle"
        out.append(Finding("error", code, ("puzzle", puzzle.id), msg))
    used = set(rules.needed_by) | {getattr(p, "key_item", None) for p in pack.puzzles}
    for item in pack.items:
        if ("item", item.id) not in reached:
            msg, code, sev = (
                f"Item '{item.id}' can never be picked up: nothing reachable gives it.",
                "unreachable-item",
                "warning",
            )
        elif item.id not in used:
            msg, code, sev = (
                f"Item '{item.id}' is never used: no puzzle, object or exit needs it.",
                "unused-item",
                "warning",
            )
        else:
            continue
        out.append(Finding(sev, code, ("item", item.id), msg))
    for puzzle in pack.puzzles:
        key = getattr(puzzle, "key_item", None)
        if key and ("item", key) not in reached and ("puzzle", puzzle.id) in reached:
            out.append(
                Finding(
                    "error",
                    "cipher-key-unreachable",
                    ("puzzle", puzzle.id),
                    f"Puzzle '{puzzle.id}' shows its key with item '{key}', but nothing players can reach gives "
                    f"'{key}': they would have to guess the code. Put '{key}' in an object's 'gives' (in a room "
                    "players reach before this puzzle), or remove 'key_item'.",
                )
            )
    busted = {
        r for p in pack.puzzles if ("puzzle", p.id) in reached for r in [p.rumour, *p.rewards.rumours] if r
    }
    for rumour in pack.rumours:
        if rumour.id not in busted:
            out.append(
                Finding(
                    "warning",
                    "rumour-never-busted",
                    ("rumour", rumour.id),
                    f"Rumour '{rumour.id}' is never busted: no puzzle players can solve busts it.",
                )
            )
    return out


def never_holds(rules: Rules, reached: set[Fact], pid: str) -> str:
    """Why a puzzle's requirements never all hold: a cycle (every member named), an item used up
    elsewhere, or something nothing reachable gives."""
    cycle = _cycle(rules, reached, pid)
    if cycle:
        chain = " -> ".join(f"'{p}'" for p in [*cycle, cycle[0]])
        return (
            f"it waits for itself through a cycle of requirements: {chain} (each needs the next solved first, "
            "directly or through what it gives). Break the cycle: remove one of these requirements."
        )
    needs = rules.needs(Move("solve", pid, ""))
    reasons = []
    for kind, fid in sorted(needs):
        if (kind, fid) not in reached:
            reasons.append(f"its {kind} '{fid}' never comes: nothing players can reach gives it")
        elif kind == "item":
            users = [m.id for m in rules.moves if fid in rules.uses_up(m) and m.id != pid]
            if users:
                names = " and ".join(f"'{u}'" for u in users)
                reasons.append(
                    f"it needs item '{fid}', but {names} uses it up before '{pid}' can be tried; give a second "
                    f"copy or do not use it up there (consume: false)"
                )
    if not reasons:
        return "what it requires can never all be true at once."
    return "; ".join(reasons) + "."


def _cycle(rules: Rules, reached: set[Fact], start: str) -> list[str]:
    """A cycle of unsolvable puzzles through ``start`` (each needs the next), or []."""
    givers: dict[Fact, set[str]] = {}
    for move in rules.moves:
        if move.kind == "solve":
            for fact in rules.provides(move):
                givers.setdefault(fact, set()).add(move.id)
    other_source = {f for m in rules.moves if m.kind in ("look", "use") for f in rules.provides(m)}

    def waits_for(pid: str) -> list[str]:
        out: set[str] = set()
        for fact in rules.needs(Move("solve", pid, "")):
            if fact in reached or fact in other_source:
                continue
            sources = givers.get(fact, set())
            if fact[0] == "puzzle":
                sources = {fact[1]}
            if len(sources) == 1:
                out |= sources
        return sorted(out)

    path: list[str] = [start]
    seen = {start}

    def dfs(pid: str) -> list[str]:
        for nxt in waits_for(pid):
            if nxt == start:
                return list(path)
            if nxt not in seen and ("puzzle", nxt) not in reached:
                seen.add(nxt)
                path.append(nxt)
                found = dfs(nxt)
                if found:
                    return found
                path.pop()
        return []

    return dfs(start)
