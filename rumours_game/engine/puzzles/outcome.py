"""The verdict a puzzle type gives on an answer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rumours_game.engine.normalise import normalise


@dataclass(frozen=True)
class Outcome:
    """``right``, ``wrong``, or ``progress`` (a search target found: ``target``)."""

    verdict: str
    target: str | None = None
    detail: dict[str, Any] | None = None
    """For a wrong answer, how close it was: ``{"near": True}`` (a typed answer one or two letters off) or
    ``{"right": n, "of": total}`` (pairs or places right); it becomes the ``wrong_answer`` event's value."""


RIGHT = Outcome("right")
WRONG = Outcome("wrong")


def verdict(right: bool) -> Outcome:
    """``RIGHT`` when true, else ``WRONG``."""
    return RIGHT if right else WRONG


def near(right: bool, value: Any, accepted: frozenset[str]) -> Outcome:
    """A typed answer's verdict; a wrong one says when it is only a letter or two from an accepted answer."""
    if right:
        return RIGHT
    return Outcome("wrong", detail={"near": True}) if near_miss(value, accepted) else WRONG


def counted(right: int, total: int) -> Outcome:
    """A verdict for answers made of parts (pairs, places): right when all are, else how many were."""
    return RIGHT if right == total else Outcome("wrong", detail={"right": right, "of": total})


def near_miss(value: Any, accepted: frozenset[str]) -> bool:
    """True when ``value`` (normalised) is one edit from an accepted answer, or two for answers of more than
    six letters; never for answers under four letters (a near miss there would give the answer away)."""
    if not isinstance(value, str):
        return False
    typed = normalise(value)
    return any(
        len(answer) >= 4 and 0 < _distance(typed, answer, 2) <= (2 if len(answer) > 6 else 1)
        for answer in accepted
    )


def _distance(a: str, b: str, limit: int) -> int:
    """The edit distance between ``a`` and ``b`` (Levenshtein), or ``limit + 1`` once it is larger."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
        if min(row) > limit:
            return limit + 1
    return row[-1]
