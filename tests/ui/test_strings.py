"""Interface texts: every language has every key with the same placeholders, and every key the UI uses exists."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

import rumours_game.ui as ui
from rumours_game import strings

USED = re.compile(r"""\bt\(\s*["']([a-z_]+\.[a-z_.]+)["']""")
FAMILIES = {
    "refused": {
        "unknown",
        "not_here",
        "locked",
        "not_available",
        "already_solved",
        "not_held",
        "no_more_hints",
        "game_over",
        "no_effect",
    }
}


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("lang", sorted(set(strings.LANGUAGE_NAMES) - {"en"}))
def test_each_catalog_has_every_english_key_with_the_same_placeholders(lang):
    english, other = strings.catalog("en"), strings.catalog(lang)
    assert set(other) == set(english)
    for key, text in other.items():
        assert fields(text) == fields(english[key]), key
        assert text.strip(), key


def test_every_key_the_shell_uses_is_in_english():
    root = Path(ui.__file__).parent
    sources = [p for p in root.rglob("*.py") if "puzzles" not in p.parts and p.name != "keyboard.py"]
    used = {k for p in sources for k in USED.findall(p.read_text(encoding="utf-8"))}
    used |= {f"{family}.{name}" for family, names in FAMILIES.items() for name in names}
    from rumours_game.ui.draw import EMBLEMS

    used |= {f"emblem.{e}" for e in EMBLEMS}
    assert len(used) > 80
    assert used <= set(strings.catalog("en")), sorted(used - set(strings.catalog("en")))


def test_lookup_falls_back_and_packs_override():
    assert strings.lookup("uk", "title.tagline") == "Викрийте чутки. Втечіть із кімнати."
    assert strings.lookup("sv-SE", "title.tagline") == strings.lookup("en", "title.tagline")
    assert strings.lookup("pt-BR", "title.tagline") == strings.lookup("pt", "title.tagline")
    assert strings.lookup("pt-BR", "title.tagline") != strings.lookup("en", "title.tagline")
    assert strings.lookup("el-GR", "title.tagline") == strings.lookup("el", "title.tagline")
    overrides = {"es": {"title.tagline": "¡A jugar!"}}
    assert strings.lookup("es", "title.tagline", overrides) == "¡A jugar!"
    assert strings.lookup("es", "hint.cost", seconds=30).count("30") == 1
    assert strings.lookup("en", "hint.cost") == "This hint costs {seconds} s of your time."
    assert strings.lookup("en", "no.such.key") == "no.such.key"


def test_language_names_are_in_their_own_language():
    assert strings.language_name("el") == "Ελληνικά"
    assert strings.language_name("uk-UA") == "Українська"
    assert strings.language_name("pt") == "Português"
    assert strings.language_name("sv") == "sv"
