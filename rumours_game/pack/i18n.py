"""Looking up translatable pack texts (``LocalText``: a plain string or a language -> text mapping)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

TextValue = str | Mapping[str, str] | None
"""A translatable text as a pack holds it (``LocalText``), or None for no text."""


def tr(value: TextValue, lang: str, default_lang: str) -> str:
    """The text in ``lang``; else in the default language; else in any language; '' for None."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    for key in (lang, lang.split("-")[0], default_lang):
        if key in value:
            return value[key]
    return next(iter(value.values()), "")


def variants(value: Any) -> Iterator[str]:
    """Every language version of a text (a plain string has one)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        yield from value.values()


def languages_of(value: Any) -> set[str] | None:
    """The languages a text is given in; None for a plain string (it is in the default language)."""
    return set(value) if isinstance(value, dict) else None
