"""The room picture's marks: where hotspots and exits are, their names, door signs and what is done."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pygame

from rumours_game.pack.models import ArtText, Rect
from rumours_game.ui.context import UiContext
from rumours_game.ui.text import render_line, text_block


@dataclass(eq=False)
class Spot:
    """Something on the picture players can point at: a hotspot or an exit (keyboard-focusable too)."""

    key: str
    rect: pygame.Rect
    label: pygame.Surface
    on_activate: Callable[[], None]
    kind: str = "hotspot"
    enabled: bool = True
    locked: bool = False
    done: bool = False
    """Its puzzle is solved (a ✓ badge shows it, as text play says "(done)")."""

    def activate(self) -> None:
        self.on_activate()


def place(ctx: UiContext, picture: pygame.Rect, r: Rect) -> pygame.Rect:
    """A pack rectangle (fractions of the picture) on the screen, at least a finger wide."""
    return pygame.Rect(
        picture.x + round(r.x * picture.w),
        picture.y + round(r.y * picture.h),
        max(ctx.px(24), round(r.w * picture.w)),
        max(ctx.px(24), round(r.h * picture.h)),
    )


def name_label(ctx: UiContext, text: str) -> pygame.Surface:
    """A thing's name as shown under it on hover or keyboard focus."""
    surf, _ = text_block(
        ctx,
        text,
        pygame.Rect(0, 0, ctx.px(260), ctx.px(60)),
        ctx.font_px(18),
        ctx.theme.text,
        bold=True,
        align="center",
    )
    return surf


def mark(ctx: UiContext, surface: pygame.Surface, spot: Spot) -> None:
    """Corner brackets showing that something can be looked at (visible without hover, for touch), a sign
    on doors and a ✓ on things already done."""
    colour = ctx.theme.good if spot.done else ctx.theme.hotspot
    r = spot.rect
    n = max(ctx.px(6), min(r.w, r.h) // 5)
    w = max(1, ctx.px(2))
    for (x, y), (dx, dy) in (
        ((r.left, r.top), (1, 1)),
        ((r.right - 1, r.top), (-1, 1)),
        ((r.left, r.bottom - 1), (1, -1)),
        ((r.right - 1, r.bottom - 1), (-1, -1)),
    ):
        pygame.draw.line(surface, (0, 0, 0), (x, y), (x + dx * n, y), w + 2)
        pygame.draw.line(surface, (0, 0, 0), (x, y), (x, y + dy * n), w + 2)
        pygame.draw.line(surface, colour, (x, y), (x + dx * n, y), w)
        pygame.draw.line(surface, colour, (x, y), (x, y + dy * n), w)
    if spot.kind == "exit":
        text = ("✗ " + ctx.t("room.locked")) if spot.locked else ("➜ " + ctx.t("room.open"))
        _badge(ctx, surface, text, ctx.theme.bad if spot.locked else ctx.theme.good, spot.rect.midtop)
    elif spot.done:
        _badge(ctx, surface, "✓ " + ctx.t("room.done"), ctx.theme.good, spot.rect.midtop)


def _badge(
    ctx: UiContext, surface: pygame.Surface, text: str, colour: tuple[int, int, int], at: tuple[int, int]
) -> None:
    img = render_line(ctx, text, ctx.font_px(18), colour, bold=True)
    box = img.get_rect(midtop=(at[0], at[1] + ctx.px(6))).inflate(ctx.px(12), ctx.px(6))
    pygame.draw.rect(surface, (0, 0, 0), box, border_radius=ctx.px(6))
    surface.blit(img, img.get_rect(center=box.center))


def highlight(ctx: UiContext, surface: pygame.Surface, spot: Spot, picture: pygame.Rect) -> None:
    """The outline and name of the thing under the pointer or the keyboard focus."""
    pygame.draw.rect(
        surface, (0, 0, 0), spot.rect.inflate(ctx.px(4), ctx.px(4)), ctx.px(5), border_radius=ctx.px(8)
    )
    pygame.draw.rect(surface, ctx.theme.hotspot, spot.rect, ctx.px(3), border_radius=ctx.px(8))
    box = spot.label.get_rect(midtop=(spot.rect.centerx, spot.rect.bottom + ctx.px(4)))
    box.clamp_ip(picture)
    back = box.inflate(ctx.px(12), ctx.px(6))
    pygame.draw.rect(surface, (0, 0, 0), back, border_radius=ctx.px(6))
    surface.blit(spot.label, box)


def draw_texts(
    ctx: UiContext, surface: pygame.Surface, picture: pygame.Rect, texts: list[ArtText]
) -> list[str]:
    """The pack's words on the picture, in the player's language, fitted, rotated and mirrored as the pack
    says; returns the words drawn."""
    drawn: list[str] = []
    for art in texts:
        words = ctx.tr(art.text)
        box = pygame.Rect(
            picture.x + round(art.rect.x * picture.w),
            picture.y + round(art.rect.y * picture.h),
            max(1, round(art.rect.w * picture.w)),
            max(1, round(art.rect.h * picture.h)),
        )
        colour = pygame.Color(art.colour)
        image, _ = text_block(
            ctx,
            words,
            pygame.Rect(0, 0, box.w, box.h),
            box.h * 4 // 5,
            (colour.r, colour.g, colour.b),
            art.bold,
            "center",
            "center",
            art=True,
        )
        if art.mirrored:
            image = pygame.transform.flip(image, True, False)
        if art.rotate:
            image = pygame.transform.rotozoom(image, art.rotate, 1.0)
        surface.blit(image, image.get_rect(center=box.center))
        drawn.append(words)
    return drawn
