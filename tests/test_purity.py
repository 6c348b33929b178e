"""The pure core never loads pygame or sqlite3, and never imports the layers above it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

FORBIDDEN = (
    "pygame",
    "pygame_gui",
    "sqlite3",
    "_sqlite3",
    "rumours_game.ui",
    "rumours_game.store",
    "rumours_game.kiosk",
    "rumours_game.cli",
)


@pytest.mark.parametrize(
    "package",
    [
        "rumours_game.pack",
        "rumours_game.engine",
        "rumours_game.survey",
        "rumours_game.index",
        "rumours_game.analysis",
    ],
)
def test_pure_packages_load_no_io_layers(package):
    """Every module of the package (its ``__init__`` imports some of them only when asked for)."""
    code = (
        f"import importlib, pkgutil, sys, {package}\n"
        f"for m in pkgutil.walk_packages({package}.__path__, '{package}.'): importlib.import_module(m.name)\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r} or m.startswith({FORBIDDEN!r}))\n"
        "print(','.join(bad))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "", f"{package} loads {out}"


@pytest.mark.parametrize(
    "module",
    [
        "rumours_game.engine",
        "rumours_game.survey",
        "rumours_game.store",
        "rumours_game.text.app",
        "rumours_game.ui.run",
        "rumours_game.index",
        "rumours_game.cli",
    ],
)
def test_playing_never_loads_scipy(module):
    """scipy and numpy are the index's alone: the game, the store and the CLI's start load neither."""
    code = (
        f"import sys, {module}\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in ('scipy', 'numpy'))))"
    )
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert out.stdout.strip() == "", f"{module} loads scipy or numpy"
