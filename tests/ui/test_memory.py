"""Memory: a screen left for good is freed at the end of the frame (its window-sized layers weigh tens of
megabytes at 4K); figures in bench/bench_memory.py."""

from __future__ import annotations

import weakref

from rumours_game.ui.memory import return_freed_pictures

from .helpers import button, click, headless, post


def test_a_screen_left_is_freed_with_its_layers_at_the_end_of_the_frame():
    driver = headless()
    driver.start()
    app = driver.app
    post(app)
    title = weakref.ref(app.top)
    post(app, *click(button(app, "players-1").rect.center), frames=1)
    assert app.top.name == "survey-consent"
    assert title() is None, "the title screen is still held after the team left it"


def test_large_freed_blocks_go_back_to_the_system_on_linux():
    import sys

    assert return_freed_pictures() is sys.platform.startswith("linux")
