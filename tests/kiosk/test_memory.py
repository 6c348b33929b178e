"""A kiosk runs all day: what its guard draws over the game (the idle countdown, the attract loop) makes no
window-sized layer per frame and keeps nothing larger than the window in the app's picture cache."""

from __future__ import annotations

import pygame
import pytest

from ..ui.helpers import scene_is, until
from .helpers import frames, kiosk_app


class _Made:
    """Counts the window-sized (or larger) surfaces made while it is installed as ``pygame.Surface``."""

    def __init__(self, window: tuple[int, int]) -> None:
        self.window = window
        self.big: list[tuple[int, int]] = []
        original = pygame.Surface
        made = self

        class Counting(original):  # type: ignore[misc, valid-type]
            def __init__(self, size, *args, **kwargs) -> None:
                super().__init__(size, *args, **kwargs)
                if size[0] * size[1] >= made.window[0] * made.window[1]:
                    made.big.append(tuple(size))

        self.surface = Counting


@pytest.fixture
def made(monkeypatch):
    counter = _Made((1280, 720))
    monkeypatch.setattr(pygame, "Surface", counter.surface)
    return counter


def test_the_idle_countdown_dims_the_screen_without_a_layer(data_dir, made):
    kiosk, driver, _, clock = kiosk_app(data_dir)
    driver.start()
    until(driver, scene_is("room"))
    clock.advance(61)
    frames(kiosk.app)
    made.big.clear()
    clock.advance(1)
    assert kiosk.app.frame(1 / 60), "the countdown redraws each second"
    assert kiosk.guard.warning_since is not None
    assert made.big == [], "the countdown made a window-sized layer to dim the screen"


def test_the_attract_loop_makes_its_picture_once_and_keeps_it_out_of_the_cache(data_dir, made):
    kiosk, _, _, clock = kiosk_app(data_dir)
    app = kiosk.app
    frames(app)
    clock.advance(20)
    assert app.frame(1 / 60) and kiosk.guard.attract is not None
    made.big.clear()
    for _ in range(5):
        clock.advance(0.5)
        assert app.frame(1 / 60)
    assert made.big == [], "the attract loop made a window-sized picture while it played"
    panned = (int(1280 * 1.12), int(720 * 1.12))  # the picture covers the window with room to pan
    assert kiosk.guard.attract.picture((1280, 720)).get_size() == panned
    assert all(s.get_size() != panned for s, _ in app.ctx.surfaces._kept.values()), "cached twice"
