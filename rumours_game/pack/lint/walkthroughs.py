"""Walkthroughs: every step and survey answer names something the pack declares."""

from __future__ import annotations

from collections.abc import Iterator

from rumours_game.pack import models
from rumours_game.pack.lint.ids import Refs
from rumours_game.pack.lint.inputs import LintInput
from rumours_game.pack.problems import Problem
from rumours_game.pack.suggest import did_you_mean


def check_walkthroughs(inp: LintInput) -> Iterator[Problem]:
    """Walkthrough steps name rooms, objects, puzzles, items and escape exits that exist."""
    refs = Refs(inp)
    escapes = {i for r in inp.pack.rooms for e in r.exits if e.escape for i in [models.exit_id(r, e)]}
    kinds: dict[type, tuple[str, str]] = {
        models.GoStep: ("go", "room"),
        models.LookStep: ("look", "object"),
        models.SolveStep: ("solve", "puzzle"),
        models.HintStep: ("hint", "puzzle"),
        models.UseStep: ("use", "item"),
    }
    survey_ids = refs.known["survey question"]
    for w, walk in enumerate(inp.pack.walkthroughs):
        for s, step in enumerate(walk.steps):
            at = ("walkthroughs", w, "steps", s)
            owner = f"Step {s + 1} of walkthrough '{walk.name}' names"
            if type(step) in kinds:
                field, kind = kinds[type(step)]
                yield from refs.check((*at, field), getattr(step, field), kind, f"{owner} the {kind}")
            if isinstance(step, models.UseStep) and step.on not in refs.known["object"] | refs.known["item"]:
                yield inp.problem(
                    (*at, "on"),
                    "unknown-id",
                    f"{owner} '{step.on}' after 'on', but there is no object or item called '{step.on}'."
                    f"{did_you_mean(step.on, refs.known['object'] | refs.known['item'])}",
                )
            if isinstance(step, models.EscapeStep) and step.escape not in escapes:
                yield inp.problem(
                    (*at, "escape"),
                    "unknown-id",
                    f"{owner} the escape exit '{step.escape}', but no exit with 'escape: true' has that id."
                    f"{did_you_mean(step.escape, escapes)}",
                )
        if walk.survey is not None:
            for phase in ("pre", "post"):
                for item_id in getattr(walk.survey, phase):
                    if item_id not in survey_ids:
                        yield inp.problem(
                            ("walkthroughs", w, "survey", phase, item_id),
                            "unknown-id",
                            f"Walkthrough '{walk.name}' answers the survey question '{item_id}', but there is no "
                            f"survey question called '{item_id}'.{did_you_mean(item_id, survey_ids)}",
                            key=True,
                        )
