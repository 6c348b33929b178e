"""The pack's survey: questions about rumours that exist, facts beside rumours, a reachable attention check."""

from __future__ import annotations

from collections.abc import Iterator

from rumours_game.pack.lint.ids import Refs
from rumours_game.pack.lint.inputs import LintInput
from rumours_game.pack.problems import Problem


def check_survey(inp: LintInput) -> Iterator[Problem]:
    """Survey questions link to rumours that exist; rumour items come with fact items; the attention check
    expects a point on the scale."""
    survey = inp.pack.survey
    if survey is None:
        return
    refs = Refs(inp)
    for i, item in enumerate(survey.items):
        yield from refs.check(
            ("survey", "items", i, "rumour"),
            item.rumour,
            "rumour",
            f"The survey question '{item.id}' is about",
        )
    kinds = [item.kind for item in survey.items]
    if "rumour" in kinds and "fact" not in kinds:
        yield inp.problem(
            ("survey", "items"),
            "survey-no-facts",
            "The survey has rumour statements but no true ones (kind: fact). Without facts to accept, the index "
            "cannot tell whether players learned to spot rumours or just disagree with everything; add a true "
            "statement from your rumours' facts with 'kind: fact'.",
            severity="warning",
            key=True,
        )
    check = survey.attention_check
    if check is not None and not 1 <= check.expect <= survey.scale.points:
        yield inp.problem(
            ("survey", "attention_check", "expect"),
            "bad-value",
            f"The attention check expects {check.expect}, but the scale only goes from 1 to {survey.scale.points}.",
        )
