"""Finding what a player means by a typed name: ``desk``, ``card``, ``key card`` or an id."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from rumours_game.engine.normalise import normalise

T = TypeVar("T")


@dataclass(frozen=True)
class Named(Generic[T]):
    """Something a player may name: the thing, the label shown to players, and every name it answers to."""

    thing: T
    label: str
    names: tuple[str, ...]


def _matches_words(query: list[str], name: str) -> bool:
    words = normalise(name).split()
    return all(any(w.startswith(q) for w in words) for q in query)


def resolve(query: str, candidates: Sequence[Named[T]]) -> list[Named[T]]:
    """The candidates ``query`` names: exact name matches if any, else those whose words start with
    every word of the query. More than one result means the query is ambiguous; none, unknown."""
    wanted = normalise(query)
    if not wanted:
        return []
    exact = [c for c in candidates if any(normalise(n) == wanted for n in c.names)]
    if exact:
        return exact
    words = wanted.split()
    return [c for c in candidates if any(_matches_words(words, n) for n in c.names)]
