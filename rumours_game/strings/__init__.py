"""Interface texts (buttons, titles, messages) of both front ends in every shipped language.

One catalog per language: YAML files next to this module (``en.yaml``, ``es.yaml``...) holding the window's
keys and the terminal's (``text.*``). A pack may override any key per language in its ``strings:`` section.
Pure Python: no pygame here.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType

import yaml

FALLBACK = "en"
"""The language used when a key is missing in the requested one."""

LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "de": "Deutsch",
    "el": "Ελληνικά",
    "uk": "Українська",
    "it": "Italiano",
    "pt": "Português",
}
"""Each shipped catalog's language, named in that language (shown on the language choice screen)."""


def language_name(lang: str) -> str:
    """The name of a language in itself, or its code when no catalog ships for it."""
    return LANGUAGE_NAMES.get(lang, LANGUAGE_NAMES.get(lang.split("-")[0], lang))


@cache
def _shipped(lang: str) -> Mapping[str, str]:
    res = resources.files(__package__).joinpath(f"{lang}.yaml")
    data = yaml.safe_load(res.read_text(encoding="utf-8")) or {}
    return MappingProxyType({str(k): str(v) for k, v in data.items()})


def catalog(lang: str) -> Mapping[str, str]:
    """The shipped catalog for ``lang`` (empty when none ships; each is read once, then shared read-only)."""
    return _shipped(lang) if lang in LANGUAGE_NAMES else MappingProxyType({})


class _KeepMissing(dict):
    """Leaves unknown ``{placeholders}`` as they are instead of failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _candidates(lang: str) -> list[str]:
    base = lang.split("-")[0]
    return list(dict.fromkeys([lang, base, FALLBACK]))


def lookup(
    lang: str,
    key: str,
    overrides: Mapping[str, Mapping[str, str]] | None = None,
    **fmt: object,
) -> str:
    """The interface text ``key`` in ``lang``, formatted with ``fmt``.

    Looks in the pack's overrides, then the shipped catalog, for the language, its base language
    ('pt' for 'pt-BR') and finally English. An unknown key comes back as the key itself.
    """
    overrides = overrides or {}
    text = key
    for candidate in _candidates(lang):
        found = overrides.get(candidate, {}).get(key)
        if found is None:
            found = catalog(candidate).get(key)
        if found is not None:
            text = found
            break
    if not fmt:
        return text
    return string.Formatter().vformat(text, (), _KeepMissing(fmt))


def keys() -> list[str]:
    """Every key of the English catalog (the reference every other catalog follows)."""
    return sorted(catalog(FALLBACK))


class Texts:
    """Interface texts in one language, with a pack's overrides: ``texts(key, **fmt) -> str``."""

    def __init__(
        self, lang: str, overrides: Mapping[str, Mapping[str, str]] | None = None, variant: str = ""
    ) -> None:
        self.lang = lang
        self.overrides: Mapping[str, Mapping[str, str]] = overrides or {}
        self.variant = variant
        """A front end's own wording: ``text`` looks up ``text.<key>`` first (the terminal has nothing to
        touch), falling back to ``<key>``."""

    def __call__(self, key: str, **fmt: object) -> str:
        """The text ``key``, formatted with ``fmt``; an unknown key comes back as itself."""
        if self.variant:
            own = f"{self.variant}.{key}"
            text = lookup(self.lang, own, self.overrides, **fmt)
            if text != own:
                return text
        return lookup(self.lang, key, self.overrides, **fmt)

    def words(self, key: str) -> frozenset[str]:
        """A comma-separated word list (command words) in this language and in English, in lower case."""
        found = {w.strip().casefold() for w in self(key).split(",")}
        found |= {w.strip().casefold() for w in lookup(FALLBACK, key, self.overrides).split(",")}
        return frozenset(w for w in found if w)
