"""Every interface text the widgets use is in every shipped catalog, with the same placeholders."""

from __future__ import annotations

import re
import string
from pathlib import Path

import rumours_game.ui.puzzles as puzzles
import rumours_game.ui.puzzles.keyboard as keyboard
from rumours_game import strings

KEY = re.compile(r"""["']((?:puzzle|keyboard)\.[a-z_.]+)["']""")


def used_keys() -> set[str]:
    sources = [*Path(puzzles.__file__).parent.glob("*.py"), Path(keyboard.__file__)]
    return {k for path in sources for k in KEY.findall(path.read_text(encoding="utf-8"))}


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_used_key_is_in_english_and_translated_with_the_same_placeholders():
    english = strings.catalog("en")
    used = used_keys()
    assert len(used) > 25
    assert used <= set(english), sorted(used - set(english))
    for lang in strings.LANGUAGE_NAMES:
        texts = strings.catalog(lang)
        assert sorted(used - set(texts)) == [], lang
        for key in used:
            assert fields(texts[key]) == fields(english[key]), (lang, key)
