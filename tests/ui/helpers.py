"""Shared helpers for the shell's UI tests: a headless app on a pack, real input events, a driver."""

from __future__ import annotations

from pathlib import Path

import pygame

from rumours_game.pack import load_pack
from rumours_game.survey import MemorySink
from rumours_game.ui.driver import Driver, Plan
from rumours_game.ui.run import make_app
from rumours_game.ui.text import LARGE_READABLE_PX, READABLE_PX, Drawn

ROOT = Path(__file__).resolve().parents[2]
TUTORIAL = ROOT / "scenarios" / "tutorial"
HD = (1280, 720)
UHD = (3840, 2160)


def headless(
    pack_path: Path = TUTORIAL,
    size=HD,
    lang: str = "en",
    via: str = "mouse",
    walkthrough: str = "main",
    shots: Path | None = None,
    sink=None,
    settings=None,
):
    """A driver ready to play ``walkthrough`` of the pack off-screen (call ``.run()`` or ``.start()``/``.step()``)."""
    pack = load_pack(pack_path)
    wt = next(w for w in pack.walkthroughs if w.name == walkthrough)
    plan = Plan(pack, wt, lang, via)
    app = make_app(
        pack,
        pack_path,
        lang,
        sink if sink is not None else MemorySink(),
        size,
        headless=True,
        seed=plan.seed,
        settings=settings,
    )
    return Driver(app, plan, shots)


def until(driver: Driver, condition, limit: int = 5000) -> None:
    """Step the driver until ``condition(app)`` holds (fails on a verdict or after ``limit`` steps)."""
    for _ in range(limit):
        if condition(driver.app):
            return
        verdict = driver.step()
        assert verdict is None, verdict
    raise AssertionError(f"condition not reached; on the {driver.app.top.name} screen")


def scene_is(name: str):
    return lambda app: app.top is not None and app.top.name == name


def post(app, *events: pygame.event.Event, frames: int = 2) -> None:
    """Post real input events and run frames so the app handles them."""
    for event in events:
        pygame.event.post(event)
    for _ in range(frames):
        app.frame(1 / 60)


def key(k: int, mod: int = 0) -> list[pygame.event.Event]:
    return [
        pygame.event.Event(pygame.KEYDOWN, key=k, mod=mod, unicode="", scancode=0),
        pygame.event.Event(pygame.KEYUP, key=k, mod=mod, unicode="", scancode=0),
    ]


def click(pos: tuple[int, int]) -> list[pygame.event.Event]:
    return [
        pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0), touch=False),
        pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1, touch=False),
        pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1, touch=False),
    ]


def tap(app, pos: tuple[int, int]) -> list[pygame.event.Event]:
    w, h = app.screen.get_size()
    kw = {
        "touch_id": 1,
        "finger_id": 0,
        "x": pos[0] / w,
        "y": pos[1] / h,
        "dx": 0.0,
        "dy": 0.0,
        "pressure": 1.0,
    }
    return [pygame.event.Event(pygame.FINGERDOWN, **kw), pygame.event.Event(pygame.FINGERUP, **kw)]


def button(app, key_name: str):
    """The top scene's button called ``key_name``."""
    return next(b for b in app.top.buttons if b.key == key_name)


class Measure:
    """What the text fitter needs of an app (fonts, the readable minimum, a record of texts drawn), for a
    1280x720 window without one; ``scale`` is the text scale (1.3 with large text)."""

    def __init__(self, scale: float = 1.0) -> None:
        from rumours_game.ui.fonts import FontCache
        from rumours_game.ui.text import TextLog

        pygame.font.init()
        self.fonts = FontCache()
        self.scale = scale
        self.log = TextLog()

    @property
    def overflows(self) -> list[str]:
        return self.fonts.overflows

    def font_real(self, size_px: int, bold: bool = False) -> pygame.font.Font:
        return self.fonts.get(size_px, bold)

    def floor_px(self, size_px: int) -> int:
        from rumours_game.ui.text import smallest_size

        return smallest_size(size_px, self.scale)

    def overflowed(self, text: str) -> None:
        self.fonts.overflowed(text)

    def drawn(self, drawn) -> None:
        self.log.add(drawn)


def unreadable(drawn: list[Drawn], screen: str, scale: float, large: bool) -> list[str]:
    """What is wrong with the texts drawn on ``screen``: too small, or not fitting their box."""
    least = round((LARGE_READABLE_PX if large else READABLE_PX) * scale)
    out = []
    for d in drawn:
        if d.art or not d.text.strip():
            continue
        if d.px < max(least, d.floor):
            out.append(f"{screen}: {d.text!r} at {d.px} px, less than {max(least, d.floor)} px")
        if not d.fits:
            out.append(f"{screen}: {d.text!r} does not fit its {d.box.w}x{d.box.h} px box at {d.px} px")
    return out
