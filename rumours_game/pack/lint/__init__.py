"""Checks across a whole, well-formed pack: ids, references, assets, translations and reachability.

One function per kind of thing, each yielding problems at the file, line and column of the offending
value. They run once the pack's files have the right shape (the models validated). Each kind of thing
has its own module here; ``lint`` runs them all in the order of ``CHECKS``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from rumours_game.pack.lint.assets import ASSETS, check_assets
from rumours_game.pack.lint.ids import check_ids
from rumours_game.pack.lint.inputs import LintInput, Path_
from rumours_game.pack.lint.reachability import check_reachability
from rumours_game.pack.lint.references import check_puzzles, check_rooms
from rumours_game.pack.lint.survey import check_survey
from rumours_game.pack.lint.texts import check_texts, texts
from rumours_game.pack.lint.translations import check_translations
from rumours_game.pack.lint.walkthroughs import check_walkthroughs
from rumours_game.pack.problems import Problem

__all__ = [
    "ASSETS",
    "CHECKS",
    "LintInput",
    "Path_",
    "check_assets",
    "check_ids",
    "check_puzzles",
    "check_reachability",
    "check_rooms",
    "check_survey",
    "check_texts",
    "check_translations",
    "check_walkthroughs",
    "lint",
    "texts",
]


def lint(inp: LintInput) -> list[Problem]:
    """Every cross-reference, asset, translation and reachability problem of a validated pack."""
    problems: list[Problem] = []
    for check in CHECKS:
        problems.extend(check(inp))
    return problems


CHECKS: tuple[Callable[[LintInput], Iterable[Problem]], ...] = (
    check_ids,
    check_rooms,
    check_puzzles,
    check_survey,
    check_walkthroughs,
    check_reachability,
    check_assets,
    check_translations,
    check_texts,
)
"""Every check, in the order they run."""
