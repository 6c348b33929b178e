"""Memory: pictures scaled once into one bounded cache owned by the app, window-sized layers lent to the
screens shown and given back when a screen is left, covered or resized (figures in bench/bench_memory.py)."""

from __future__ import annotations

import gc
import sys
import weakref

import pygame

from rumours_game.ui.memory import return_freed_pictures
from rumours_game.ui.scrolltext import SCROLL_BAR
from rumours_game.ui.surfaces import LayerPool, SurfaceCache, surface_bytes

from .helpers import UHD, button, click, headless, post, scene_is, until


def _surface(w: int, h: int) -> pygame.Surface:
    return pygame.Surface((w, h), pygame.SRCALPHA)


def test_the_cache_never_holds_more_bytes_than_its_budget_and_drops_the_least_recently_used():
    one = surface_bytes(_surface(100, 100))  # 40,000 bytes
    cache = SurfaceCache(budget=3 * one)
    made: list[str] = []

    def make(name: str):
        return lambda: made.append(name) or _surface(100, 100)

    for name in "abc":
        cache.get(name, make(name))
    cache.get("a", make("a"))  # used again: now the most recent
    cache.get("d", make("d"))  # over budget: "b", the least recently used, goes
    assert "a" in cache and "b" not in cache and "c" in cache and "d" in cache
    assert made == ["a", "b", "c", "d"], "a kept picture is never made twice"
    for n in range(200):
        cache.put(("many", n), _surface(1 + n % 150, 1 + n % 97))
        assert cache.bytes <= cache.budget
    kept = [cache.get(key, lambda: _surface(1, 1)) for key in list(cache._kept)]
    assert cache.bytes == sum(surface_bytes(s) for s in kept)


def test_a_picture_larger_than_the_budget_is_returned_but_not_kept():
    cache = SurfaceCache(budget=1000)
    big = cache.get("big", lambda: _surface(100, 100))
    assert big.get_size() == (100, 100)
    assert "big" not in cache and cache.bytes == 0


def test_the_layer_pool_reuses_a_layer_and_keeps_at_most_one_unused():
    pygame.display.init()
    pygame.display.set_mode((64, 64))
    pool = LayerPool()
    first = pool.take((64, 64), alpha=True)
    pool.give(first)
    assert pool.take((64, 64), alpha=True) is first, "the layer given back is lent again"
    pool.give(first)
    other = pool.take((64, 64), alpha=False)
    assert other is not first and pool.waiting == 0, "a layer of another kind is dropped, not hoarded"
    pool.give(other)
    pool.give(_surface(64, 64))
    assert pool.waiting == 1


def _window_layers(app) -> list[pygame.Surface]:
    """Every window-sized surface the app holds (its screen, scenes, caches, pool), found by walking it."""
    size = app.screen.get_size()
    # modules' namespaces (reached through every function's globals) hold no layer of the app's, and in the
    # test process they lead to every object of the suite: the walk stops there
    seen: set[int] = {id(vars(module)) for module in list(sys.modules.values())}
    found: list[pygame.Surface] = []
    todo: list[object] = [app]
    while todo:
        obj = todo.pop()
        if id(obj) in seen or isinstance(obj, (type, str, bytes, int, float)):
            continue
        seen.add(id(obj))
        if isinstance(obj, pygame.Surface):
            if obj.get_size() == size and obj.get_parent() is None:
                found.append(obj)
            continue
        todo.extend(gc.get_referents(obj))
    return found


def _check_layers(app) -> None:
    ctx = app.ctx
    shown = app.stack[app._first_visible() :]
    hidden = app.stack[: app._first_visible()]
    assert all(s.static is None and not s.texts for s in hidden), "a hidden screen keeps its layer"
    assert ctx.surfaces.bytes <= ctx.surfaces.budget
    assert ctx.layers.waiting <= 1
    statics = sum(1 for s in shown if s.static is not None)
    backdrop = 1 if ("backdrop", app.screen.get_size(), ctx.theme.name) in ctx.surfaces else 0
    # the window itself, a layer per screen shown, at most one waiting, the menu backdrop
    assert len(_window_layers(app)) <= 1 + statics + ctx.layers.waiting + backdrop


def test_a_whole_walkthrough_keeps_the_cache_bounded_and_hidden_screens_hold_no_layers():
    driver = headless()
    driver.start()
    seen = -1
    for _ in range(20_000):
        verdict = driver.step()
        if driver.app.shown != seen:
            seen = driver.app.shown
            _check_layers(driver.app)
        if verdict is not None:
            break
    assert verdict is not None and verdict[0], verdict
    assert {"room", "puzzle", "fact-card"} <= set(driver.visited)


