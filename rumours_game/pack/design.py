"""Design checks: content that is well-formed but silently breaks a game.

Each check yields problems at the file and line of the offending value, with a fix in plain words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from rumours_game.pack import models
from rumours_game.pack.lint import LintInput
from rumours_game.pack.problems import Problem, warning

LOOKS_LIKE_PACK_FILE = re.compile(r"\.(ya?ml)(\.[a-z0-9]+)+$|\.(ya?ml)$", re.IGNORECASE)
"""A name with .yaml/.yml in it: read only when it ends in exactly lower-case '.yaml' or '.yml'."""


def check_hidden(inp: LintInput) -> Iterator[Problem]:
    """An object marked hidden that nothing reveals stays visible from the start."""
    for r, room in enumerate(inp.pack.rooms):
        for h, spot in enumerate(room.objects):
            if spot.hidden and spot.requires.is_empty():
                yield inp.problem(
                    ("rooms", r, "objects", h, "hidden"),
                    "hidden-never-revealed",
                    f"The object '{spot.id}' is 'hidden: true', but nothing reveals it: with no 'requires', it is "
                    "visible from the start. Add what must happen first, e.g. 'requires: {puzzles: [drawer]}', "
                    "or remove 'hidden'.",
                    key=True,
                )


def check_search_pictures(inp: LintInput) -> Iterator[Problem]:
    """A search puzzle without a picture shows an empty frame."""
    for p, puzzle in enumerate(inp.pack.puzzles):
        if isinstance(puzzle, models.SearchPuzzle) and not puzzle.image:
            yield inp.problem(
                ("puzzles", p, "type"),
                "search-without-picture",
                severity="warning",
                message=f"The search puzzle '{puzzle.id}' has no 'image', so players see an empty frame with nothing to "
                "find. Add 'image: assets/puzzles/shelf.png' (the picture the targets are on).",
            )


def check_escape_locked(inp: LintInput) -> Iterator[Problem]:
    """An escape exit open from the start ends the game before it begins."""
    lockable = {e for p in inp.pack.puzzles for e in p.rewards.open_exits}
    for r, room in enumerate(inp.pack.rooms):
        for e, exit_ in enumerate(room.exits):
            eid = models.exit_id(room, exit_)
            if exit_.escape and exit_.requires.is_empty() and eid not in lockable:
                yield inp.problem(
                    ("rooms", r, "exits", e, "escape"),
                    "escape-never-locked",
                    f"The escape exit '{eid}' is never locked: players can leave at once without solving "
                    "anything. Add 'requires: {puzzles: [last-puzzle]}' (what must be done first), or open it "
                    "from a puzzle's 'rewards: {open_exits: [" + eid + "]}'.",
                    severity="warning",
                    key=True,
                )


def unread_files(files: Iterable[str]) -> Iterator[Problem]:
    """Files that look like pack files but are not read (puzzles.yaml.txt, Rooms.YAML, assets/x.yaml)."""
    for name in sorted(files):
        base = name.rsplit("/", 1)[-1]
        if not LOOKS_LIKE_PACK_FILE.search(base):
            continue
        read = name.endswith((".yaml", ".yml")) and not name.startswith("assets/")
        if read:
            continue
        stem = re.split(r"\.ya?ml", base, maxsplit=1, flags=re.IGNORECASE)[0]
        if name.startswith("assets/"):
            fix = (
                "move it out of assets/ (files in assets/ are pictures, sounds and fonts, never read as text)"
            )
        else:
            fix = f"rename it to '{stem}.yaml'"
        yield warning(
            name,
            1,
            1,
            "file-not-read",
            f"This file looks like part of the pack, but it is not read: only files ending in '.yaml' or "
            f"'.yml' (lower case) outside assets/ are. To use it, {fix}; otherwise delete it.",
        )


CHECKS = (check_hidden, check_search_pictures, check_escape_locked)


def design(inp: LintInput, author_checks: bool = True) -> list[Problem]:
    """Every design problem of a validated pack: these checks and, with ``author_checks``, the readability
    ones of textcheck.py (text fit, glyphs, tap targets: warnings for the author, which the game loading a
    pack to play it skips)."""
    from rumours_game.pack.textcheck import CHECKS as READABILITY

    checks = (*CHECKS, *READABILITY) if author_checks else CHECKS
    return [p for check in checks for p in check(inp)]
