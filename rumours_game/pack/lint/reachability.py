"""Reachability: a way out, puzzles that can be opened, flags that are given, endings that match the timer."""

from __future__ import annotations

from collections.abc import Iterator

from rumours_game.pack import models
from rumours_game.pack.lint.inputs import LintInput, Path_
from rumours_game.pack.problems import Problem
from rumours_game.pack.suggest import did_you_mean


def check_reachability(inp: LintInput) -> Iterator[Problem]:
    """A way out exists, puzzles can be opened, required flags are given, endings match the timer."""
    pack = inp.pack
    if not any(e.escape for r in pack.rooms for e in r.exits):
        yield inp.problem(
            ("rooms",),
            "no-escape",
            "No exit in any room has 'escape: true', so players could never escape. Add one to the last room.",
            key=True,
        )
    opened = {spot.puzzle for room in pack.rooms for spot in room.objects}
    for p, puzzle in enumerate(pack.puzzles):
        if puzzle.id not in opened and puzzle.solved_by == "answer":
            yield inp.problem(
                ("puzzles", p, "id"),
                "puzzle-not-opened",
                f"No object in any room opens the puzzle '{puzzle.id}', so players can never try it. "
                f"Add 'puzzle: {puzzle.id}' to an object in a room.",
                severity="warning",
            )
    given = {flag for p in pack.puzzles for flag in p.rewards.flags}
    given |= {flag for room in pack.rooms for spot in room.objects for use in spot.uses for flag in use.flags}
    for path, req in _all_requires(pack):
        for i, flag in enumerate(req.flags):
            if flag not in given:
                yield inp.problem(
                    (*path, "requires", "flags", i),
                    "flag-never-set",
                    f"The flag '{flag}' is required here, but no puzzle or item use gives it."
                    f"{did_you_mean(flag, given)}",
                    severity="warning",
                )
    if pack.timer is not None and pack.endings.out_of_time is None:
        yield inp.problem(
            ("endings",),
            "missing-ending",
            "The pack has a timer but no 'out_of_time' ending: write what players see when time runs out.",
            severity="warning",
        )
    for w, walk in enumerate(pack.walkthroughs):
        if walk.ending == "out_of_time" and pack.timer is None:
            yield inp.problem(
                ("walkthroughs", w, "ending"),
                "missing-ending",
                f"Walkthrough '{walk.name}' should end out of time, but the pack has no timer.",
            )


def _all_requires(pack: models.Pack) -> Iterator[tuple[Path_, models.Requires]]:
    for r, room in enumerate(pack.rooms):
        for h, spot in enumerate(room.objects):
            yield ("rooms", r, "objects", h), spot.requires
        for e, exit_ in enumerate(room.exits):
            yield ("rooms", r, "exits", e), exit_.requires
    for p, puzzle in enumerate(pack.puzzles):
        yield ("puzzles", p), puzzle.requires
