"""Running one kiosk game process: the store, the packs, the window in kiosk mode, and the way out."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from rumours_game.kiosk.codes import CHILD_QUIT, EXIT_CONFIG
from rumours_game.kiosk.config import KioskConfig
from rumours_game.pack import check_pack
from rumours_game.pack.models import Pack

log = logging.getLogger("rumours.kiosk")


class KioskStartError(Exception):
    """The kiosk cannot start (no usable pack, data folder unusable); ``exit_code`` says why."""

    def __init__(self, message: str, exit_code: int = EXIT_CONFIG) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def load_packs(paths: list[Path]) -> list[tuple[Path, Pack]]:
    """Every pack that loads; a broken one is logged and left out. Raises when none is left."""
    packs = []
    for path in paths:
        result = check_pack(path, author_checks=False)  # playing: errors only
        if result.pack is None:
            first = next((p.format() for p in result.problems if p.severity == "error"), "unreadable")
            log.error("pack %s left out: %s", path, first)
            continue
        packs.append((path, result.pack))
    if not packs:
        shown = ", ".join(str(p) for p in paths) or "none configured and none bundled"
        raise KioskStartError(f"no pack can be played ({shown}); run 'rumours validate PACK' for details")
    return packs


def prepare_environment() -> None:
    """Before pygame starts: SIGTERM and Ctrl+C stop the process (SDL would turn them into a window-close
    event, which the kiosk ignores), Alt+F4 does not close the window, and on Windows a crash never leaves
    a 'program stopped working' box on the kiosk screen."""
    os.environ["SDL_NO_SIGNAL_HANDLERS"] = "1"
    if sys.platform == "win32":
        import ctypes

        sem_failcriticalerrors, sem_nogpfaulterrorbox = 0x0001, 0x0002
        ctypes.windll.kernel32.SetErrorMode(sem_failcriticalerrors | sem_nogpfaulterrorbox)  # type: ignore[attr-defined]
    os.environ["SDL_WINDOWS_NO_CLOSE_ON_ALT_F4"] = "1"


def run_game(
    config: KioskConfig,
    pack_paths: list[Path],
    data_dir: Path,
    *,
    headless: bool = False,
    size: tuple[int, int] = (1280, 720),
    autoplay: str | None = None,
    first_frame: bool = False,
    clock: Callable[[], float] = time.monotonic,
) -> int:
    """Play in kiosk mode until the facilitator quits; returns :data:`CHILD_QUIT` then.

    ``autoplay`` ('WALKTHROUGH:SCREEN') plays a walkthrough up to that screen first, unless an interrupted
    game was resumed (tests and smoke runs). ``first_frame`` draws one frame, prints ``first-frame`` and
    the wall time, and returns 0 (the start-up benchmark)."""
    import pygame

    from rumours_game.kiosk.game import Kiosk, offered
    from rumours_game.kiosk.resume import open_store, resume_session
    from rumours_game.ui.run import make_app

    prepare_environment()
    packs = [(path, offered(pack, config)) for path, pack in load_packs(pack_paths)]
    store = open_store(data_dir, config.kiosk_id)
    store.condition = config.condition  # the index's comparison group of every session played here
    try:
        path, pack = packs[0]
        lang = config.language if config.language in pack.languages else pack.default_language
        fullscreen = config.fullscreen and not headless
        app = make_app(pack, path, lang, store, size, fullscreen=fullscreen, headless=headless)
        pygame.mouse.set_visible(config.display.show_cursor)
        kiosk = Kiosk(app, config, packs, data_dir, store.kiosk_id, clock)
        if not resume_session(kiosk, store) and autoplay:
            _autoplay(kiosk, autoplay)
        if first_frame:
            app.frame(0.0, [])
            print(f"first-frame {time.time():.6f}", flush=True)
            return 0
        app.run()
        return kiosk.exit_code or CHILD_QUIT
    finally:
        from rumours_game.store import StoreError

        try:
            store.close()
        except StoreError as err:
            log.error("answers could not all be saved: %s", err)
        pygame.quit()


def _autoplay(kiosk, spec: str) -> None:
    from rumours_game.ui.driver import Driver, Plan

    name, _, stop = spec.partition(":")
    pack = kiosk.app.ctx.pack
    walkthrough = next((w for w in pack.walkthroughs if w.name == name), pack.walkthroughs[0])
    driver = Driver(kiosk.app, Plan(pack, walkthrough, kiosk.app.ctx.lang))
    driver.start()
    while kiosk.app.top is not None and kiosk.app.top.name != stop:
        if driver.step() is not None:
            return
