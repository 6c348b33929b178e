"""Kiosk mode in the game, driven by real events under SDL dummy with an injected clock: closing keys do
nothing, the corner opens the PIN pad, wrong PINs wait longer and longer, idle screens count down and then
start over from a clean title with every answer kept, and the title turns into the attract loop."""

from __future__ import annotations

import pygame
import pytest

from rumours_game.kiosk.config import Idle, KioskConfig
from rumours_game.kiosk.pin import hash_pin

from ..ui.helpers import button, click, key, post, scene_is, tap, until
from .helpers import PIN, frames, kiosk_app

QUIT_EVENTS = [
    [pygame.event.Event(pygame.QUIT)],
    [pygame.event.Event(pygame.WINDOWCLOSE, window=None)],
    key(pygame.K_F4, pygame.KMOD_LALT),
    key(pygame.K_q, pygame.KMOD_LCTRL),
    key(pygame.K_q, pygame.KMOD_LMETA),
    key(pygame.K_ESCAPE),
]


@pytest.mark.parametrize("events", QUIT_EVENTS, ids=["quit", "close", "alt-f4", "ctrl-q", "cmd-q", "esc"])
def test_closing_keys_and_window_close_do_nothing(data_dir, events):
    kiosk, driver, _, _ = kiosk_app(data_dir)
    app = kiosk.app
    post(app, *events)
    assert app.running and app.top.name == "title"
    until(driver, scene_is("room")) if driver.start() is None else None
    post(app, *events)
    assert app.running


def corner_taps(app, n=5):
    for _ in range(n):
        post(app, *tap(app, (10, 10)), frames=1)


def press_pin(app, pin):
    for digit in pin:
        post(app, *click(button(app, f"pin-{digit}").rect.center), frames=1)
    post(app, *click(button(app, "pin-ok").rect.center))


def test_five_corner_taps_open_the_pin_pad_and_the_right_pin_opens_the_menu(data_dir):
    kiosk, _, _, _ = kiosk_app(data_dir, KioskConfig(pin=hash_pin(PIN)))
    app = kiosk.app
    corner_taps(app, 4)
    assert app.top.name == "title"
    corner_taps(app, 1)
    assert app.top.name == "kiosk-pin"
    press_pin(app, PIN)
    assert app.top.name == "kiosk-menu"


def test_taps_spread_out_in_time_or_away_from_the_corner_do_not_open_it(data_dir):
    kiosk, _, _, clock = kiosk_app(data_dir, KioskConfig(pin=hash_pin(PIN)))
    app = kiosk.app
    for _ in range(5):
        post(app, *tap(app, (10, 10)), frames=1)
        clock.advance(1.5)
    assert app.top.name != "kiosk-pin"


def test_a_long_press_in_the_corner_and_ctrl_alt_k_open_the_pin_pad(data_dir):
    kiosk, _, _, clock = kiosk_app(data_dir, KioskConfig(pin=hash_pin(PIN)))
    app = kiosk.app
    post(app, pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(5, 5), button=1, touch=False))
    clock.advance(3.1)
    frames(app)
    assert app.top.name == "kiosk-pin"
    post(app, *key(pygame.K_ESCAPE))
    assert app.top.name == "title"
    post(app, *key(pygame.K_k, pygame.KMOD_LCTRL | pygame.KMOD_LALT))
    assert app.top.name == "kiosk-pin"


def test_wrong_pins_wait_longer_and_longer(data_dir):
    kiosk, _, _, clock = kiosk_app(data_dir, KioskConfig(pin=hash_pin(PIN)))
    app = kiosk.app
    corner_taps(app)
    for _ in range(3):
        press_pin(app, "0000")
    assert app.top.name == "kiosk-pin" and kiosk.gate.wait() == 5
    press_pin(app, PIN)  # refused unchecked while waiting, even though it is right
    assert app.top.name == "kiosk-pin"
    clock.advance(5)
    press_pin(app, "1111")
    assert kiosk.gate.wait() == 10
    clock.advance(10)
    press_pin(app, PIN)
    assert app.top.name == "kiosk-menu"


def test_without_a_pin_the_corner_opens_the_menu_which_says_so(data_dir):
    kiosk, _, _, _ = kiosk_app(data_dir)
    corner_taps(kiosk.app)
    assert kiosk.app.top.name == "kiosk-menu"
    assert any("No PIN" in line for line in kiosk.app.top.summary_lines())


IDLE = Idle(timeout=60, warning=15, puzzle=180, survey=120)
SCREENS = ["survey-consent", "survey-question", "briefing", "room", "puzzle", "fact-card", "ending", "debrief",
           "thanks"]  # fmt: skip


