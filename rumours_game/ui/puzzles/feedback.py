"""The feedback banner under a puzzle: a shape icon plus words, so it never relies on colour or sound alone."""

from __future__ import annotations

import math

import pygame

from rumours_game.ui.puzzles.controls import draw_mark
from rumours_game.ui.text import fit, render_lines, text_height

KINDS = ("good", "bad", "info")
SHAKE_SECONDS = 0.45


class Feedback:
    """What the last answer did: a tick (right), a cross (wrong) or an 'i' (information), and a message."""

    def __init__(self, ctx) -> None:
        self.ctx = ctx
        self.rect = pygame.Rect(0, 0, 0, 0)
        self.home = pygame.Rect(0, 0, 0, 0)
        """Where the banner sits; a message too long for it grows it upwards, over the widget, to ``top``."""
        self.top = 0
        self.kind: str | None = None
        self.message = ""
        self._text: pygame.Surface | None = None
        self._shake = 0.0

    def layout(self, rect: pygame.Rect, top: int | None = None) -> None:
        """Place the banner (it may grow up to ``top``) and re-render its message for the new size."""
        self.rect, self.home = pygame.Rect(rect), pygame.Rect(rect)
        self.top = rect.y if top is None else top
        if self.kind is not None:
            self._render()

    def show(self, kind: str, message: str) -> None:
        """Show ``message`` with the icon for ``kind`` (one of :data:`KINDS`); a wrong answer shakes it."""
        if kind not in KINDS:
            raise ValueError(f"unknown feedback kind {kind!r}")
        self.kind, self.message = kind, message
        self._shake = SHAKE_SECONDS if kind == "bad" else 0.0
        self._render()

    def clear(self) -> None:
        self.kind, self.message, self._text = None, "", None

    def _icon_box(self) -> pygame.Rect:
        size = min(self.rect.h - self.ctx.px(12), self.ctx.px(40))
        box = pygame.Rect(0, 0, size, size)
        box.midleft = (self.rect.x + self.ctx.px(14), self.rect.centery)
        return box

    def _render(self) -> None:
        pal = self.ctx.theme
        self.rect = pygame.Rect(self.home)
        icon = self._icon_box()
        width = self.rect.right - icon.right - self.ctx.px(28)
        need = text_height(self.ctx, self.message, width, self.ctx.font_px(22), True) + self.ctx.px(8)
        if need > self.rect.h:  # a long message: the banner grows upwards rather than shrink its words
            self.rect.h = min(need, self.home.bottom - self.top)
            self.rect.bottom = self.home.bottom
        height = self.rect.h - self.ctx.px(8)
        font, lines = fit(
            self.ctx,
            self.message,
            width,
            height,
            self.ctx.font_px(22),
            True,
            where=pygame.Rect(self.rect.x, self.rect.y, width, height),
        )
        self._text = render_lines(font, lines, pal.text, width)

    def update(self, dt: float) -> bool:
        """Advance the shake; True while it still moves (including the frame that settles it)."""
        moving = self._shake > 0
        self._shake = max(0.0, self._shake - dt)
        return moving

    def draw(self, surface: pygame.Surface) -> None:
        if self.kind is None or self._text is None:
            return
        pal = self.ctx.theme
        colour = {"good": pal.good, "bad": pal.bad}.get(self.kind, pal.accent)
        offset = 0
        if self._shake > 0:
            offset = round(math.sin(self._shake * 40) * self.ctx.px(6) * self._shake / SHAKE_SECONDS)
        rect = self.rect.move(offset, 0)
        radius = self.ctx.px(12)
        pygame.draw.rect(surface, pal.panel, rect, border_radius=radius)
        pygame.draw.rect(surface, colour, rect, self.ctx.px(3), border_radius=radius)
        box = self._icon_box().move(offset, 0)
        pygame.draw.circle(surface, colour, box.center, box.w // 2)
        inner = box.inflate(-box.w // 4, -box.h // 4)
        if self.kind == "info":
            self._draw_info(surface, inner, pal.bg)
        else:
            draw_mark(surface, "check" if self.kind == "good" else "cross", inner, pal.bg, colour)
        dest = self._text.get_rect(midleft=(box.right + self.ctx.px(14), rect.centery))
        surface.blit(self._text, dest)

    def _draw_info(self, surface: pygame.Surface, box: pygame.Rect, colour: tuple[int, int, int]) -> None:
        """An 'i' made of a dot and a bar."""
        w = max(2, box.w // 6)
        pygame.draw.circle(surface, colour, (box.centerx, box.y + w), w)
        pygame.draw.rect(surface, colour, (box.centerx - w // 2 - 1, box.y + w * 3, w + 2, box.h - w * 3))
