"""The pack checks measure texts and targets without pygame; these tests keep their numbers true to the game."""

from __future__ import annotations

import pygame
import pytest

from rumours_game.pack.fontmetrics import BOLD, REGULAR, metrics
from rumours_game.pack.textcheck import SEARCH_PICTURE
from rumours_game.ui.puzzles import WIDGETS

SAMPLES = ["Ticket machine number two", "Ελληνικά και Кириллица", "WWW iii", "Où est la clé ?"]


@pytest.mark.parametrize("bold", [False, True])
@pytest.mark.parametrize("size", [15, 22, 26, 32, 42])
def test_widths_and_line_heights_match_pygame(size, bold):
    path = BOLD if bold else REGULAR
    ours = metrics(path)
    assert ours is not None
    font = pygame.font.Font(str(path), size)
    for text in SAMPLES:
        assert ours.width(text, size) == pytest.approx(font.size(text)[0], rel=0.03, abs=2)
    assert ours.line_skip(size) == font.get_linesize()


def test_the_character_map_is_the_fonts_own():
    ours = metrics(REGULAR)
    assert ours is not None
    for char in "aéΩЖ€😀":
        assert ours.covers(char)
    for char in "🔑漢✅":
        assert not ours.covers(char)


def test_search_picture_size_is_the_search_views(harness):
    h = harness("spot")
    widget = WIDGETS["search"](h.ctx, h.ctx.rect(40, 184, 1200, 528), h.puzzle)  # the puzzle scene's box
    assert widget.image_rect.size == pytest.approx(SEARCH_PICTURE, abs=4)


@pytest.mark.parametrize("slot_name", ["puzzle.title", "puzzle.prompt", "room.name", "object.name"])
def test_the_pack_check_and_the_game_agree_on_what_overflows(slot_name):
    """textcheck.fits mirrors ui.text.fit: a text overflows in the game exactly when the check says so
    (away from the edge, where widths rounded differently may tip one word over)."""
    from rumours_game.pack.textcheck import SLOTS, fits
    from rumours_game.ui import text as ui_text

    from ..helpers import Measure

    slot = SLOTS[slot_name]
    font = metrics(BOLD if slot.bold else REGULAR)
    assert font is not None
    words = [
        "The",
        "archive",
        "keeps",
        "every",
        "letter",
        "the",
        "town",
        "wrote",
        "about",
        "newcomers",
        "since",
        "1950",
    ]
    agree = 0
    for n in range(1, 160, 7):
        text = " ".join(words[i % len(words)] for i in range(n))
        cache = Measure()
        ui_text.fit(cache, text, slot.w, slot.h, slot.size, slot.bold)
        ours = fits(font, slot, text, 1.0)[0]
        edge = fits(font, slot, text + " long extra words here", 1.0)[0] != ours or (
            n > 1 and fits(font, slot, " ".join(text.split()[:-1]), 1.0)[0] != ours
        )
        if not edge:
            assert ours == (cache.overflows == []), (n, text)
            agree += 1
    assert agree > 10