def test_a_screen_left_is_freed_with_its_layers_at_the_end_of_the_frame():
    driver = headless()
    driver.start()
    app = driver.app
    post(app)
    title = weakref.ref(app.top)
    post(app, *click(button(app, "players-1").rect.center), frames=1)
    assert app.top.name == "survey-consent"
    assert title() is None, "the title screen is still held after the team left it"


def test_the_room_gives_its_layer_back_under_a_puzzle_and_is_built_again_after():
    driver = headless()
    driver.start()
    until(driver, scene_is("room"))
    app = driver.app
    room = app.top
    until(driver, scene_is("puzzle"))
    assert room in app.stack and room.covered and room.static is None
    until(driver, scene_is("room"))
    assert app.top is room and not room.covered and room.static is not None
    assert room.static.get_size() == app.screen.get_size()


def test_a_resize_keeps_no_picture_made_for_the_old_size():
    driver = headless()
    driver.start()
    until(driver, scene_is("room"))
    app = driver.app
    old_size = app.screen.get_size()
    old_layer = weakref.ref(app.top.static)
    old_pictures = [weakref.ref(s) for s, _ in app.ctx.surfaces._kept.values()]
    app.resize((1600, 900))
    gc.collect()
    assert old_size != (1600, 900) and app.top.static.get_size() == (1600, 900)
    assert old_layer() is None, "the room's layer of the old size is still alive"
    assert all(ref() is None for ref in old_pictures), "a picture scaled for the old size is still alive"
    assert not any(old_size in key for key in app.ctx.surfaces._kept if isinstance(key, tuple))
    _check_layers(app)


def test_large_freed_blocks_go_back_to_the_system_on_linux():
    import sys

    assert return_freed_pictures() is sys.platform.startswith("linux")


def test_a_text_box_keeps_only_its_picture_and_its_text():
    driver = headless(size=UHD)
    driver.start()
    until(driver, lambda app: app.top.name == "fact-card" and app.top.texts and app.top.texts[0].enabled)
    box = driver.app.top.texts[0].box
    assert box.background_surf.get_size() == (0, 0), "the empty background picture is still held"
    assert box.drawable_shape.base_surface is None
    assert all(state.surface.get_size() == (0, 0) for state in box.drawable_shape.states.values())
    assert box.image.get_size() == box.rect.size
    assert box.scroll_bar is not None and box.scroll_bar_width == driver.app.ctx.px(SCROLL_BAR)
    before = pygame.image.tobytes(box.image, "RGBA")
    driver.app.top.texts[0].scroll_by(box.rect.h // 3)
    box.update(1 / 60)
    assert pygame.image.tobytes(box.image, "RGBA") != before, "the text did not scroll"
    picture = weakref.ref(box.image)
    driver.app.top.build(driver.app.top.manager)  # a rebuild (the next page, a setting) kills the box
    assert box.image.get_size() == (0, 0) and box.text_box_layout.finalised_surface is None
    assert picture() is None, "a killed text box still holds its picture until a collection"


def test_sized_fonts_are_bounded_and_a_resize_drops_them():
    from rumours_game.ui.fonts import FONTS_KEPT, FontCache

    pygame.font.init()
    fonts = FontCache()
    first = fonts.get(20)
    for size in range(21, 21 + FONTS_KEPT * 2):
        fonts.get(size)
        fonts.get(20)  # used all along: never the least recent
    assert len(fonts) == FONTS_KEPT
    assert fonts.get(20) is first
    driver = headless()
    driver.start()
    ctx = driver.app.ctx
    ctx.fonts.overflowed("a text too long")
    assert len(ctx.fonts) > 0
    ctx.window_changed()
    assert len(ctx.fonts) == 0 and ctx.fonts.overflows == ["a text too long"]


def test_a_closeup_is_made_once_per_size_and_language():
    from rumours_game.ui.scenes.closeup import closeup

    driver = headless()
    driver.start()
    until(driver, scene_is("room"))
    ctx = driver.app.ctx
    room = ctx.pack.room(ctx.state.room)
    spot = next(h for h in room.objects if not h.image)
    once = closeup(ctx, spot, room.background, (300, 200))
    assert once is not None and closeup(ctx, spot, room.background, (300, 200)) is once
    assert closeup(ctx, spot, room.background, (150, 100)) is not once
    ctx.lang = next(lang for lang in ctx.pack.languages if lang != ctx.lang)
    assert closeup(ctx, spot, room.background, (300, 200)) is not once, (
        "the room's words are in each language"
    )
