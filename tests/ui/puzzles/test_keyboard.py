"""The on-screen keyboard: every language's letters, layout switching, Greek and Cyrillic answers."""

from __future__ import annotations

import pygame
import pytest

from rumours_game.engine.ciphers import alphabet_for
from rumours_game.ui.driver import input_script
from rumours_game.ui.driver.inputs import script_for
from rumours_game.ui.puzzles.keyboard import LAYOUTS, base_letter, layout_for, layouts_for

GREEK = "αβγδεζηθικλμνξοπρστυφχψως"
UKRAINIAN = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"


def test_greek_and_ukrainian_layouts_have_every_letter():
    assert set(GREEK) <= set(layout_for("el").letters())
    assert set(UKRAINIAN) <= set(layout_for("uk").letters())
    assert set("ёъыэ") <= set(layout_for("ru").letters())


@pytest.mark.parametrize("lang", ["en", "el", "uk", "es", "fr", "de"])
def test_every_cipher_letter_can_be_typed_in_its_language(lang):
    assert {ch.lower() for ch in alphabet_for(lang)} <= set(layout_for(lang).letters())


def test_latin_layouts_carry_their_accents():
    assert set("ñáéíóú") <= set(layout_for("es").letters())
    assert set("äöüß") <= set(layout_for("de").letters())
    assert set("çéèêàù") <= set(layout_for("fr").letters())
    assert layout_for("pt-BR") is LAYOUTS["pt"]
    assert layout_for("xx") is LAYOUTS["en"]


def test_the_players_language_comes_first_without_repeats():
    names = [k.name for k in layouts_for("el", ["en", "el", "uk", "en-GB"])]
    assert names == [LAYOUTS["el"].name, LAYOUTS["en"].name, LAYOUTS["uk"].name]


def test_base_letter_drops_accents():
    assert base_letter("é") == "e" and base_letter("ά") == "α" and base_letter("ї") == "і"


@pytest.mark.parametrize(("lang", "answer"), [("el", "Λισαβόνα"), ("uk", "Лісабон"), ("es", "Lisboa")])
@pytest.mark.parametrize("via", ["mouse", "touch"])
def test_text_answer_tapped_on_the_keyboard_in_greek_and_cyrillic(harness, lang, answer, via):
    h = harness("capital", lang=lang)
    h.post(input_script(h.widget, answer, via))
    assert h.widget.value == answer.lower()
    assert h.solved


def test_switch_key_reaches_other_scripts(harness):
    h = harness("capital", lang="uk")
    w = h.widget
    assert w.keyboard.layout is LAYOUTS["uk"]
    h.post(script_for(w, "mouse").click(w.control("key:switch").center).events)
    assert w.keyboard.layout is LAYOUTS["en"]
    assert w.focused().key == "key:switch"
    h.post(input_script(w, "Paris", "touch"))
    assert w.value == "paris"


def test_physical_typing_in_greek_and_backspace(harness):
    h = harness("capital", lang="el")
    h.post([pygame.event.Event(pygame.TEXTINPUT, text=ch) for ch in "Λισαβόναα"])
    h.post([pygame.event.Event(pygame.KEYDOWN, key=pygame.K_BACKSPACE, mod=0, unicode="\b")])
    assert h.widget.value == "Λισαβόνα"
    h.post([pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RETURN, mod=0, unicode="\r")])
    assert h.solved


def test_space_from_a_physical_keyboard_types_once(harness):
    h = harness("secret", lang="en")
    h.post(
        [
            pygame.event.Event(pygame.KEYDOWN, key=pygame.K_SPACE, mod=0, unicode=" "),
            pygame.event.Event(pygame.TEXTINPUT, text=" "),
        ]
    )
    assert h.widget.value == " "


def test_resize_keeps_what_was_typed(harness):
    h = harness("capital", lang="uk")
    h.post([pygame.event.Event(pygame.TEXTINPUT, text="Лі")])
    h.screen = pygame.display.set_mode((3840, 2160))
    from rumours_game.ui.layout import Layout

    h.ctx.layout = Layout((3840, 2160))
    h.widget.resize(h.ctx.rect(40, 110, 1200, 590))
    assert h.widget.value == "Лі"
    h.post(input_script(h.widget, "Лісабон", "touch"))
    assert h.solved
