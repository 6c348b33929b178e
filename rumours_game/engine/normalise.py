"""Text normalisation for typed answers: case, accents, punctuation and spacing do not matter."""

from __future__ import annotations

import unicodedata


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