@pytest.mark.parametrize("screen", SCREENS)
def test_idle_warning_then_reset_from_every_screen_keeps_answers_and_clears_the_team(data_dir, screen):
    kiosk, driver, store, clock = kiosk_app(data_dir, KioskConfig(idle=IDLE))
    app, ctx = kiosk.app, kiosk.app.ctx
    driver.start()
    until(driver, scene_is(screen))
    ctx.settings.large_text = ctx.settings.high_contrast = True
    ctx.team["emblem"] = "star"
    answers = store._conn.execute("SELECT count(*) FROM responses").fetchone()[0]
    limit = kiosk.guard.idle_limit()
    under_puzzle = any(s.name == "puzzle" for s in app.stack)  # a fact card over the puzzle it busted
    assert limit == (180 if under_puzzle else {"survey-consent": 120, "survey-question": 120}.get(screen, 60))
    clock.advance(limit - 1)
    frames(app)
    assert kiosk.guard.seconds_left() is None
    clock.advance(1)
    frames(app)
    assert kiosk.guard.seconds_left() == 15 and app.top.name == screen
    clock.advance(14.5)
    frames(app)
    assert kiosk.guard.seconds_left() == 1
    clock.advance(1)
    frames(app)
    assert app.top.name == "title" and len(app.stack) == 1
    assert kiosk.guard.attract is not None, "the attract loop shows at once"
    assert ctx.session is None and ctx.team == {} and ctx.lang == "en"
    assert not ctx.settings.large_text and not ctx.settings.high_contrast
    assert store._conn.execute("SELECT count(*) FROM responses").fetchone()[0] == answers
    endings = [r[0] for r in store._conn.execute("SELECT ending FROM sessions")]
    if screen in ("ending", "debrief"):
        assert endings == ["escaped"], "a game played to the end keeps its ending"
    elif screen != "thanks":
        assert endings == ["abandoned"]


def test_a_touch_during_the_countdown_keeps_the_game_and_does_nothing_else(data_dir):
    kiosk, driver, _, clock = kiosk_app(data_dir, KioskConfig(idle=IDLE))
    app = kiosk.app
    driver.start()
    until(driver, scene_is("room"))
    clock.advance(61)
    frames(app)
    assert kiosk.guard.seconds_left() is not None
    log = len(app.ctx.session.log)
    post(app, *tap(app, (640, 360)))
    assert kiosk.guard.seconds_left() is None and app.top.name == "room"
    assert len(app.ctx.session.log) == log, "the waking touch reached nothing under it"
    clock.advance(59)
    frames(app)
    assert kiosk.guard.seconds_left() is None


def test_typed_text_is_gone_for_the_next_team(data_dir):
    kiosk, driver, _, clock = kiosk_app(data_dir, KioskConfig(idle=IDLE))
    app = kiosk.app
    driver.start()
    until(driver, scene_is("puzzle"))
    puzzle = app.top
    post(app, pygame.event.Event(pygame.TEXTINPUT, text="7"), *key(pygame.K_7))
    clock.advance(180)
    frames(app)
    clock.advance(15)
    frames(app)
    assert app.top.name == "title" and puzzle not in app.stack
    assert all(s.name != "puzzle" for s in app.stack)


def test_the_title_turns_into_a_gentle_attract_loop_and_a_touch_wakes_it(data_dir):
    kiosk, _, _, clock = kiosk_app(data_dir)
    app = kiosk.app
    frames(app)
    assert kiosk.guard.attract is None
    clock.advance(20)
    assert app.frame(1 / 60)
    assert kiosk.guard.attract is not None
    first = pygame.image.tobytes(app.screen, "RGB")
    clock.advance(0.01)
    assert not app.frame(1 / 60), "the loop redraws at most 20 times a second"
    clock.advance(10)
    assert app.frame(1 / 60)
    assert pygame.image.tobytes(app.screen, "RGB") != first, "the picture moves"
    post(app, *tap(app, (640, 360)))
    assert kiosk.guard.attract is None and app.top.name == "title", "the waking touch does not start"
    post(app, *tap(app, button(app, "players-1").rect.center))
    assert app.top.name != "title"


def test_f5_does_not_reload_on_a_kiosk(data_dir):
    kiosk, _, _, _ = kiosk_app(data_dir)
    called = []
    kiosk.app.reload = lambda: bool(called.append(1))  # type: ignore[method-assign]
    post(kiosk.app, *key(pygame.K_F5))
    assert called == []
