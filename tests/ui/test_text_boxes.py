"""Long texts in pygame_gui text boxes: intended size, every line reachable by keys, wheel, drag (mouse and
finger) and the scroll bar; pack texts shown literally; DejaVu glyphs for Greek and Cyrillic; boxes inside
their panels at 720p and 4K."""

from __future__ import annotations

import shutil

import pygame
import pytest

from rumours_game.pack.problems import Problem
from rumours_game.ui.context import Settings
from rumours_game.ui.scenes.pack_error import PackErrorScene
from rumours_game.ui.theme import GUI_FONT

from .helpers import HD, TUTORIAL, UHD, headless, key, post, scene_is, until

TEXT_SCENES = ("survey-consent", "briefing", "fact-card", "ending", "debrief")


def _problems(n: int) -> list[Problem]:
    return [
        Problem(f"rooms/room{i}.yaml", i + 1, 1, "error", "yaml-syntax", f"problem number {i} in this file")
        for i in range(n)
    ]


def _error_screen(size=HD, n: int = 60):
    driver = headless(size=size)
    driver.start()
    app = driver.app
    post(app)
    app.push(PackErrorScene(app.ctx, _problems(n)))
    post(app)
    return app, app.top.texts[0]


def _chunks(text) -> list:
    """The runs of text the text box laid out (line breaks left out)."""
    rows = text.box.text_box_layout.layout_rows
    return [chunk for row in rows for chunk in row.items if hasattr(chunk, "text")]


def _shown_text(text) -> str:
    """The characters the text box laid out (what players read)."""
    return "".join(chunk.text for chunk in _chunks(text))


def test_every_problem_is_listed_and_the_list_scrolls_to_the_last():
    app, text = _error_screen()
    shown = _shown_text(text)
    assert all(f"problem number {i} in this file" in shown for i in range(60))
    assert "more" not in shown
    assert text.enabled and text.at_top and not text.at_bottom
    post(app, *key(pygame.K_END))
    assert text.at_bottom
    assert text.offset + text.view_height == pytest.approx(text.text_height, abs=2)
    post(app, *key(pygame.K_HOME))
    assert text.at_top


def test_keys_scroll_the_focused_text_and_arrows_move_on_at_its_ends():
    app, text = _error_screen()
    scene = app.top
    assert scene.focus.current.key == "retry"
    post(app, *key(pygame.K_TAB), *key(pygame.K_TAB), *key(pygame.K_TAB))
    assert scene.focus.current is text and scene.focus.visible, "the text is a stop of the focus ring"
    post(app, *key(pygame.K_DOWN))
    assert text.offset == pytest.approx(text.line, abs=2)
    post(app, *key(pygame.K_PAGEDOWN))
    assert text.offset == pytest.approx(text.view_height, abs=3)
    post(app, *key(pygame.K_UP), *key(pygame.K_PAGEUP))
    assert text.at_top
    post(app, *key(pygame.K_UP))
    assert scene.focus.current is not text, "Up at the top moves the focus on"
    post(app, *key(pygame.K_TAB), *key(pygame.K_RETURN))
    assert scene.focus.current is text and text.offset > text.line, "Enter pages down"
    before = app.frames_drawn
    post(app, *key(pygame.K_END))
    assert app.frames_drawn > before
    app.draw()
    ring = text.rect.inflate(app.ctx.px(9), app.ctx.px(9))
    assert app.screen.get_at(ring.midleft)[:3] == app.ctx.theme.focus, "the focus outline is drawn"


def test_page_keys_scroll_the_text_while_a_button_has_the_focus():
    app, text = _error_screen()
    post(app, *key(pygame.K_PAGEDOWN))
    assert text.offset > 0 and app.top.focus.current.key == "retry"


def test_the_mouse_wheel_scrolls_the_text_under_the_pointer():
    app, text = _error_screen()
    move = pygame.event.Event(pygame.MOUSEMOTION, pos=text.rect.center, rel=(0, 0), buttons=(0, 0, 0))
    wheel = pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=-2, precise_x=0.0, precise_y=-2.0, flipped=False)
    post(app, move, wheel)
    assert text.offset == pytest.approx(6 * text.line, abs=2)
    post(app, pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=5, precise_x=0.0, precise_y=5.0, flipped=False))
    assert text.at_top


def _drag(start: tuple[int, int], dy: int, touch_size: tuple[int, int] | None = None) -> list:
    end = (start[0], start[1] + dy)
    if touch_size is None:
        return [
            pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=start, button=1),
            pygame.event.Event(pygame.MOUSEMOTION, pos=end, rel=(0, dy), buttons=(1, 0, 0)),
            pygame.event.Event(pygame.MOUSEBUTTONUP, pos=end, button=1),
        ]
    w, h = touch_size

    def finger(kind, pos, d=0.0):
        return pygame.event.Event(
            kind, touch_id=1, finger_id=0, x=pos[0] / w, y=pos[1] / h, dx=0.0, dy=d, pressure=1.0
        )

    return [
        finger(pygame.FINGERDOWN, start),
        finger(pygame.FINGERMOTION, end, dy / h),
        finger(pygame.FINGERUP, end),
    ]


