"""Text play's command words never collide: in every catalog, no word (in that language or the English ones
always accepted with it) means two commands, and no window words ("tap", "touch") reach the terminal."""

from __future__ import annotations

import re
from itertools import combinations

import pytest

from rumours_game import strings
from rumours_game.strings import Texts
from tests.text.helpers import TUTORIAL, play
from tests.text.test_tutorial import escape

LANGS = sorted(strings.LANGUAGE_NAMES)


def command_keys() -> list[str]:
    return sorted(k for k in strings.catalog("en") if k.startswith("text.cmd."))


@pytest.mark.parametrize("lang", LANGS)
def test_no_word_means_two_commands(lang):
    texts = Texts(lang)
    words = {key: texts.words(key) for key in command_keys()}
    assert len(words) >= 10
    clashes = [(a, b, words[a] & words[b]) for a, b in combinations(words, 2) if words[a] & words[b]]
    assert clashes == [], f"{lang}: the same word for two commands: {clashes}"


WINDOW_WORDS = re.compile(
    r"\b(tap|touch|click|drag|toca|tocca|pulsa|appuyez|touchez|tippe|tippt|antippen|άγγιξε|πάτα|πάτησε"
    r"|торкн\w*|натисн\w*|клацн\w*)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("lang", ["en", "es", "el", "uk"])
def test_text_play_never_says_words_meant_for_the_window(lang):
    run = play(["hint", "1", "help", "look bin", "hint", "1", *escape(lang)], pack=TUTORIAL, lang=lang)
    said = [line for line in run.lines if not line.startswith(">")]
    assert [line for line in said if WINDOW_WORDS.search(line)] == []
