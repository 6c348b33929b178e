"""One survey answer: validation against its Likert scale, and reverse coding."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from rumours_game.pack.models import Scale

Phase = Literal["pre", "post"]
PHASES: tuple[Phase, ...] = ("pre", "post")
SCALE_MIN = 1
"""Every pack scale starts at 1 and ends at its number of points."""


class InvalidAnswer(ValueError):
    """A value that is not a point of the item's scale."""


def check_value(scale: Scale, value: object) -> int:
    """``value`` as an int when it is a point of ``scale`` (1..points); raises :class:`InvalidAnswer`."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidAnswer(f"an answer must be a whole number from 1 to {scale.points}, not {value!r}")
    if not SCALE_MIN <= value <= scale.points:
        raise InvalidAnswer(f"an answer must be from 1 to {scale.points}, not {value}")
    return value


def agreement(value: int, scale_min: int, scale_max: int, reverse_coded: bool) -> int:
    """Agreement with the rumour: the value, mirrored on the scale for a reverse-coded statement."""
    return scale_min + scale_max - value if reverse_coded else value


@dataclass(frozen=True)
class Answer:
    """An accepted answer, ready for a :class:`~rumours_game.survey.sink.ResponseSink`."""

    player_code: str
    item_id: str
    phase: Phase
    value: int
    scale_min: int
    scale_max: int
    reverse_coded: bool = False
    rumour_id: str | None = None
    is_check: bool = False
    """True for the attention-check item (kept, but never part of the index)."""

    @property
    def agreement(self) -> int:
        """Agreement with the rumour after reverse coding."""
        return agreement(self.value, self.scale_min, self.scale_max, self.reverse_coded)
