"""Text normalisation for typed answers: case, accents, punctuation and spacing do not matter."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache


def normalise(text: str) -> str:
    """Fold case, strip accents and punctuation, and collapse runs of spaces."""
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    kept = []
    for ch in decomposed:
        cat = unicodedata.category(ch)
        if cat.startswith("M"):
            continue
        kept.append(ch if cat[0] in "LN" else " ")
    return " ".join("".join(kept).split())


def normalised_set(texts: Iterable[str]) -> frozenset[str]:
    """Every text normalised (cached: puzzles check the same accepted answers again and again)."""
    return _normalised_set(tuple(texts))


@lru_cache(maxsize=4096)
def _normalised_set(texts: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalise(t) for t in texts)
