"""The building blocks of the pack format: ids, languages, texts players see, rectangles, conditions and
rewards. :mod:`rumours_game.pack.models` (the pack) and :mod:`rumours_game.pack.puzzle_types` (one model per
puzzle type) are made of these.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

ID_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"
LANG_PATTERN = r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"

Id = Annotated[
    str,
    Field(
        pattern=ID_PATTERN,
        min_length=1,
        max_length=64,
        description="A short name made of lower-case letters, digits, '-' and '_', unique in the pack.",
    ),
]
Lang = Annotated[
    str, Field(pattern=LANG_PATTERN, description="A language code such as 'en', 'es' or 'pt-BR'.")
]

LocalText = Annotated[
    str | dict[Lang, str],
    Field(
        description="Text players see: a plain string in the pack's default language, "
        "or a mapping from language code to text.",
    ),
]
LocalTextList = Annotated[
    list[str] | dict[Lang, list[str]],
    Field(description="Several texts: a list in the default language, or a mapping from language to list."),
]
Fraction = Annotated[float, Field(ge=0.0, le=1.0)]


class Model(BaseModel):
    """Base for every pack model: unknown keys are errors and models are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


class Rect(Model):
    """A rectangle on a room or puzzle image, as fractions (0 to 1) of the image's width and height."""

    x: Fraction
    y: Fraction
    w: Annotated[float, Field(gt=0.0, le=1.0)]
    h: Annotated[float, Field(gt=0.0, le=1.0)]

    @model_validator(mode="after")
    def _inside(self) -> Rect:
        if self.x + self.w > 1.0 + 1e-9 or self.y + self.h > 1.0 + 1e-9:
            raise ValueError(
                "the rectangle goes past the edge of the picture (x + w and y + h must be at most 1)"
            )
        return self

    def contains(self, px: float, py: float) -> bool:
        """True when the point (in image fractions) lies inside the rectangle."""
        return self.x <= px <= self.x + self.w and self.y <= py <= self.y + self.h

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x + self.w / 2, self.y + self.h / 2)


# --------------------------------------------------------------------------- conditions and rewards


class Requires(Model):
    """Conditions that must all hold: puzzles solved, items held and flags set."""

    puzzles: list[Id] = []
    items: list[Id] = []
    flags: list[Id] = []

    def is_empty(self) -> bool:
        return not (self.puzzles or self.items or self.flags)


class Rewards(Model):
    """What solving a puzzle gives: items, flags, opened exits and busted rumours; it may use up items."""

    items: list[Id] = []
    flags: list[Id] = []
    open_exits: list[Id] = []
    rumours: list[Id] = []
    remove_items: list[Id] = Field(default=[], description="Items used up when the puzzle is solved.")