@pytest.mark.parametrize("via", ["mouse", "touch"])
def test_dragging_the_text_scrolls_it(via):
    app, text = _error_screen()
    size = app.screen.get_size() if via == "touch" else None
    for event in _drag(text.rect.center, -150, size):
        post(app, event, frames=1)
    assert text.offset == pytest.approx(150, abs=3)
    assert app.top.name == "pack-error"
    for event in _drag(text.rect.center, 400, size):
        post(app, event, frames=1)
    assert text.at_top


def test_dragging_the_scroll_bar_handle_scrolls_the_text():
    app, text = _error_screen()
    handle = text.box.scroll_bar.sliding_button.rect
    for event in _drag(handle.center, text.bar_rect.h, None):
        post(app, event, frames=2)
    assert text.at_bottom


def test_pack_texts_show_literally(tmp_path, monkeypatch):
    pack_dir = tmp_path / "tutorial"
    shutil.copytree(TUTORIAL, pack_dir)
    facts = pack_dir / "rumours" / "how-many.yaml"
    original = "On 1 January 2024"
    source = facts.read_text(encoding="utf-8")
    assert original in source
    facts.write_text(source.replace(original, "<b>Fact</b> & <i>check</i>: " + original, 1), encoding="utf-8")
    driver = headless(pack_path=pack_dir)
    driver.start()
    until(driver, scene_is("fact-card"))
    shown = _shown_text(driver.app.top.texts[0])
    assert "<b>Fact</b> & <i>check</i>: On 1 January 2024" in shown


@pytest.mark.parametrize("lang", ["el", "uk"])
def test_greek_and_cyrillic_are_drawn_with_dejavu_without_missing_glyphs(lang):
    from .test_screens import NOT_IN_ANY_FONT

    driver = headless(lang=lang)
    driver.start()
    until(driver, scene_is("briefing"))
    scene = driver.app.top
    fonts = scene.manager.get_theme().get_font_dictionary()
    assert str(fonts.known_font_paths[GUI_FONT][0][0]).endswith("DejaVuSans.ttf")
    white = pygame.Color(255, 255, 255)
    for text in scene.texts:
        for chunk in _chunks(text):
            font = chunk.font
            assert font is fonts.find_font(font.point_size, GUI_FONT, font.bold), (
                "DejaVu Sans, not a fallback"
            )
            box = pygame.image.tobytes(font.render_premul(NOT_IN_ANY_FONT, white), "RGBA")
            for ch in set(chunk.text) - {" "}:
                assert pygame.image.tobytes(font.render_premul(ch, white), "RGBA") != box, ch


@pytest.mark.parametrize(
    ("size", "large"),
    [
        (HD, False),
        (HD, True),
        # a whole game at 4K is heavy: large text (the tighter fit) runs in every make test, the rest in CI
        pytest.param(UHD, False, marks=pytest.mark.slow),
        (UHD, True),
    ],
    ids=["720p", "720p-large", "4k", "4k-large"],
)
def test_text_boxes_sit_inside_their_panels_at_their_intended_size(size, large):
    driver = headless(size=size, settings=Settings(large_text=large))
    driver.start()
    seen = set()
    app = driver.app
    for _ in range(5000):
        scene = app.top
        if scene.name in TEXT_SCENES and scene.name not in seen:
            seen.add(scene.name)
            assert scene.texts, scene.name
            for text in scene.texts:
                assert any(p.contains(text.rect) for p in scene.panels), scene.name
                if text.enabled:
                    assert text.rect.contains(text.bar_rect), scene.name
                    assert text.bar_rect.w == app.ctx.px(26)
                for b in scene.buttons:
                    assert not text.rect.colliderect(b.rect), (scene.name, b.key)
                sizes = {chunk.font.point_size for chunk in _chunks(text)}
                assert min(sizes) >= app.ctx.font_px(18), "never shrunk below the smallest intended size"
        if driver.step() is not None:
            break
    assert seen == set(TEXT_SCENES)


def test_large_text_makes_long_texts_bigger_not_smaller():
    driver = headless(lang="uk", settings=Settings(large_text=True))
    driver.start()
    until(driver, scene_is("debrief"))
    ctx = driver.app.ctx
    text = driver.app.top.texts[0]
    sizes = {chunk.font.point_size for chunk in _chunks(text)}
    assert ctx.font_px(24) in sizes and ctx.font_px(24) > ctx.px(24)
    assert text.enabled and text.text_height > text.view_height, "it scrolls instead of shrinking"
