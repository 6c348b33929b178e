"""The kiosk's own screens at 1280x720 compared with committed pictures (tests/snapshots/, see
tests/snapshot.py): the idle countdown over the room, the PIN pad waiting after wrong PINs, the facilitator
menu of an empty database, and the attract loop at a fixed moment. Update on purpose with make snapshots."""

from __future__ import annotations

from collections.abc import Callable

import pygame
import pytest

from rumours_game.kiosk.config import KioskConfig
from rumours_game.kiosk.pin import hash_pin

from ..ui.helpers import button, click, post, scene_is, until
from .helpers import PIN, frames, kiosk_app

pytestmark = pytest.mark.snapshot
Snap = Callable[[pygame.Surface, str], None]
CONFIG = KioskConfig(pin=hash_pin(PIN), kiosk_id="snapshot-kiosk", event="library-march")


def shot(app) -> pygame.Surface:
    app.draw()
    return app.screen.copy()


def test_idle_countdown(data_dir, snap_compare: Snap) -> None:
    kiosk, driver, _, clock = kiosk_app(data_dir, CONFIG)
    driver.start()
    until(driver, scene_is("room"))
    clock.advance(61)
    frames(kiosk.app)
    snap_compare(shot(kiosk.app), "kiosk-idle-countdown")


def test_pin_pad_after_wrong_pins(data_dir, snap_compare: Snap) -> None:
    kiosk, _, _, _ = kiosk_app(data_dir, CONFIG)
    app = kiosk.app
    app.later(kiosk.open_facilitator)
    frames(app)
    for _ in range(3):
        for digit in "0000":
            post(app, *click(button(app, f"pin-{digit}").rect.center), frames=1)
        post(app, *click(button(app, "pin-ok").rect.center))
    post(app, *click(button(app, "pin-1").rect.center))
    snap_compare(shot(app), "kiosk-pin")


def test_facilitator_menu(data_dir, snap_compare: Snap) -> None:
    kiosk, _, _, _ = kiosk_app(data_dir, CONFIG)
    kiosk.app.later(kiosk.show_menu)
    frames(kiosk.app)
    snap_compare(shot(kiosk.app), "kiosk-menu")


def test_attract_loop(data_dir, snap_compare: Snap) -> None:
    kiosk, _, _, clock = kiosk_app(data_dir, CONFIG)
    frames(kiosk.app)
    clock.advance(20)
    frames(kiosk.app)
    clock.advance(10)
    frames(kiosk.app)
    snap_compare(shot(kiosk.app), "kiosk-attract")
