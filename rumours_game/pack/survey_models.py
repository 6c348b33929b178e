"""The survey section of a pack: the scale, the statements players answer before and after the game, an
attention check, consent and age bands."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from rumours_game.pack.base import Id, LocalText, Model


class Scale(Model):
    """A Likert scale: 5 or 7 points, with labels for at least both ends."""

    points: Literal[5, 7] = 5
    anchors: dict[int, LocalText] = Field(
        description="Labels for scale points, at least the lowest and highest."
    )

    @model_validator(mode="after")
    def _anchors(self) -> Scale:
        if 1 not in self.anchors or self.points not in self.anchors:
            raise ValueError(f"the scale needs labels for point 1 and point {self.points}")
        bad = [k for k in self.anchors if not 1 <= k <= self.points]
        if bad:
            raise ValueError(f"scale labels for points outside 1..{self.points}: {bad}")
        return self


ITEM_KINDS: tuple[str, ...] = ("rumour", "fact", "attitude")
"""What a survey statement is: a false claim to reject, a true statement to accept, or an attitude."""


class SurveyItem(Model):
    id: Id
    statement: LocalText
    kind: Literal["rumour", "fact", "attitude"] = Field(
        default="rumour",
        description="'rumour': a false claim players should reject; 'fact': a true statement they should "
        "accept (with rumour items it measures truth discernment); 'attitude': an opinion, reported apart.",
    )
    reverse_coded: bool = Field(
        default=False, description="True for a pro-diversity statement (agreeing is good)."
    )
    rumour: Id | None = None
    scale: Scale | None = Field(default=None, description="Overrides the survey's scale for this item.")


class AttentionCheck(Model):
    id: Id
    statement: LocalText = Field(description="e.g. 'To show you are reading, choose \"Agree\".'")
    expect: int


class Survey(Model):
    scale: Scale
    items: Annotated[list[SurveyItem], Field(min_length=1)]
    attention_check: AttentionCheck | None = None
    consent: LocalText | None = Field(
        default=None, description="Overrides the default intro and consent text."
    )
    age_bands: list[Annotated[str, Field(pattern=r"^\d{1,2}-\d{1,2}$")]] = Field(
        default=[], description="Optional coarse age bands players may pick, e.g. '14-15'."
    )
