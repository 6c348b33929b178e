"""The packs' own texts a report shows: each pack version's title and its survey statements in full.

They come from the ``packs`` and ``statements`` rows of a database or an export (the pack authors' text,
never anything a player typed), and, for data recorded before those existed, from the pack itself
(``rumours index --pack``). A text is shown in the report's language, else in the pack's default
language, else in any language it has.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from rumours_game.index.rows import ItemKey
from rumours_game.pack.i18n import TextValue, tr

if TYPE_CHECKING:  # a pack is only read with --pack: the report's texts otherwise come without pydantic
    from rumours_game.pack.models import Pack

PackKey = tuple[str, str]
"""(pack id, pack version)."""


def local_texts(value: TextValue, default_language: str) -> dict[str, str]:
    """A pack text as ``{language: text}`` (a plain string is in the pack's default language)."""
    if value is None:
        return {}
    return {default_language: value} if isinstance(value, str) else dict(value)


def texts_json(value: TextValue, default_language: str) -> str:
    """A pack text as the JSON the database keeps (``{language: text}``, keys sorted)."""
    return json.dumps(local_texts(value, default_language), ensure_ascii=False, sort_keys=True)


@dataclass
class PackTexts:
    """Titles, default languages and statements by pack version, with lookups in a language."""

    titles: dict[PackKey, dict[str, str]] = field(default_factory=dict)
    defaults: dict[PackKey, str] = field(default_factory=dict)
    statements: dict[ItemKey, dict[str, str]] = field(default_factory=dict)

    def add_rows(self, packs: Iterable[tuple[Any, ...]], statements: Iterable[tuple[Any, ...]]) -> None:
        """Add the rows of ``packs`` and ``statements`` files (or the same queries on a database); a text
        already known is kept."""
        for pack, version, default, lang, title in packs:
            self.defaults.setdefault((pack, version), default)
            self.titles.setdefault((pack, version), {}).setdefault(lang, title)
        for pack, version, item, lang, text in statements:
            self.statements.setdefault((pack, version, item), {}).setdefault(lang, text)

    def add_pack(self, pack: Pack, item_hashes: dict[ItemKey, str] | None = None) -> int:
        """Fill in what the data lacks from ``pack`` (same id and version only; an item whose recorded hash
        differs from the pack's is another statement and is left out). Returns how many texts were added."""
        from rumours_game.survey.plan import plan_items

        key = (pack.id, pack.version)
        added = 0
        if not self.titles.get(key):
            self.titles[key] = local_texts(pack.title, pack.default_language)
            added += 1
        self.defaults.setdefault(key, pack.default_language)
        for item in plan_items(pack.survey) if pack.survey else ():
            item_key = (pack.id, pack.version, item.id)
            recorded = (item_hashes or {}).get(item_key, "")
            if self.statements.get(item_key) or (recorded and recorded != item.item_hash):
                continue
            self.statements[item_key] = local_texts(item.statement, pack.default_language)
            added += 1
        return added

    def title(self, pack: str, version: str, lang: str) -> str | None:
        """The pack version's title in ``lang`` (else its default language, else any), or None."""
        return self._pick(self.titles.get((pack, version)), (pack, version), lang)

    def statement(self, pack: str, version: str, item: str, lang: str) -> str | None:
        """An item's statement in ``lang`` (else the pack's default language, else any), or None."""
        return self._pick(self.statements.get((pack, version, item)), (pack, version), lang)

    def language(self, pack: str, version: str, item: str | None, lang: str) -> str | None:
        """The language :meth:`statement` (or, without ``item``, :meth:`title`) answers in, or None."""
        texts = self.statements.get((pack, version, item)) if item else self.titles.get((pack, version))
        text = self._pick(texts, (pack, version), lang)
        if not texts or text is None:
            return None
        order = (lang, lang.split("-")[0], self.defaults.get((pack, version), ""), *texts)
        return next(code for code in order if texts.get(code) == text)

    def _pick(self, texts: dict[str, str] | None, key: PackKey, lang: str) -> str | None:
        if not texts:
            return None
        return tr(texts, lang, self.defaults.get(key, "")) or None
