"""Proving a pack can be escaped: the entry point of the solver.

The solver is split by concern: moves.py (moves applied by the engine's own rules), closure.py (doing every
safe move at once), search.py (branching on risky choices), decompose.py (independent parts proved apart),
findings.py (what is reported, with causes) and solution.py (the solution shown). docs/engine.md explains
the method.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rumours_game.analysis.closure import Relax, close
from rumours_game.analysis.decompose import combine, parts
from rumours_game.analysis.findings import Finding, combination_finding, softlocks, unreached
from rumours_game.analysis.limits import DEFAULT_MAX_STATES
from rumours_game.analysis.moves import Fact, Move, Rules
from rumours_game.analysis.playtime import time_findings
from rumours_game.analysis.search import Budget, Explored, Progress, search
from rumours_game.analysis.solution import SHORTEST_MAX_NODES, short_solution, shortest_solution
from rumours_game.engine.actions import Action
from rumours_game.pack.models import Pack

__all__ = ["DEFAULT_MAX_STATES", "SHORTEST_MAX_NODES", "Finding", "Proof", "explore", "shortest_solution"]


@dataclass
class Proof:
    """The result of exploring a pack."""

    escapable: bool
    complete: bool
    """False when the state limit was hit before the search ended (what was proved is still reported)."""
    states: int
    solution: list[Action] = field(default_factory=list)
    shortest: bool = False
    """True when ``solution`` is proved to be a shortest one (fewest actions)."""
    findings: list[Finding] = field(default_factory=list)
    parts: int = 1
    """How many independent parts the pack was proved in."""


def explore(pack: Pack, max_states: int = DEFAULT_MAX_STATES, progress: Progress | None = None) -> Proof:
    """Prove an escape is reachable, find softlocks and what no play reaches; ``progress`` hears how far
    the proof has got."""
    rules = Rules(pack)
    budget = Budget(max_states, progress)
    groups = parts(rules)
    if len(groups) <= 1:
        runs = [search(rules, _never, budget)]
    else:
        shared = close(rules, rules.start, _never)
        runs = []
        for n, group in enumerate(groups, 1):
            if progress is not None and (n == 1 or n % max(1, len(groups) // 10) == 0):
                progress(f"proving part {n} of {len(groups)} ({budget.used:,} states so far)")
            runs.append(search(rules, _outside(group), budget, shared))
    complete = all(r.complete for r in runs)
    reached: set[Fact] = set().union(*(r.reached for r in runs))
    found: list[tuple[int, Finding]] = []
    for run in runs:
        found += softlocks(rules, run)
    escapable = all(r.goals for r in runs)
    route: list[Move] | None = None
    if escapable and len(runs) > 1:
        endings = [_endings(run, group) for run, group in zip(runs, groups, strict=True)]
        route, dead, all_checked = combine(rules, endings)
        complete = complete and all_checked
        found += [(1, combination_finding(rules, seq)) for seq in dead[:3] if seq]
        escapable = route is not None or not all_checked
    elif escapable:
        goal = min(runs[0].goals, key=runs[0].depth)
        route = [*runs[0].path(goal), runs[0].goals[goal]]
    proof = Proof(escapable=escapable, complete=complete, states=budget.used, parts=max(1, len(groups)))
    if route is not None:
        best = shortest_solution(pack, rules)
        proof.shortest = best is not None
        proof.solution = best if best is not None else short_solution(rules, route)
    findings = [f for _depth, f in sorted(found, key=lambda x: x[0])]
    if not complete:
        findings.insert(
            0,
            Finding(
                "warning",
                "too-large-to-prove",
                ("pack", pack.id),
                f"The pack has too many ways to play to prove them all: stopped after {budget.used:,} states "
                "(raise --max-states to go further). The findings below were proved; more may exist.",
            ),
        )
    elif not escapable:
        findings.insert(
            0,
            Finding(
                "error",
                "no-escape-possible",
                ("pack", pack.id),
                "No way to escape was found: from the start, players can never reach an open escape exit.",
            ),
        )
    if complete:
        findings += unreached(rules, reached)
    findings += time_findings(pack, proof.solution)
    proof.findings = findings
    return proof


def _never(_move: Move) -> bool:
    """Relax no move: every risky choice is a branch."""
    return False


def _outside(group: frozenset[Move]) -> Relax:
    """Relax every move of the other parts (see decompose.py)."""
    return lambda move: move not in group


def _endings(run: Explored, group: frozenset[Move]) -> list[list[Move]]:
    """The distinct sequences of this part's risky moves that end in an escape with no risky choice left
    (or, when there is none, every sequence that reaches an escape)."""
    goals = sorted(run.goals, key=run.depth)
    final = [g for g in goals if not any(m in group for m, _k in run.children.get(g, ()))]
    seen: dict[tuple[Move, ...], None] = {}
    for goal in final or goals:
        seen.setdefault(tuple(m for m in run.path(goal) if m in group), None)
    return [list(s) for s in seen]
