"""Layout scaling and fitted text: logical 1280x720 design to any window, text that always fits its box."""

from __future__ import annotations

import pygame
import pytest

from rumours_game.ui import text as ui_text
from rumours_game.ui.fonts import FontCache
from rumours_game.ui.layout import Layout, grid


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
    pygame.font.init()
    fonts = FontCache()
    long = "Ελληνικά και українська: " + "word " * 60
    font, lines = ui_text.fit(fonts, long, 400, 300, 40)
    assert len(lines) > 1 and all(font.size(line)[0] <= 400 for line in lines)
    assert len(lines) * font.get_linesize() <= 300 and font.get_height() < fonts.get(40).get_height()
    assert fonts.overflows == []
    ui_text.fit(fonts, long * 10, 100, 20, 40)
    assert fonts.overflows, "text that cannot fit is reported"
    assert len(ui_text.wrap(fonts.get(20), "Supercalifragilisticexpialidocious", 60)) > 1
    font, lines = ui_text.fit(fonts, "Перевірити", 90, 200, 24, True, keep_words=True)
    assert lines == ["Перевірити"] and font.size("Перевірити")[0] <= 90
