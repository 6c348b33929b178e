"""Interface texts of the game (buttons, titles, messages) in every shipped language.

Catalogs are YAML files next to this module, one per language (``en.yaml``, ``es.yaml``...). A pack may
override any key per language in its ``strings:`` section. Pure Python: no pygame here, so the text front
end uses the same catalogs.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from functools import cache
from importlib import resources

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
}
"""Each shipped catalog's language, named in that language (shown on the language choice screen)."""


def language_name(lang: str) -> str:
    """The name of a language in itself, or its code when no catalog ships for it."""
    return LANGUAGE_NAMES.get(lang, LANGUAGE_NAMES.get(lang.split("-")[0], lang))


def read_catalog(package: str, lang: str) -> Mapping[str, str]:
    """The ``<lang>.yaml`` catalog shipped in ``package`` (empty when there is none)."""
    res = resources.files(package).joinpath(f"{lang}.yaml")
    if not res.is_file():
        return {}
    data = yaml.safe_load(res.read_text(encoding="utf-8")) or {}
    return {str(k): str(v) for k, v in data.items()}


@cache
def catalog(lang: str) -> Mapping[str, str]:
    """The shipped catalog for ``lang`` (empty when there is none)."""
    return read_catalog(__package__, lang)


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
