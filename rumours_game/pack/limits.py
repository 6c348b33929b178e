"""Limits on the texts of a pack, so that a pack that validates cannot hang or exhaust the game.

Laying out a long text costs more than linear time in pygame_gui's text boxes (8,000 characters take about
0.4 s, 16,000 about 1.5 s), a word longer than a line is broken piece by piece, and control characters (a
terminal's escape sequences) have no place on a screen or in a terminal. Validate refuses all three.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from rumours_game.pack.problems import Problem

MAX_TEXT_CHARS = 4000
"""The longest player-visible text, in characters (about two screens of large text)."""
MAX_WORD_CHARS = 200
"""The longest word (a web address included)."""
_ALLOWED_CONTROLS = "\n\t"


class Reporter(Protocol):
    def problem(self, path: tuple[Any, ...], code: str, message: str) -> Problem: ...


def _strings(path: tuple[Any, ...], value: Any) -> Iterator[tuple[tuple[Any, ...], str]]:
    """Every string in a text value: plain, per language, or lists of them."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, inner in value.items():
            yield from _strings((*path, key), inner)
    elif isinstance(value, list | tuple):
        for i, inner in enumerate(value):
            yield from _strings((*path, i), inner)


def text_problem(text: str) -> tuple[str, str] | None:
    """(code, message) when ``text`` breaks a limit, else None."""
    if len(text) > MAX_TEXT_CHARS:
        return (
            "text-too-long",
            f"This text has {len(text):,} characters; the limit is {MAX_TEXT_CHARS:,}. Split it or shorten it.",
        )
    longest = max(text.split(), key=len, default="")
    if len(longest) > MAX_WORD_CHARS:
        return (
            "word-too-long",
            f"This text has a word of {len(longest):,} characters ('{longest[:20]}...'); the limit is "
            f"{MAX_WORD_CHARS}. Add spaces.",
        )
    bad = next((c for c in text if not c.isprintable() and c not in _ALLOWED_CONTROLS), None)
    if bad is not None:
        return (
            "control-character",
            f"This text holds the control character {bad!r}, which cannot be shown; remove it.",
        )
    return None


def check_text_limits(reporter: Reporter, texts: Iterable[tuple[tuple[Any, ...], Any]]) -> Iterator[Problem]:
    """A problem for every text (of ``texts``: path and value) that breaks a limit."""
    for path, value in texts:
        for where, text in _strings(path, value):
            found = text_problem(text)
            if found is not None:
                yield reporter.problem(where, *found)
