"""`rumours check PACK`: prove a pack can be escaped, find softlocks, replay its walkthroughs."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rumours_game.analysis.limits import DEFAULT_MAX_STATES
from rumours_game.cli.common import CliError, plural, print_problems, require_pack_path, shown_problem
from rumours_game.pack.problems import Problem

if TYPE_CHECKING:
    from rumours_game.analysis.findings import Finding
    from rumours_game.pack.loader import LoadResult
    from rumours_game.pack.models import Pack

# The solver, the engine and the pack models are imported by the functions that use them: every command's
# parser is built at start, and `rumours index` has no use for them.

_LISTS = {"room": "rooms", "puzzle": "puzzles", "item": "items", "rumour": "rumours"}


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "check",
        help="prove a pack can be escaped; find softlocks and dead ends; replay walkthroughs",
        description="Explore every way a pack can be played: prove an escape is reachable and print a short "
        "solution; report rooms, puzzles and items that can never be reached, softlocks (a state from which "
        "escaping becomes impossible) and rumours no path busts; replay every walkthrough. "
        "Exit 0 when escapable with no errors, 1 otherwise, 2 for usage or file problems.",
    )
    p.add_argument("pack", type=Path, help="the pack folder or .zip")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument(
        "--max-states",
        type=int,
        default=DEFAULT_MAX_STATES,
        metavar="N",
        help=f"stop exploring after N states (default {DEFAULT_MAX_STATES:,})",
    )
    p.add_argument(
        "--progress",
        action="store_true",
        help="report how many states were explored on stderr (the default when stderr is a terminal)",
    )
    p.set_defaults(func=cmd_check)


def _progress(args: argparse.Namespace) -> Callable[[str], None] | None:
    """A progress reporter for long proofs (stderr, on a terminal or with --progress), or None."""
    if not (getattr(args, "progress", False) or sys.stderr.isatty()):
        return None

    def report(line: str) -> None:
        print(f"check: {line}...", file=sys.stderr, flush=True)

    return report


def subject_path(pack: Pack, kind: str, id_: str) -> tuple[Any, ...]:
    """The path in the pack's merged data of the thing a finding is about."""
    from rumours_game.pack.models import exit_id

    if kind in _LISTS:
        items = getattr(pack, _LISTS[kind])
        return (_LISTS[kind], next((i for i, x in enumerate(items) if x.id == id_), 0))
    if kind == "timer":
        return ("timer", id_)
    if kind == "ending":
        return ("endings", id_)
    if kind == "hint":
        puzzle, hint = (int(n) for n in id_.split("/"))
        return ("puzzles", puzzle, "hints", hint, "penalty")
    if kind == "exit":
        for ri, room in enumerate(pack.rooms):
            for ei, exit_ in enumerate(room.exits):
                if exit_id(room, exit_) == id_:
                    return ("rooms", ri, "exits", ei)
    return ("id",)


def _problem(result: LoadResult, finding: Finding) -> Problem:
    assert result.pack is not None and result.locate is not None
    file, line, col = result.locate(subject_path(result.pack, *finding.subject), False)
    return Problem(file, line, col, finding.severity, finding.code, finding.message)  # type: ignore[arg-type]


def _walkthrough_problems(result: LoadResult) -> tuple[list[Problem], list[dict[str, Any]]]:
    from rumours_game.analysis import run_walkthrough

    pack = result.pack
    assert pack is not None and result.locate is not None
    problems: list[Problem] = []
    runs: list[dict[str, Any]] = []
    for wi, walkthrough in enumerate(pack.walkthroughs):
        run = run_walkthrough(pack, walkthrough)
        runs.append({"name": walkthrough.name, "ok": run.ok, "ending": run.ending, "problem": run.problem})
        if not run.ok:
            path = ("walkthroughs", wi, "steps", run.step_index or 0)
            file, line, col = result.locate(path, False)
            message = f"Walkthrough '{walkthrough.name}' does not work: {run.problem}."
            problems.append(Problem(file, line, col, "error", "walkthrough-fails", message))
    return problems, runs


def cmd_check(args: argparse.Namespace) -> int:
    """Run the prover and the walkthroughs; print the solution and every finding."""
    from rumours_game.analysis.explore import explore
    from rumours_game.engine import action_to_dict
    from rumours_game.pack import check_pack

    require_pack_path(args.pack)
    if args.max_states < 1:
        raise CliError("--max-states must be at least 1")
    result = check_pack(args.pack)
    load_errors = [p for p in result.problems if p.severity == "error"]
    if result.pack is None:
        if args.json:
            print(
                json.dumps(
                    {"escapable": False, "problems": [shown_problem(args.pack, p) for p in load_errors]},
                    indent=2,
                    ensure_ascii=False,
                )
            )
        else:
            print_problems(args.pack, load_errors)
            print(f"{plural(len(load_errors), 'error')}: fix these first ('rumours validate' explains them).")
        return 1
    proof = explore(result.pack, max_states=args.max_states, progress=_progress(args))
    problems = [_problem(result, f) for f in proof.findings]
    walk_problems, runs = _walkthrough_problems(result)
    problems += walk_problems
    errors = sum(p.severity == "error" for p in problems)
    if args.json:
        print(
            json.dumps(
                {
                    "escapable": proof.escapable,
                    "complete": proof.complete,
                    "states": proof.states,
                    "parts": proof.parts,
                    "solution": [action_to_dict(a) for a in proof.solution],
                    "solution_is_shortest": proof.shortest,
                    "walkthroughs": runs,
                    "problems": [shown_problem(args.pack, p) for p in problems],
                },
                indent=2,
                ensure_ascii=False,
            )
        )
    else:
        _print_human(args.pack, proof, problems, runs)
    return 0 if proof.escapable and not errors else 1


def _print_human(pack_path: Path, proof, problems: list[Problem], runs: list[dict[str, Any]]) -> None:
    from rumours_game.analysis.walkthrough import describe_action

    if proof.escapable:
        kind = "a shortest solution" if proof.shortest else "a solution (short, not proved shortest)"
        print(
            f"Escapable: {kind} in {plural(len(proof.solution), 'action')} "
            f"(explored {plural(proof.states, 'state')}):"
        )
        width = len(str(len(proof.solution)))
        for n, action in enumerate(proof.solution, 1):
            print(f"  {n:>{width}}. {describe_action(action)}")
    elif proof.complete:
        print(f"Not escapable (explored {plural(proof.states, 'state')}).")
    for run in runs:
        verdict = f"ok, ends {run['ending']}" if run["ok"] else "FAILS"
        print(f"Walkthrough '{run['name']}': {verdict}")
    print_problems(pack_path, sorted(problems, key=lambda p: (p.file, p.line, p.col)))
    errors = sum(p.severity == "error" for p in problems)
    print(f"{plural(errors, 'error')}, {plural(len(problems) - errors, 'warning')}")
