"""Walkthroughs in a pack: named lists of steps (go, look, solve, use, hint, wait, escape) that prove a pack
can be played to its declared ending, with scripted survey answers for headless runs."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Discriminator, Field, Tag

from rumours_game.pack.base import Id, Model


class GoStep(Model):
    go: Id = Field(description="Walk to this room through an open exit.")


class LookStep(Model):
    look: Id = Field(description="Look at this object (picks up what it gives).")


class SolveStep(Model):
    solve: Id
    answer: Any = Field(default=None, description="The answer to give; omitted means the right one.")


class UseStep(Model):
    use: Id
    on: Id = Field(description="A hotspot id, or another item id to combine with.")


class HintStep(Model):
    hint: Id


class WaitStep(Model):
    wait: Annotated[float, Field(gt=0, le=100_000)] = Field(description="Seconds that pass.")


class EscapeStep(Model):
    escape: Id = Field(description="The id of the escape exit to go through.")


def _step_kind(value: Any) -> str | None:
    if isinstance(value, dict):
        for key in ("go", "look", "solve", "use", "hint", "wait", "escape"):
            if key in value:
                return key
        return None
    return _STEP_TAGS.get(type(value))


Step = Annotated[
    Annotated[GoStep, Tag("go")]
    | Annotated[LookStep, Tag("look")]
    | Annotated[SolveStep, Tag("solve")]
    | Annotated[UseStep, Tag("use")]
    | Annotated[HintStep, Tag("hint")]
    | Annotated[WaitStep, Tag("wait")]
    | Annotated[EscapeStep, Tag("escape")],
    Discriminator(
        _step_kind,
        custom_error_type="walkthrough_step",
        custom_error_message="a step starts with one of go, look, solve, use, hint, wait or escape",
    ),
]
_STEP_TAGS: dict[type, str] = {
    GoStep: "go",
    LookStep: "look",
    SolveStep: "solve",
    UseStep: "use",
    HintStep: "hint",
    WaitStep: "wait",
    EscapeStep: "escape",
}
STEP_KINDS: tuple[str, ...] = tuple(_STEP_TAGS.values())


class SurveyAnswers(Model):
    """Scripted survey answers for headless runs: per phase, item id to value; missing ones are seeded."""

    seed: int = 0
    players: Annotated[int, Field(ge=1, le=6)] = 1
    pre: dict[Id, int] = {}
    post: dict[Id, int] = {}


class Walkthrough(Model):
    name: Id
    ending: Literal["escaped", "out_of_time"] = "escaped"
    steps: Annotated[list[Step], Field(min_length=1)]
    survey: SurveyAnswers | None = None
