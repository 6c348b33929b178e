"""Shared drawing helpers: backdrops, panels, shading and emblems (whoever keeps them owns them: the app's
surface cache for backdrops)."""

from __future__ import annotations

import pygame

from rumours_game.ui.theme import Palette


def gradient(
    size: tuple[int, int],
    top: tuple[int, int, int],
    bottom: tuple[int, int, int],
    into: pygame.Surface | None = None,
) -> pygame.Surface:
    """A vertical gradient (built small, scaled once); drawn ``into`` a surface of ``size`` when given."""
    strip = pygame.Surface((1, 64))
    for y in range(64):
        k = y / 63
        strip.set_at((0, y), tuple(round(a + (b - a) * k) for a, b in zip(top, bottom, strict=True)))
    if into is not None:
        if into.get_bytesize() == strip.get_bytesize():
            return pygame.transform.smoothscale(strip, into.get_size(), into)
        into.blit(pygame.transform.smoothscale(strip, into.get_size()), (0, 0))
        return into
    return pygame.transform.smoothscale(strip, (max(1, size[0]), max(1, size[1])))


def backdrop(size: tuple[int, int], pal: Palette) -> pygame.Surface:
    """The menu background for ``size``: a gradient with soft light spots. Scenes draw it through the app's
    surface cache (``UiContext.draw_backdrop``), so it is made once per window size and palette."""
    made = gradient(size, pal.bg2, pal.bg, pygame.Surface(size).convert())
    if pal.name == "normal":
        glow = pygame.Surface((64, 36), pygame.SRCALPHA)
        for r, (x, y, colour) in enumerate([(14, 8, (255, 190, 90)), (50, 26, (120, 160, 255))]):
            for k in range(10, 0, -1):
                pygame.draw.circle(glow, (*colour, 4 + r), (x, y), k * 2)
        made.blit(pygame.transform.smoothscale(glow, size), (0, 0))
    return made


PANEL_BAND = 256
"""Height in pixels of the strips a panel is drawn in (a whole 4K card at once would be a 27 MB picture)."""


def panel(
    surface: pygame.Surface, rect: pygame.Rect, pal: Palette, radius: int, edge: int, alpha: int = 235
) -> None:
    """A rounded, slightly translucent panel with an edge, blended onto ``surface`` a strip at a time."""
    whole = pygame.Rect(0, 0, rect.w, rect.h)
    for top in range(0, rect.h, PANEL_BAND):
        band = pygame.Surface((rect.w, min(PANEL_BAND, rect.h - top)), pygame.SRCALPHA)
        shape = whole.move(0, -top)
        pygame.draw.rect(band, (*pal.panel, alpha), shape, border_radius=radius)
        pygame.draw.rect(band, pal.panel_edge, shape, max(1, edge), border_radius=radius)
        surface.blit(band, (rect.x, rect.y + top))


def dim(surface: pygame.Surface, alpha: int, rect: pygame.Rect | None = None) -> None:
    """Darken ``surface`` (or its ``rect``) in place as a black layer of opacity ``alpha`` would, without
    making that layer (a window-sized one is 33 MB at 4K; drawn each frame it would be made each frame)."""
    keep = 255 - max(0, min(255, alpha))
    surface.fill((keep, keep, keep), rect, special_flags=pygame.BLEND_RGB_MULT)


def shade(size: tuple[int, int], alpha: int, into: pygame.Surface | None = None) -> pygame.Surface:
    """A translucent black layer that dims what is under an overlay (drawn ``into`` a layer when given)."""
    layer = into if into is not None else pygame.Surface(size, pygame.SRCALPHA)
    layer.fill((0, 0, 0, alpha))
    return layer


EMBLEMS = ("star", "sun", "mountain", "diamond", "moon", "bolt")
"""Team emblems: shapes, never names or anything that identifies a player."""


def emblem(kind: str, size: int, colour: tuple[int, int, int]) -> pygame.Surface:
    """A team emblem drawn at ``size`` pixels (anti-aliased by drawing large and scaling down once)."""
    big = 256
    s = pygame.Surface((big, big), pygame.SRCALPHA)
    c = big // 2
    if kind == "star":
        import math

        pts = []
        for i in range(10):
            r = 120 if i % 2 == 0 else 50
            a = math.pi / 2 + i * math.pi / 5
            pts.append((c + r * math.cos(a), c - r * math.sin(a)))
        pygame.draw.polygon(s, colour, pts)
    elif kind == "sun":
        import math

        for i in range(12):
            a = i * math.pi / 6
            pygame.draw.line(
                s,
                colour,
                (c + 70 * math.cos(a), c + 70 * math.sin(a)),
                (c + 122 * math.cos(a), c + 122 * math.sin(a)),
                16,
            )
        pygame.draw.circle(s, colour, (c, c), 60)
    elif kind == "mountain":
        pygame.draw.polygon(s, colour, [(8, 220), (100, 50), (160, 140), (190, 100), (250, 220)])
    elif kind == "diamond":
        pygame.draw.polygon(s, colour, [(c, 8), (240, c), (c, 248), (16, c)])
    elif kind == "moon":
        pygame.draw.circle(s, colour, (c, c), 115)
        pygame.draw.circle(s, (0, 0, 0, 0), (c + 60, c - 40), 100)
    else:
        pygame.draw.polygon(
            s, colour, [(150, 4), (50, 140), (120, 140), (90, 252), (210, 100), (136, 100), (190, 4)]
        )
    return pygame.transform.smoothscale(s, (max(1, size), max(1, size)))
