"""The verdict a puzzle type gives on an answer."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Outcome:
    """``right``, ``wrong``, or ``progress`` (a search target found: ``target``)."""

    verdict: str
    target: str | None = None


RIGHT = Outcome("right")
WRONG = Outcome("wrong")


def verdict(right: bool) -> Outcome:
    """``RIGHT`` when true, else ``WRONG``."""
    return RIGHT if right else WRONG
