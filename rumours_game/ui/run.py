"""Starting the game: the window, the context, the app and its flow (interactive or headless)."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from rumours_game.pack.models import Pack, Walkthrough
from rumours_game.survey import ResponseSink

if TYPE_CHECKING:
    from rumours_game.ui.app import App
    from rumours_game.ui.context import Settings

DEFAULT_SIZE = (1280, 720)


def open_window(size: tuple[int, int], fullscreen: bool = False, headless: bool = False):
    """Initialise pygame and open the window (an off-screen one when ``headless``)."""
    if headless:
        os.environ["SDL_VIDEODRIVER"] = "dummy"
        os.environ["SDL_AUDIODRIVER"] = "dummy"
    import pygame

    from rumours_game.ui.memory import return_freed_pictures

    return_freed_pictures()
    pygame.display.init()
    pygame.font.init()
    pygame.display.set_caption("Escape Rumours")
    flags = pygame.FULLSCREEN if fullscreen else pygame.RESIZABLE
    screen = pygame.display.set_mode((0, 0) if fullscreen else size, flags)
    return screen, flags


def make_app(
    pack: Pack,
    pack_path: Path,
    lang: str,
    sink: ResponseSink | None,
    size: tuple[int, int],
    *,
    fullscreen: bool = False,
    headless: bool = False,
    seed: int | None = None,
    settings: Settings | None = None,
) -> App:
    """The app with its context and flow, ready to run (its first scene is the title). ``settings``: the
    options every team starts with (large text, high contrast, sound off)."""
    from rumours_game.ui.app import App
    from rumours_game.ui.context import UiContext
    from rumours_game.ui.layout import Layout

    screen, flags = open_window(size, fullscreen, headless)
    ctx = UiContext(pack=pack, pack_path=pack_path, lang=lang, layout=Layout(screen.get_size()), sink=sink)
    if settings is not None:
        ctx.settings = replace(settings)
        if ctx.audio is not None:
            ctx.audio.set_muted(settings.muted)
    return App(ctx, screen, flags, seed)


def play(
    packs: list[tuple[Path, Pack]],
    lang: str,
    sink: ResponseSink | None,
    size: tuple[int, int] = DEFAULT_SIZE,
    fullscreen: bool = False,
    settings: Settings | None = None,
) -> int:
    """Play in a window until it is closed. ``packs`` (path, pack): the first starts; with several, the
    title offers them all. ``lang``: the language every team starts in (a pack without it uses its own)."""
    import pygame

    path, pack = packs[0]
    app = make_app(pack, path, lang, sink, size, fullscreen=fullscreen, settings=settings)
    app.packs = list(packs)
    app.flow.title()
    try:
        return app.run()
    finally:
        pygame.quit()


def play_headless(
    pack: Pack,
    pack_path: Path,
    walkthrough: Walkthrough,
    lang: str,
    sink: ResponseSink | None,
    size: tuple[int, int] = DEFAULT_SIZE,
    shots: Path | None = None,
    via: str = "mouse",
    settings: Settings | None = None,
) -> tuple[bool, str, list[Path]]:
    """Play ``walkthrough`` through the real scenes off-screen; (ok, message, screenshots saved)."""
    import pygame

    from rumours_game.ui.driver import Driver, Plan

    plan = Plan(pack, walkthrough, lang, via)
    app = make_app(pack, pack_path, lang, sink, size, headless=True, seed=plan.seed, settings=settings)
    driver = Driver(app, plan, shots)
    try:
        ok, message = driver.run()
    finally:
        pygame.quit()
    return ok, message, driver.saved
