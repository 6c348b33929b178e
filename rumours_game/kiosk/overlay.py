"""What the kiosk guard draws over the game: the idle countdown and the attract loop."""

from __future__ import annotations

import math

import pygame

from rumours_game.kiosk.config import KioskConfig
from rumours_game.ui import draw as drawing
from rumours_game.ui.context import UiContext
from rumours_game.ui.text import text_block

PAN_PERIOD = 40.0
"""Seconds of one slow back-and-forth pan of the attract picture."""
PULSE_PERIOD = 3.0


def write(
    ctx: UiContext,
    surface: pygame.Surface,
    text: str,
    rect: pygame.Rect,
    size: float,
    colour: tuple[int, int, int],
    bold: bool = False,
) -> None:
    """Text wrapped and fitted into ``rect``, centred."""
    block, dest = text_block(ctx, text, rect, ctx.font_px(size), colour, bold, "center", "center")
    surface.blit(block, dest)


def draw_warning(ctx: UiContext, surface: pygame.Surface, seconds: int) -> None:
    """ "Touch the screen to continue" with the seconds left before the game starts over."""
    theme = ctx.theme
    drawing.dim(surface, 200)
    box = ctx.rect(240, 150, 800, 420)
    drawing.panel(surface, box, theme, ctx.px(16), ctx.px(3), 250)
    write(ctx, surface, ctx.t("kiosk.idle_title"), ctx.rect(270, 170, 740, 90), 44, theme.accent, True)
    write(ctx, surface, str(seconds), ctx.rect(270, 265, 740, 130), 96, theme.text, True)
    write(
        ctx, surface, ctx.t("kiosk.idle_text", seconds=seconds), ctx.rect(290, 400, 700, 150), 26, theme.text
    )


class Attract:
    """The attract loop: the pack's first picture panning slowly, its title, and a pulsing invitation."""

    def __init__(self, ctx: UiContext, config: KioskConfig, start: float) -> None:
        self.ctx, self.start = ctx, start
        self.invite = ctx.tr(config.attract_text) if config.attract_text else ctx.t("kiosk.attract")
        self._picture: pygame.Surface | None = None
        self._size: tuple[int, int] | None = None

    def picture(self, size: tuple[int, int]) -> pygame.Surface:
        """The first room picture, scaled once to cover the screen with room to pan (a gradient if none),
        dimmed. It is the loop's own (not in the app's cache: 42 MB at 4K, dropped when the loop ends)."""
        if self._picture is None or self._size != size:
            self._size = size
            name = next((r.background for r in self.ctx.pack.rooms if r.background), None)
            big = (int(size[0] * 1.12), int(size[1] * 1.12))
            if name is None:
                self._picture = drawing.gradient(big, self.ctx.theme.bg2, self.ctx.theme.bg)
            else:
                assert self.ctx.assets is not None
                self._picture = pygame.transform.smoothscale(self.ctx.assets.image(name), big)
                drawing.dim(self._picture, 120)
        return self._picture

    def draw(self, surface: pygame.Surface, now: float) -> None:
        """One frame of the loop at time ``now`` (seconds)."""
        ctx, theme = self.ctx, self.ctx.theme
        t = now - self.start
        size = surface.get_size()
        picture = self.picture(size)
        phase = (1 - math.cos(2 * math.pi * t / PAN_PERIOD)) / 2
        dx = int((picture.get_width() - size[0]) * phase)
        dy = int((picture.get_height() - size[1]) * (1 - phase))
        surface.blit(picture, (-dx, -dy))
        write(ctx, surface, ctx.t("app.title"), ctx.rect(80, 120, 1120, 120), 76, theme.accent, True)
        write(ctx, surface, ctx.tr(ctx.pack.title), ctx.rect(140, 250, 1000, 90), 40, theme.text, True)
        pulse = 0.55 + 0.45 * (1 + math.sin(2 * math.pi * t / PULSE_PERIOD)) / 2
        r, g, b = (int(c * pulse) for c in theme.text)
        band = ctx.rect(0, 470, 1280, 110)
        drawing.dim(surface, 150, band)
        write(ctx, surface, self.invite, band.inflate(-ctx.px(80), 0), 44, (r, g, b), True)
