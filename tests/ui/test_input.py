"""Input paths: touch becomes clicks, SDL's own mouse copies of touches are ignored, keyboard focus is visible,
Escape pauses, F8 mutes, hints show their cost before they are taken, and quitting returns to the title."""

from __future__ import annotations

import pygame

from .helpers import button, click, headless, key, post, scene_is, tap, until


def test_a_tap_presses_a_button_and_sdl_mouse_copies_of_touches_are_dropped():
    driver = headless()
    driver.start()
    app = driver.app
    post(app)
    start = button(app, "players-1")
    copy = [
        pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=start.rect.center, button=1, touch=True),
        pygame.event.Event(pygame.MOUSEBUTTONUP, pos=start.rect.center, button=1, touch=True),
    ]
    post(app, *copy)
    assert app.top.name == "title"
    post(app, *tap(app, start.rect.center))
    assert app.top.name == "survey-consent"


def test_keyboard_only_focus_is_shown_and_enter_activates():
    driver = headless()
    driver.start()
    app = driver.app
    post(app)
    assert not app.top.focus.visible
    post(app, *key(pygame.K_TAB))
    assert app.top.focus.visible and app.top.focus.current.key == "players-1"
    before = app.screen.copy()
    app.draw()
    assert pygame.image.tobytes(before, "RGB") == pygame.image.tobytes(app.screen, "RGB")
    post(app, *key(pygame.K_UP), *key(pygame.K_RIGHT), *key(pygame.K_RETURN))
    assert app.top.name == "title" and app.ctx.lang != "en", "the title is laid out again in that language"
    assert app.top.focus.current.key == f"lang-{app.ctx.lang}", "the focus stays where it was"
    post(app, *key(pygame.K_DOWN), *key(pygame.K_RETURN))
    assert app.top.name == "survey-consent"


def test_pause_mute_hint_cost_and_quit_to_title():
    driver = headless()
    driver.start()
    app = driver.app
    until(driver, scene_is("room"))
    post(app, *key(pygame.K_ESCAPE))
    assert app.top.name == "pause"
    clock_before = app.ctx.session.state.elapsed + app.flow.pending
    for _ in range(120):
        app.frame(1 / 60)
    assert app.ctx.session.state.elapsed + app.flow.pending == clock_before, "the clock stops while paused"
    post(app, *click(button(app, "sound").rect.center))
    assert app.ctx.settings.muted
    post(app, *key(pygame.K_F8))
    assert not app.ctx.settings.muted
    post(app, *key(pygame.K_ESCAPE))
    assert app.top.name == "room"
    hint = button(app, "hint")
    assert hint.enabled
    post(app, *click(hint.rect.center))
    assert app.top.name == "guide"
    assert "costs 15 s" in app.top.body, "the penalty is shown before the hint is taken"
    post(app, *click(button(app, "take").rect.center))
    assert app.top.name == "hint-offer"
    assert "costs 15 s" in app.top.body
    assert app.ctx.session.state.penalty == 0
    post(app, *click(button(app, "cancel").rect.center))
    assert app.top.name == "room" and app.ctx.session.state.penalty == 0
    post(app, *click(button(app, "pause").rect.center))
    post(app, *click(button(app, "quit").rect.center))
    assert app.top.name == "quit-confirm"
    post(app, *click(button(app, "quit").rect.center))
    assert app.top.name == "title" and app.ctx.session is None
    assert list(app.ctx.sink.sessions.values())[-1]["ending"] == "quit"


def test_static_screens_are_not_redrawn_without_a_reason():
    driver = headless()
    driver.start()
    app = driver.app
    app.frame(1 / 60)
    drawn = app.frames_drawn
    for _ in range(30):
        assert app.frame(1 / 60) is False
    assert app.frames_drawn == drawn
    until(driver, scene_is("room"))
    app.frame(1 / 60)
    drawn = app.frames_drawn
    for _ in range(30):
        app.frame(1 / 60)
    assert app.frames_drawn - drawn <= 1, "the room redraws only when its clock text changes"


def test_large_text_and_high_contrast_rebuild_the_screens():
    driver = headless()
    driver.start()
    app = driver.app
    until(driver, scene_is("title"))
    normal = button(app, "players-1").rect.size
    post(app, *click(button(app, "large-text").rect.center))
    post(app, *click(button(app, "contrast").rect.center))
    assert app.ctx.settings.large_text and app.ctx.settings.high_contrast
    assert app.ctx.font_px(20) > app.ctx.px(20)
    assert button(app, "large-text").selected and button(app, "players-1").rect.size == normal
    assert app.screen.get_at((2, 2))[:3] == (0, 0, 0)


def test_the_room_shows_what_a_puzzle_gave_when_players_come_back():
    driver = headless()
    driver.start()
    app = driver.app
    until(driver, lambda a: a.ctx.session is not None and "unhcr-report" in a.ctx.session.state.inventory)
    until(driver, scene_is("room"))
    assert {"item-eurostat-report", "item-unhcr-report"} <= {b.key for b in app.top.buttons}
