"""'Did you mean ...?' suggestions for typos in keys and ids."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The choice most like ``word`` (ignoring case), or None when nothing is close enough."""
    options = {str(c).lower(): str(c) for c in choices}
    found = difflib.get_close_matches(str(word).lower(), list(options), n=1, cutoff=0.6)
    return options[found[0]] if found else None


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`` Did you mean 'x'?`` for the closest choice, or an empty string."""
    best = closest(word, choices)
    return f" Did you mean '{best}'?" if best is not None else ""
