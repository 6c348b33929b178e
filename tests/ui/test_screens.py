"""Every scene type at 1280x720 and 3840x2160, and in Greek and Ukrainian (no PNGs: nothing would read them).

Text that cannot fit its box is recorded by the text fitter (the app's ``ctx.fonts.overflows``); every
glyph shown must exist in the shipped font (no missing-glyph boxes).
"""

from __future__ import annotations

import pygame
import pytest

from rumours_game.ui.context import Settings
from rumours_game.ui.fonts import BOLD, REGULAR

from .helpers import HD, UHD, headless


@pytest.mark.parametrize(
    ("size", "lang"), [(HD, "en"), (UHD, "en"), (HD, "el"), (HD, "uk"), ((1920, 1080), "es")]
)
def test_every_scene_fits_at_this_size_and_language(size, lang):
    driver = headless(size=size, lang=lang)
    ok, message = driver.run()
    assert ok, message
    assert len(driver.visited) > 40
    assert driver.app.screen.get_size() == size
    assert driver.app.ctx.fonts.overflows == []


NOT_IN_ANY_FONT = "\U0010fffd"


def _missing_glyphs(text: str) -> set[str]:
    """Characters the shipped fonts draw as the missing-glyph box (rendered like an unassigned code point)."""
    missing = set()
    for path in (REGULAR, BOLD):
        font = pygame.font.Font(str(path), 20)
        box = pygame.image.tobytes(font.render(NOT_IN_ANY_FONT, True, (255, 255, 255)), "RGBA")
        for ch in set(text) - {" ", "\n", "\t"}:
            if pygame.image.tobytes(font.render(ch, True, (255, 255, 255)), "RGBA") == box:
                missing.add(ch)
    return missing


def test_the_missing_glyph_check_works():
    pygame.font.init()
    assert _missing_glyphs("A⏸") == {"⏸"}


def test_the_font_has_every_glyph_of_the_interface_and_the_tutorial(tmp_path):
    from rumours_game import strings
    from rumours_game.pack import load_pack

    from .helpers import TUTORIAL

    pygame.font.init()
    texts = [t for lang in strings.LANGUAGE_NAMES for t in strings.catalog(lang).values()]
    texts += list(strings.LANGUAGE_NAMES.values())
    pack_text = (TUTORIAL / "pack.yaml").read_text(encoding="utf-8")
    pack_text += "".join(p.read_text(encoding="utf-8") for p in TUTORIAL.rglob("*.yaml"))
    ui_dir = TUTORIAL.parents[1] / "rumours_game" / "ui"
    symbols = "".join(p.read_text(encoding="utf-8") for p in ui_dir.rglob("*.py"))
    assert load_pack(TUTORIAL).languages
    assert _missing_glyphs("".join(texts) + pack_text + symbols) == set()


def test_large_text_and_high_contrast_fit_everywhere():
    driver = headless(size=HD, lang="uk", settings=Settings(large_text=True, high_contrast=True))
    ok, message = driver.run()
    assert ok, message
    assert driver.app.ctx.fonts.overflows == []
