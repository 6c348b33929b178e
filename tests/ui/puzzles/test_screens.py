"""Every widget at 1280x720 and 3840x2160 in English, Greek and Ukrainian: nothing clipped or overlapping.

These check geometry; what the screens look like is compared with committed pictures in
tests/ui/test_snapshots.py (no PNG is written where no test reads it).
"""

from __future__ import annotations

import itertools

import pytest

from rumours_game.ui import text as ui_text
from rumours_game.ui.driver import input_script
from rumours_game.ui.puzzles.controls import control_box

from .conftest import SIZES
from .test_feedback import WRONG
from .test_solve import PUZZLES, values


def assert_tidy(h) -> None:
    """Controls stay inside the widget, never overlap, and every label fits its box."""
    w = h.widget
    for control in w.controls:
        assert w.rect.contains(control.rect), control.key
        if control.label is not None:
            box = control_box(h.ctx, control)
            assert control.label.get_width() <= box.w and control.label.get_height() <= box.h, control.key
    for a, b in itertools.combinations(w.controls, 2):
        assert not a.rect.colliderect(b.rect), (a.key, b.key)
    assert w.rect.contains(w.feedback.rect)
    assert w.body.bottom <= w.feedback.home.top


@pytest.mark.parametrize("lang", ["en", "el", "uk"])
@pytest.mark.parametrize("size", sorted(SIZES))
@pytest.mark.parametrize("pid", PUZZLES)
def test_screens_fit(harness, pid, size, lang):
    h = harness(pid, size=SIZES[size], lang=lang, carrying=True)
    assert_tidy(h)
    h.render()
    h.post(input_script(h.widget, WRONG[pid]))
    h.render()
    if lang == "en":
        for value in values(pid):
            h.post(input_script(h.widget, value))
        h.render()
    assert h.ctx.fonts.overflows == []


@pytest.mark.parametrize("pid", ["quiz", "timeline", "capital", "pairs"])
def test_large_text_and_high_contrast_fit(harness, pid):
    h = harness(pid, size=(1280, 720), lang="uk", high_contrast=True, large_text=True)
    assert_tidy(h)
    h.render()
    assert h.ctx.fonts.overflows == []


def test_keyboard_focus_is_drawn(harness):
    h = harness("quiz")
    plain = h.render().copy()
    import pygame

    h.post([pygame.event.Event(pygame.KEYDOWN, key=pygame.K_TAB, mod=0, unicode="")])
    focused = h.render()
    rect = h.widget.focused().rect.inflate(h.ctx.px(12), h.ctx.px(12))
    changed = sum(
        plain.get_at((x, rect.y + 2)) != focused.get_at((x, rect.y + 2)) for x in range(rect.x, rect.right)
    )
    assert changed > rect.w // 2
    assert focused.get_at((rect.centerx, rect.y + 2))[:3] != plain.get_at((rect.centerx, rect.y + 2))[:3]


def test_labels_shrink_rather_than_cut_a_word_but_never_below_18_px(harness):
    from rumours_game.ui.puzzles.controls import unbroken_size

    ctx = harness("lock").ctx
    assert unbroken_size(ctx, "Перевірити", ctx.px(60), ctx.font_px(24), True) == 18
    word, width, size = "Перевірити", ctx.px(130), ctx.font_px(24)
    _, cut = ui_text.fit(ctx, word, width, ctx.px(200), size, True)
    assert len(cut) > 1, "plain fitting would cut this word into pieces"
    fitted = unbroken_size(ctx, word, width, size, True)
    assert ctx.font_real(fitted, True).size(word)[0] <= width
    assert fitted >= 18
