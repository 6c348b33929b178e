"""Buttons drawn by the shell: large touch targets, pre-rendered states, text that always fits."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypedDict

import pygame

from rumours_game.ui.text import fit, render_line, render_lines

if TYPE_CHECKING:
    from rumours_game.ui.context import UiContext

CHECK = "✓ "


class ButtonStyle(TypedDict, total=False):
    """How a button looks and what it is called: :class:`Button`'s keyword arguments."""

    kind: str
    size: float
    enabled: bool
    selected: bool
    key: str
    icon: pygame.Surface | None


class Button:
    """A button: mouse click, touch tap (as a click) or keyboard activation call ``on_click``.

    ``kind`` is "primary" (accent colour), "normal" or "quiet" (transparent until hovered).
    ``selected`` marks a chosen option with a check mark as well as colour.
    """

    def __init__(
        self,
        ctx: UiContext,
        rect: pygame.Rect,
        text: str,
        on_click: Callable[[], None],
        kind: str = "normal",
        size: float = 24,
        enabled: bool = True,
        selected: bool = False,
        key: str = "",
        icon: pygame.Surface | None = None,
    ) -> None:
        self.ctx = ctx
        self.rect = pygame.Rect(rect)
        self.text = text
        self.on_click = on_click
        self.kind = kind
        self.enabled = enabled
        self.selected = selected
        self.key = key or text
        self.hover = False
        self.pressed = False
        self._faces = {state: self._render(state, size, icon) for state in ("normal", "hover", "down")}

    def _colours(self, state: str) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
        pal = self.ctx.theme
        if not self.enabled:
            return pal.disabled, pal.muted
        if self.selected or self.kind == "primary":
            bg, fg = pal.accent, pal.accent_text
            if state != "normal":
                bg = (min(255, bg[0] + 30), min(255, bg[1] + 30), min(255, bg[2] + 30))
            return bg, fg
        bg = pal.button_hover if state != "normal" else pal.button
        return bg, pal.button_text

    def _render(self, state: str, size: float, icon: pygame.Surface | None) -> pygame.Surface:
        ctx = self.ctx
        face = pygame.Surface(self.rect.size, pygame.SRCALPHA)
        bg, fg = self._colours(state)
        radius = ctx.px(12)
        body = face.get_rect()
        if state == "down":
            body = body.inflate(-ctx.px(4), -ctx.px(4))
        if not (self.kind == "quiet" and state == "normal"):
            pygame.draw.rect(face, (*bg, 245), body, border_radius=radius)
        pygame.draw.rect(
            face,
            ctx.theme.panel_edge if state == "normal" else ctx.theme.focus,
            body,
            max(1, ctx.px(2)),
            border_radius=radius,
        )
        pad = ctx.px(12)
        inner = body.inflate(-2 * pad, -ctx.px(12))
        label = (CHECK + self.text) if self.selected else self.text
        align = "center"
        if icon is not None and inner.h >= inner.w * 0.5:  # a tall tile: icon on top, name under it
            if self.selected:  # the check mark in the corner: the name keeps its lines
                label = self.text
                mark = render_line(ctx, CHECK.strip(), ctx.font_px(size), fg, bold=True)
                face.blit(mark, (inner.x, inner.y))
            side = min(inner.w, inner.h // 2)
            face.blit(pygame.transform.smoothscale(icon, (side, side)), (inner.centerx - side // 2, inner.y))
            inner = pygame.Rect(inner.x, inner.y + side + ctx.px(2), inner.w, inner.h - side - ctx.px(2))
        elif icon is not None:  # a wide button: icon at the left
            side = min(inner.h, inner.w // 3)
            face.blit(pygame.transform.smoothscale(icon, (side, side)), (inner.x, inner.centery - side // 2))
            inner = pygame.Rect(inner.x + side + pad, inner.y, inner.w - side - pad, inner.h)
            align = "left"
        where = inner.move(self.rect.topleft)
        font, lines = fit(
            ctx, label, inner.w, inner.h, ctx.font_px(size), bold=True, keep_words=True, where=where
        )
        self.label_px = font.point_size
        """The size in pixels the label is drawn at (after fitting it to the button)."""
        image = render_lines(font, lines, fg, inner.w, align)
        face.blit(image, image.get_rect(center=inner.center))
        return face

    def handle_event(self, event: pygame.event.Event) -> bool:
        """Hover on motion; press on button down inside; activate on release inside."""
        if event.type == pygame.MOUSEMOTION:
            self.hover = self.rect.collidepoint(event.pos)
            return False
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1 and self.rect.collidepoint(event.pos):
            self.pressed = self.enabled
            return True
        if event.type == pygame.MOUSEBUTTONUP and event.button == 1 and self.pressed:
            self.pressed = False
            if self.rect.collidepoint(event.pos):
                self.activate()
            return True
        return False

    def activate(self) -> None:
        """Do what the button does (ignored when disabled)."""
        if self.enabled:
            self.ctx.audio.play("click")
            self.on_click()

    def draw(self, surface: pygame.Surface) -> None:
        state = "down" if self.pressed else "hover" if self.hover and self.enabled else "normal"
        surface.blit(self._faces[state], self.rect)
