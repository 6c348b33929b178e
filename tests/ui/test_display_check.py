"""`python -m rumours_game.ui.display_check` tells `make play` whether a window can open."""

from __future__ import annotations

import os
import subprocess
import sys

from rumours_game.ui.display_check import has_display


def test_linux_needs_x11_or_wayland():
    assert has_display({"DISPLAY": ":0"}, "linux")
    assert has_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not has_display({}, "linux")


def test_the_dummy_driver_means_no_display_anywhere():
    assert not has_display({"DISPLAY": ":0", "SDL_VIDEODRIVER": "dummy"}, "linux")
    assert not has_display({"SDL_VIDEODRIVER": "dummy"}, "win32")


def test_windows_and_macos_have_a_display():
    assert has_display({}, "win32") and has_display({}, "darwin")


def test_exit_status_from_the_module():
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy"}
    done = subprocess.run([sys.executable, "-m", "rumours_game.ui.display_check"], env=env, timeout=60)
    assert done.returncode == 1
