"""Layout scaling and fitted text: logical 1280x720 design to any window, text that always fits its box."""

from __future__ import annotations

import pygame
import pytest

from rumours_game.ui import text as ui_text
from rumours_game.ui.context import LARGE_TEXT_SCALE
from rumours_game.ui.layout import Layout, grid
from rumours_game.ui.text import LARGE_READABLE_PX

from .helpers import Measure


@pytest.mark.parametrize(("size", "scale"), [((1280, 720), 1.0), ((1920, 1080), 1.5), ((3840, 2160), 3.0)])
def test_sixteen_by_nine_windows_scale_uniformly(size, scale):
    layout = Layout(size)
    assert layout.scale == scale
    assert layout.stage == pygame.Rect((0, 0), size)
    assert layout.rect(640, 360, 10, 10).topleft == (round(640 * scale), round(360 * scale))


def test_other_shapes_keep_the_design_centred_and_whole():
    layout = Layout((800, 600))
    assert layout.stage.w == 800 and layout.stage.h == 450 and layout.stage.y == 75
    assert layout.screen_rect.contains(layout.rect(0, 0, 1280, 720))


def test_grid_cells_do_not_overlap():
    cells = grid(pygame.Rect(0, 0, 900, 300), 5, 3, 10)
    assert len(cells) == 5
    for i, a in enumerate(cells):
        assert pygame.Rect(0, 0, 900, 300).contains(a)
        assert not any(a.colliderect(b) for b in cells[i + 1 :])


def test_text_wraps_and_shrinks_to_fit():
    fonts = Measure()
    long = "Ελληνικά και українська: " + "word " * 60
    font, lines = ui_text.fit(fonts, long, 400, 300, 40)
    assert len(lines) > 1 and all(font.size(line)[0] <= 400 for line in lines)
    assert len(lines) * font.get_linesize() <= 300 and font.get_height() < fonts.font_real(40).get_height()
    assert fonts.overflows == []
    ui_text.fit(fonts, long * 10, 100, 20, 40)
    assert fonts.overflows, "text that cannot fit is reported"
    assert len(ui_text.wrap(fonts.font_real(20), "Supercalifragilisticexpialidocious", 60)) > 1
    font, lines = ui_text.fit(fonts, "Перевірити", 130, 200, 24, True, keep_words=True)
    assert lines == ["Перевірити"] and font.size("Перевірити")[0] <= 130


def test_text_never_shrinks_below_the_readable_minimum():
    """Before: a text too long for its box shrank to half its size (8 px labels); now it wraps at 18 px."""
    fonts = Measure()
    font, lines = ui_text.fit(fonts, "Перевірити відповідь зараз", 130, 400, 24, True, keep_words=True)
    assert 18 <= font.point_size < 24 and len(lines) > 1
    font, _ = ui_text.fit(fonts, "a b c " * 200, 100, 20, 30)
    assert font.point_size == 18 and fonts.overflows, "what cannot fit at 18 px is reported, not shrunk"
    font, _ = ui_text.fit(fonts, "small", 400, 100, 12)
    assert font.point_size == 18, "a size asked below the minimum is raised to it"
    drawn = fonts.log.take()
    assert [d.px for d in drawn][1:] == [18, 18] and [d.fits for d in drawn] == [True, False, True]
    font, _ = ui_text.fit(fonts, "Перевірити", 60, 400, 24, True, keep_words=True)
    assert font.point_size == 18 and not fonts.log.take()[0].fits, (
        "a word cut in two does not count as fitting"
    )


def test_large_text_never_ends_smaller_than_normal_text():
    """Before: large text shrank a label below the size it had without large text."""
    normal, large = Measure(), Measure(LARGE_TEXT_SCALE)
    text = "Ζητήστε μια βοήθεια για τον γρίφο"
    for width in (120, 200, 300, 600):
        plain, _ = ui_text.fit(normal, text, width, 60, 26, True, keep_words=True)
        big, _ = ui_text.fit(large, text, width, 60, round(26 * LARGE_TEXT_SCALE), True, keep_words=True)
        assert big.point_size >= max(plain.point_size, LARGE_READABLE_PX), width


def test_words_in_pictures_scale_with_the_picture():
    fonts = Measure()
    font, _ = ui_text.fit(fonts, "CHECK THE SOURCE", 60, 10, 16, art=True)
    assert font.point_size < 18 and fonts.log.take()[0].art


@pytest.mark.parametrize("width", range(120, 420, 7))
def test_no_line_starts_with_a_mark_that_belongs_to_the_word_before(width: int) -> None:
    # Spanish and French write a space before "%", "?", "!", ":" and inside « »: "70 / %" was seen wrapped.
    fonts = Measure()
    text = "Pasaron del 60 % al 70 % en diez años. Pourquoi ? Parce que « on le dit » : voilà !"
    lines = ui_text.wrap(fonts.font_real(20), text, width)
    assert "".join("".join(lines).split()) == "".join(text.split()), "wrapping lost or reordered letters"
    for line in lines:
        assert line.split()[0][0] not in "%?!:;»", lines
        assert line.split()[-1] != "«", lines
