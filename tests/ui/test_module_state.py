"""No module-level mutable state: a whole game leaves every module's lists, dicts and sets as they were.

Caches and records belong to the object that owns their lifetime (the app's context), so a kiosk that
plays all day does not grow a module global, and two apps in one process do not share one.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections import deque

import rumours_game
from rumours_game.engine import Tick

from .helpers import headless

CONTAINERS = (list, dict, set, deque, bytearray)


def _module_containers() -> dict[tuple[str, str], tuple[int, int]]:
    """Every module-level container of the product: (module, name) -> (its id, its size)."""
    found = {}
    for info in pkgutil.walk_packages(rumours_game.__path__, "rumours_game."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, CONTAINERS) and not name.startswith("__"):
                found[(info.name, name)] = (id(value), len(value))
    return found


def test_a_whole_game_changes_no_module_level_container():
    before = _module_containers()
    driver = headless(lang="uk")
    ok, message = driver.run()
    assert ok, message
    after = _module_containers()
    changed = sorted(f"{m}.{n}" for (m, n), seen in before.items() if after.get((m, n)) != seen)
    assert changed == []


def test_two_apps_do_not_share_caches(tmp_path):
    one, two = headless(), headless()
    assert one.app.ctx.fonts is not two.app.ctx.fonts
    assert one.app.ctx.surfaces is not two.app.ctx.surfaces
    assert one.app.ctx.layers is not two.app.ctx.layers


def test_the_overflow_record_is_bounded():
    from rumours_game.ui.fonts import OVERFLOWS_KEPT, FontCache

    fonts = FontCache()
    for n in range(OVERFLOWS_KEPT * 3):
        fonts.overflowed(f"text {n}")
        fonts.overflowed(f"text {n}")
    assert len(fonts.overflows) == OVERFLOWS_KEPT
    assert fonts.overflows[-1] == f"text {OVERFLOWS_KEPT * 3 - 1}"


def test_dispatch_listeners_are_added_not_overwritten():
    driver = headless()
    ctx = driver.app.ctx
    heard: list = []
    ctx.after_dispatch.append(lambda action, events: heard.append(action))
    driver.app.flow.title()
    driver.app.flow.players_chosen(1)
    driver.app.flow.play()

    ctx.dispatch(Tick(1.0))
    assert heard == [Tick(1.0)]
    assert [action for _, _, _, action in ctx.sink.actions] == [{"type": "tick", "seconds": 1.0}]
