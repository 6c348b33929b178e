"""Shared drawing helpers: backdrops, panels and shading, cached per size so frames stay cheap."""

from __future__ import annotations

import pygame

from rumours_game.ui.theme import Palette


def gradient(
    size: tuple[int, int], top: tuple[int, int, int], bottom: tuple[int, int, int]
) -> pygame.Surface:
    """A vertical gradient (built small, scaled once)."""
    strip = pygame.Surface((1, 64))
    for y in range(64):
        k = y / 63
        strip.set_at((0, y), tuple(round(a + (b - a) * k) for a, b in zip(top, bottom, strict=True)))
    return pygame.transform.smoothscale(strip, (max(1, size[0]), max(1, size[1])))


_BACKDROPS: dict[tuple, pygame.Surface] = {}


def backdrop(size: tuple[int, int], pal: Palette) -> pygame.Surface:
    """The menu background for ``size``: a gradient with soft light spots (cached)."""
    key = (size, pal.name)
    cached = _BACKDROPS.get(key)
    if cached is None:
        if len(_BACKDROPS) > 8:
            _BACKDROPS.clear()
        cached = gradient(size, pal.bg2, pal.bg)
        if pal.name == "normal":
            glow = pygame.Surface((64, 36), pygame.SRCALPHA)
            for r, (x, y, colour) in enumerate([(14, 8, (255, 190, 90)), (50, 26, (120, 160, 255))]):
                for k in range(10, 0, -1):
                    pygame.draw.circle(glow, (*colour, 4 + r), (x, y), k * 2)
            cached.blit(pygame.transform.smoothscale(glow, size), (0, 0))
        cached = cached.convert()
        _BACKDROPS[key] = cached
    return cached


def panel(
    surface: pygame.Surface, rect: pygame.Rect, pal: Palette, radius: int, edge: int, alpha: int = 235
) -> None:
    """A rounded, slightly translucent panel with an edge."""
    box = pygame.Surface(rect.size, pygame.SRCALPHA)
    pygame.draw.rect(box, (*pal.panel, alpha), box.get_rect(), border_radius=radius)
    pygame.draw.rect(box, pal.panel_edge, box.get_rect(), max(1, edge), border_radius=radius)
    surface.blit(box, rect)


def shade(size: tuple[int, int], alpha: int) -> pygame.Surface:
    """A translucent black layer that dims what is under an overlay."""
    layer = pygame.Surface(size, pygame.SRCALPHA)
    layer.fill((0, 0, 0, alpha))
    return layer
