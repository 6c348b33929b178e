"""Interface texts of the text front end, looked up like every other interface text.

Catalogs are ``<lang>.yaml`` files next to this module, with keys under ``text.``. They are layered over
the game's shared catalogs (:mod:`rumours_game.strings`) with the same look-up rules: the pack's
``strings:`` overrides first, then the catalog, for the language, its base language, then English.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from rumours_game import strings

LANGUAGES: tuple[str, ...] = ("en", "es", "fr", "de", "el", "uk")
"""The languages this front end ships texts for."""


@cache
def catalog(lang: str) -> Mapping[str, str]:
    """The text front end's own catalog for ``lang`` (empty when there is none)."""
    return strings.read_catalog(__package__, lang)


class Texts:
    """Interface texts in one language, with a pack's overrides: ``texts(key, **fmt) -> str``."""

    def __init__(self, lang: str, overrides: Mapping[str, Mapping[str, str]] | None = None) -> None:
        self.lang = lang
        pack_overrides = overrides or {}
        self._layers: dict[str, dict[str, str]] = {
            code: {**catalog(code), **pack_overrides.get(code, {})} for code in {*LANGUAGES, *pack_overrides}
        }

    def __call__(self, key: str, **fmt: object) -> str:
        """The text ``key``, formatted with ``fmt``; an unknown key comes back as itself."""
        return strings.lookup(self.lang, key, self._layers, **fmt)

    def words(self, key: str) -> frozenset[str]:
        """A comma-separated word list (command words) in this language and in English, in lower case."""
        found = {w.strip().casefold() for w in self(key).split(",")}
        found |= {
            w.strip().casefold() for w in strings.lookup(strings.FALLBACK, key, self._layers).split(",")
        }
        return frozenset(w for w in found if w)
