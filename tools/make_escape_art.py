"""Draw the Escape Rumours pack's pictures, reproducibly, with pygame.

    python tools/make_escape_art.py [--out scenarios/escape-rumours]

Writes assets/rooms/*.png (1920x1080 rooms, and overlays the size of their object), assets/closeups/world-map.png\nand assets/items/*.png (256x256).
Every object sits where the pack's hotspots say (rects in rooms/*.yaml and the search targets in
puzzles/*.yaml are fractions of the picture), so players find things where they look for them. No words
are drawn into the pictures (players read in six languages): posters show logos, years and symbols only.
Drawing is deterministic: a seeded generator, no clock. The shared drawing helpers come from make_art.py.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pygame
from make_art import FONT, H, R, W, mix, polygon, shadow, vgradient

Colour = tuple[int, int, int]
ROOT = Path(__file__).resolve().parent.parent
INK: Colour = (34, 30, 40)


def wall_and_floor(s: pygame.Surface, wall: Colour, floor: Colour, horizon: float = 0.72) -> None:
    """A back wall with a soft light from above, a floor with boards, and a skirting line."""
    y = round(horizon * H)
    vgradient(s, pygame.Rect(0, 0, W, y), mix(wall, (255, 255, 255), 0.10), mix(wall, (0, 0, 0), 0.18))
    vgradient(s, pygame.Rect(0, y, W, H - y), mix(floor, (255, 255, 255), 0.06), mix(floor, (0, 0, 0), 0.25))
    for i in range(1, 9):
        yy = y + round((H - y) * (i / 9) ** 1.4)
        pygame.draw.line(s, mix(floor, (0, 0, 0), 0.3), (0, yy), (W, yy), 2)
    pygame.draw.rect(s, mix(wall, (0, 0, 0), 0.45), (0, y - 10, W, 14))


def panel(s: pygame.Surface, r: pygame.Rect, top: Colour, bottom: Colour, border: int = 4) -> None:
    """A piece of furniture: shadow, gradient body and a darker outline."""
    shadow(s, r, 20, 110)
    vgradient(s, r, top, bottom)
    pygame.draw.rect(s, mix(bottom, (0, 0, 0), 0.45), r, border)


def door(s: pygame.Surface, r: pygame.Rect, colour: Colour, glass: bool = False) -> None:
    """A door with a frame, a handle and (optionally) a glass pane."""
    frame = r.inflate(16, 8)
    pygame.draw.rect(s, mix(colour, (0, 0, 0), 0.5), frame)
    panel(s, r, mix(colour, (255, 255, 255), 0.1), mix(colour, (0, 0, 0), 0.2))
    if glass:
        pane = pygame.Rect(r.x + r.w // 6, r.y + r.h // 10, r.w * 2 // 3, r.h * 4 // 10)
        vgradient(s, pane, (170, 200, 220), (110, 140, 170))
        pygame.draw.line(s, (230, 240, 250), pane.topleft, (pane.x + pane.w // 2, pane.bottom), 4)
        pygame.draw.rect(s, mix(colour, (0, 0, 0), 0.5), pane, 5)
    handle = (r.right - r.w // 7, r.y + r.h // 2)
    pygame.draw.circle(s, (214, 186, 96), handle, max(6, r.w // 16))


def year_label(
    s: pygame.Surface, year: str, centre: tuple[int, int], size: int, colour: Colour = INK
) -> None:
    """A year (digits read the same in every language of the pack)."""
    font = pygame.font.Font(str(FONT), size)
    img = font.render(year, True, colour)
    s.blit(img, img.get_rect(center=centre))


def scribbles(s: pygame.Surface, r: pygame.Rect, rng: random.Random, colour: Colour, rows: int) -> None:
    """Lines that stand for writing, without any readable word."""
    for i in range(rows):
        y = r.y + round((i + 1) * r.h / (rows + 1))
        x1 = r.x + 8 + rng.randint(0, 12)
        x2 = r.right - 8 - rng.randint(0, r.w // 3)
        pygame.draw.line(s, colour, (x1, y), (x2, y), 4)


def poster(
    s: pygame.Surface, r: pygame.Rect, paper: Colour, rng: random.Random, logo: str | None, year: str | None
) -> None:
    """A pinned sheet. Posters with a source carry a logo and a year; the others only shout."""
    shadow(s, r, 8, 90)
    pygame.draw.rect(s, paper, r)
    pygame.draw.rect(s, mix(paper, (0, 0, 0), 0.35), r, 2)
    pygame.draw.circle(s, (200, 50, 50), (r.centerx, r.y + 6), 7)
    body = r.inflate(-16, -40).move(0, 6)
    if logo == "stars":  # a ring of stars, like an EU statistics logo
        c = (r.x + 24, r.y + 28)
        for k in range(12):
            a = k * math.tau / 12
            pygame.draw.circle(
                s, (240, 200, 40), (c[0] + round(14 * math.cos(a)), c[1] + round(14 * math.sin(a))), 3
            )
        pygame.draw.circle(s, (30, 60, 150), c, 22, 3)
    elif logo == "bars":  # a survey chart
        for k, h in enumerate((18, 30, 24)):
            pygame.draw.rect(s, (40, 120, 180), (r.x + 12 + k * 14, r.y + 46 - h, 10, h))
    elif logo == "globe":  # a globe, like a migration agency
        c = (r.x + 26, r.y + 28)
        pygame.draw.circle(s, (40, 110, 170), c, 18, 3)
        pygame.draw.ellipse(s, (40, 110, 170), (c[0] - 8, c[1] - 18, 16, 36), 2)
        pygame.draw.line(s, (40, 110, 170), (c[0] - 18, c[1]), (c[0] + 18, c[1]), 2)
    if logo is None:  # a loud chat printout: big exclamation marks and red shouting lines
        for k in range(3):
            x = body.x + 14 + k * (body.w // 3)
            pygame.draw.rect(s, (200, 40, 40), (x, body.y + 4, 8, body.h // 2))
            pygame.draw.circle(s, (200, 40, 40), (x + 4, body.y + body.h // 2 + 16), 6)
        scribbles(
            s, pygame.Rect(body.x, body.y + body.h * 2 // 3, body.w, body.h // 3), rng, (120, 40, 40), 2
        )
    else:
        scribbles(s, pygame.Rect(body.x, body.y + 40, body.w, body.h - 60), rng, (90, 90, 100), 4)
    if year:
        year_label(s, year, (r.right - 34, r.bottom - 18), 22)


# --------------------------------------------------------------------------- rooms


def foyer(rng: random.Random) -> pygame.Surface:
    s = pygame.Surface((W, H))
    wall_and_floor(s, (196, 170, 120), (120, 86, 60))
    board = R(0.03, 0.14, 0.25, 0.44)
    panel(s, board, (170, 130, 90), (140, 104, 70), 8)
    cork = board.inflate(-28, -28)
    vgradient(s, cork, (196, 150, 100), (176, 132, 86))
    poster(s, R(0.04, 0.16, 0.07, 0.15), (250, 250, 240), rng, "stars", "2025")
    poster(s, R(0.115, 0.17, 0.065, 0.13), (255, 236, 200), rng, None, None)
    poster(s, R(0.19, 0.18, 0.07, 0.13), (236, 246, 255), rng, "bars", "2014")
    poster(s, R(0.04, 0.37, 0.065, 0.15), (255, 226, 226), rng, None, None)
    poster(s, R(0.12, 0.38, 0.07, 0.15), (240, 250, 236), rng, "globe", "2024")
    poster(s, R(0.20, 0.37, 0.065, 0.16), (250, 240, 255), rng, None, None)
    arch = R(0.31, 0.10, 0.12, 0.40)
    pygame.draw.rect(
        s, (90, 64, 44), arch.inflate(18, 10), border_top_left_radius=90, border_top_right_radius=90
    )
    vgradient(s, arch, (70, 90, 110), (46, 60, 76))
    for k in range(5):  # bookshelves seen through the arch
        y = arch.y + 40 + k * (arch.h - 50) // 5
        pygame.draw.line(s, (120, 90, 60), (arch.x + 6, y), (arch.right - 6, y), 5)
        for j in range(9):
            pygame.draw.rect(
                s,
                [(160, 60, 60), (60, 120, 90), (200, 170, 80)][(j + k) % 3],
                (arch.x + 10 + j * 20, y - 26, 14, 24),
            )
    cab = R(0.31, 0.54, 0.12, 0.30)
    panel(s, cab, (110, 80, 56), (86, 60, 40))
    glass = cab.inflate(-30, -40)
    vgradient(s, glass, (180, 210, 225), (140, 170, 190))
    pygame.draw.rect(s, (60, 110, 60), (glass.x + 20, glass.y + 30, glass.w // 2, 30))  # the visitors' book
    pygame.draw.circle(s, (214, 186, 96), (glass.centerx + 30, glass.y + 110), 12, 4)  # the key inside
    pygame.draw.rect(s, (214, 186, 96), (glass.centerx + 27, glass.y + 120, 6, 40))
    pygame.draw.rect(
        s, (60, 60, 70), (cab.right - 40, cab.centery - 30, 26, 52), border_radius=6
    )  # 2-digit lock
    door(s, R(0.45, 0.10, 0.16, 0.76), (70, 80, 96), glass=True)
    pad = R(0.62, 0.38, 0.05, 0.12)
    panel(s, pad, (60, 64, 72), (40, 44, 52))
    for i in range(4):
        pygame.draw.rect(
            s, (140, 220, 160), (pad.x + 10 + i * (pad.w - 20) // 4, pad.y + 10, (pad.w - 20) // 4 - 4, 18), 2
        )
    for row in range(3):
        for col in range(3):
            pygame.draw.rect(
                s,
                (200, 200, 210),
                (pad.x + 14 + col * (pad.w - 24) // 3, pad.y + 40 + row * 26, (pad.w - 24) // 3 - 6, 20),
                border_radius=4,
            )
    stairs = R(0.68, 0.08, 0.11, 0.56)
    vgradient(s, stairs, (150, 120, 90), (110, 84, 60))
    for k in range(10):
        y = stairs.bottom - k * stairs.h // 10
        pygame.draw.line(s, (80, 60, 40), (stairs.x + k * 6, y), (stairs.right, y), 5)
    for k in range(6):  # the closed gate
        x = stairs.x + 10 + k * (stairs.w - 20) // 5
        pygame.draw.line(s, (50, 50, 60), (x, stairs.bottom - 200), (x, stairs.bottom), 6)
    pygame.draw.line(
        s, (50, 50, 60), (stairs.x + 6, stairs.bottom - 200), (stairs.right - 6, stairs.bottom - 200), 8
    )
    panel(s, R(0.66, 0.80, 0.15, 0.05), (130, 96, 64), (104, 74, 50))  # bench
    for x in (0.67, 0.79):
        pygame.draw.rect(s, (80, 56, 36), R(x, 0.85, 0.012, 0.08))
    phone = R(0.705, 0.74, 0.05, 0.065)
    panel(s, phone, (40, 44, 56), (24, 26, 34))
    screen = phone.inflate(-12, -14)
    vgradient(s, screen, (90, 170, 220), (60, 120, 190))
    for k in range(3):
        pygame.draw.rect(
            s,
            (255, 255, 255),
            (screen.x + 6, screen.y + 8 + k * 16, screen.w - 16 - 10 * (k % 2), 8),
            border_radius=4,
        )
    door(s, R(0.82, 0.14, 0.14, 0.72), (150, 96, 60))
    pygame.draw.circle(s, (240, 240, 230), R(0.89, 0.24, 0, 0).topleft, 34)  # a plate sign: kitchen
    pygame.draw.line(s, (120, 120, 130), R(0.875, 0.22, 0, 0).topleft, R(0.875, 0.27, 0, 0).topleft, 5)
    pygame.draw.line(s, (120, 120, 130), R(0.905, 0.22, 0, 0).topleft, R(0.905, 0.27, 0, 0).topleft, 5)
    return s


def kitchen(rng: random.Random) -> pygame.Surface:
    s = pygame.Surface((W, H))
    wall_and_floor(s, (214, 222, 206), (150, 150, 150))
    for y in range(round(0.45 * H), round(0.72 * H), 40):  # tiles behind the counters
        for x in range(0, W, 40):
            pygame.draw.rect(s, (236, 240, 232), (x + 2, y + 2, 36, 36))
    door(s, R(0.01, 0.14, 0.09, 0.72), (120, 96, 70))
    fridge = R(0.12, 0.18, 0.16, 0.62)
    panel(s, fridge, (236, 240, 244), (196, 204, 212))
    pygame.draw.line(
        s, (150, 160, 170), (fridge.x, fridge.y + fridge.h // 3), (fridge.right, fridge.y + fridge.h // 3), 4
    )
    pygame.draw.rect(s, (150, 160, 170), (fridge.right - 26, fridge.y + 30, 10, 80), border_radius=5)
    pygame.draw.rect(
        s, (150, 160, 170), (fridge.right - 26, fridge.y + fridge.h // 3 + 30, 10, 120), border_radius=5
    )
    for k, colour in enumerate([(255, 236, 140), (255, 200, 200), (200, 230, 255), (250, 250, 250)]):
        note = pygame.Rect(
            fridge.x + 20 + (k % 2) * 110, fridge.y + fridge.h // 3 + 60 + (k // 2) * 130, 90, 100
        )
        pygame.draw.rect(s, colour, note)
        scribbles(s, note, rng, (200, 40, 40) if k == 1 else (90, 90, 100), 4)
    board = R(0.36, 0.12, 0.26, 0.30)
    panel(s, board, (250, 250, 246), (226, 228, 222), 8)
    for row in range(3):
        for col in range(2):
            card = pygame.Rect(
                board.x + 30 + col * (board.w // 2),
                board.y + 30 + row * (board.h - 40) // 3,
                board.w // 2 - 50,
                (board.h - 40) // 3 - 16,
            )
            pygame.draw.rect(
                s, [(255, 214, 150), (170, 220, 190), (190, 200, 250)][row], card, border_radius=6
            )
            scribbles(s, card, rng, (80, 80, 90), 2)
    table = R(0.32, 0.56, 0.30, 0.14)
    panel(s, table, (190, 150, 100), (160, 120, 80))
    for x in (0.33, 0.60):
        pygame.draw.rect(s, (120, 90, 60), R(x, 0.70, 0.015, 0.20))
    for k in range(4):  # bowls of food for the festival
        c = (table.x + 80 + k * 130, table.y + 10)
        pygame.draw.ellipse(s, (250, 250, 250), (c[0] - 50, c[1] - 20, 100, 40))
        pygame.draw.ellipse(
            s,
            [(220, 120, 50), (120, 170, 70), (230, 190, 80), (190, 70, 60)][k],
            (c[0] - 40, c[1] - 16, 80, 24),
        )
    counter = R(0.64, 0.56, 0.16, 0.30)
    panel(s, counter, (170, 140, 110), (140, 110, 84))
    drawer = R(0.66, 0.66, 0.12, 0.12)
    panel(s, drawer, (190, 160, 128), (160, 130, 100))
    pygame.draw.rect(s, (90, 90, 100), (drawer.centerx - 40, drawer.y + 20, 80, 14), border_radius=7)
    oven = R(0.80, 0.44, 0.15, 0.34)
    panel(s, oven, (80, 84, 92), (50, 54, 62))
    window = oven.inflate(-50, -110).move(0, 30)
    vgradient(s, window, (250, 170, 80), (200, 90, 40))
    pygame.draw.rect(s, (120, 80, 40), (window.x + 20, window.centery, window.w - 40, 12))  # the tray
    pygame.draw.ellipse(s, (210, 160, 90), (window.x + 30, window.centery - 30, 80, 34))  # bread
    pygame.draw.rect(s, (200, 200, 210), (window.right - 80, window.centery - 22, 50, 22))  # foil parcel
    for k in range(4):
        pygame.draw.circle(s, (200, 200, 200), (oven.x + 40 + k * (oven.w - 80) // 3, oven.y + 30), 12, 3)
    return s


def library(rng: random.Random) -> pygame.Surface:
    s = pygame.Surface((W, H))
    wall_and_floor(s, (120, 150, 130), (140, 100, 70))
    for x0 in (0.0, 0.20):  # shelves along the back wall
        sh = R(x0 + 0.005, 0.06, 0.07 if x0 == 0.20 else 0.20, 0.30)
        panel(s, sh, (120, 84, 56), (96, 66, 44))
        for k in range(3):
            y = sh.y + 20 + k * sh.h // 3
            x = sh.x + 8
            while x < sh.right - 24:
                w = rng.randint(14, 28)
                pygame.draw.rect(
                    s,
                    [(170, 70, 60), (70, 120, 150), (200, 170, 90), (100, 140, 90)][rng.randrange(4)],
                    (x, y + 6, w, sh.h // 3 - 14),
                )
                x += w + 3
    trolley = R(0.03, 0.40, 0.16, 0.40)
    panel(s, trolley, (150, 60, 50), (120, 44, 38))
    for k in range(2):
        y = trolley.y + 30 + k * trolley.h // 2
        for j in range(7):
            pygame.draw.rect(
                s,
                [(240, 220, 180), (80, 110, 160), (60, 140, 100)][j % 3],
                (trolley.x + 16 + j * 38, y, 30, trolley.h // 2 - 50),
            )
    wheel_c = (trolley.centerx, trolley.y - 2)
    pygame.draw.circle(s, (240, 220, 170), wheel_c, 44)
    pygame.draw.circle(s, (200, 170, 120), wheel_c, 28)
    pygame.draw.circle(s, INK, wheel_c, 44, 3)
    for x in (0.05, 0.17):
        pygame.draw.circle(s, (40, 40, 40), R(x, 0.81, 0, 0).topleft, 16)
    board = R(0.28, 0.10, 0.28, 0.32)
    pygame.draw.rect(s, (130, 90, 50), board.inflate(24, 24))
    vgradient(s, board, (40, 60, 50), (30, 46, 38))
    for k in range(3):  # chalk smudges; the coded text itself is drawn by the game in each language
        pygame.draw.line(
            s,
            (90, 110, 100),
            (board.x + 40, board.y + 60 + k * 90),
            (board.right - 60 - k * 40, board.y + 70 + k * 90),
            3,
        )
    pygame.draw.rect(s, (240, 240, 230), (board.x + 30, board.bottom - 16, 60, 10))  # chalk
    wmap = R(0.60, 0.08, 0.26, 0.36)
    panel(s, wmap, (200, 226, 240), (170, 200, 220), 6)
    draw_world(s, wmap, thin=True)
    cab = R(0.62, 0.50, 0.20, 0.30)
    panel(s, cab, (120, 84, 56), (96, 66, 44))
    drawer = R(0.64, 0.56, 0.16, 0.14)
    panel(s, drawer, (150, 108, 74), (124, 88, 60))
    pygame.draw.rect(s, (60, 60, 70), (drawer.right - 60, drawer.centery - 20, 36, 40), border_radius=6)
    for k in range(3):  # café tables with tea
        c = R(0.30 + k * 0.10, 0.66, 0, 0).topleft
        pygame.draw.ellipse(s, (180, 140, 100), (c[0] - 70, c[1], 140, 40))
        pygame.draw.rect(s, (120, 90, 60), (c[0] - 6, c[1] + 30, 12, 120))
        pygame.draw.rect(s, (240, 240, 240), (c[0] - 10, c[1] - 14, 22, 22), border_radius=4)
    album = R(0.355, 0.62, 0.09, 0.06)  # Amal's photo album on the middle table, with its button lock
    panel(s, album, (120, 60, 70), (96, 44, 54))
    pages = album.inflate(-12, -12)
    pygame.draw.rect(s, (250, 246, 236), pages)
    pygame.draw.line(s, (180, 170, 160), (pages.centerx, pages.y), (pages.centerx, pages.bottom), 2)
    for k, colour in enumerate([(120, 160, 200), (200, 170, 110), (150, 190, 140), (190, 140, 150)]):
        photo = pygame.Rect(
            pages.x + 6 + (k % 2) * (pages.w // 2),
            pages.y + 5 + (k // 2) * (pages.h // 2 - 2),
            pages.w // 2 - 12,
            pages.h // 2 - 10,
        )
        pygame.draw.rect(s, colour, photo)
        pygame.draw.rect(s, (90, 80, 70), photo, 1)
    door(s, R(0.88, 0.16, 0.10, 0.70), (230, 230, 230))
    cross = R(0.93, 0.26, 0, 0).topleft
    pygame.draw.rect(s, (200, 40, 40), (cross[0] - 30, cross[1] - 10, 60, 20))
    pygame.draw.rect(s, (200, 40, 40), (cross[0] - 10, cross[1] - 30, 20, 60))
    way = R(0.02, 0.84, 0.16, 0.14)
    vgradient(s, way, (60, 50, 40), (30, 26, 22))
    polygon(
        s,
        (230, 220, 190),
        [(way.x + 40, way.centery), (way.x + 90, way.y + 20), (way.x + 90, way.bottom - 20)],
    )
    return s


def draw_world(s: pygame.Surface, r: pygame.Rect, thin: bool = False) -> None:
    """A simple world map: continents as blobs, long arrows crossing the world and short ones next door."""

    def P(x: float, y: float) -> tuple[int, int]:
        return (r.x + round(x * r.w), r.y + round(y * r.h))

    land = (120, 170, 110)
    blobs = [
        [(0.08, 0.2), (0.25, 0.15), (0.3, 0.3), (0.22, 0.45), (0.12, 0.4)],  # North America
        [(0.24, 0.5), (0.32, 0.52), (0.3, 0.8), (0.25, 0.85), (0.22, 0.6)],  # South America
        [(0.44, 0.18), (0.56, 0.16), (0.58, 0.3), (0.48, 0.32), (0.43, 0.26)],  # Europe
        [(0.44, 0.36), (0.6, 0.36), (0.62, 0.55), (0.54, 0.8), (0.47, 0.6)],  # Africa
        [(0.58, 0.14), (0.9, 0.15), (0.92, 0.4), (0.75, 0.5), (0.62, 0.42), (0.58, 0.3)],  # Asia
        [(0.8, 0.65), (0.92, 0.64), (0.93, 0.78), (0.82, 0.8)],  # Australia
    ]
    for b in blobs:
        polygon(s, land, [P(x, y) for x, y in b])
        pygame.draw.polygon(s, mix(land, (0, 0, 0), 0.4), [P(x, y) for x, y in b], 2)
    width = 3 if thin else 12
    long_arrows = [((0.55, 0.4), (0.2, 0.3)), ((0.7, 0.42), (0.48, 0.22)), ((0.52, 0.62), (0.47, 0.24))]
    short_arrows = [((0.58, 0.38), (0.62, 0.42)), ((0.7, 0.42), (0.66, 0.45)), ((0.56, 0.57), (0.53, 0.6))]
    for (a, b), colour in [(arrow, (120, 120, 160)) for arrow in long_arrows] + [
        (arrow, (210, 80, 40)) for arrow in short_arrows
    ]:
        pa, pb = P(*a), P(*b)
        pygame.draw.line(s, colour, pa, pb, width)
        ang = math.atan2(pb[1] - pa[1], pb[0] - pa[0])
        head = 4 * width if thin else 3 * width
        polygon(
            s,
            colour,
            [
                pb,
                (pb[0] - head * math.cos(ang - 0.5), pb[1] - head * math.sin(ang - 0.5)),
                (pb[0] - head * math.cos(ang + 0.5), pb[1] - head * math.sin(ang + 0.5)),
            ],
        )
        pygame.draw.circle(s, colour, pa, width + 2)


def world_map_closeup(rng: random.Random) -> pygame.Surface:
    s = pygame.Surface((W, H))
    vgradient(s, pygame.Rect(0, 0, W, H), (200, 226, 240), (160, 196, 220))
    draw_world(s, pygame.Rect(0, 0, W, H))
    return s


def first_aid(rng: random.Random) -> pygame.Surface:
    s = pygame.Surface((W, H))
    wall_and_floor(s, (232, 236, 240), (170, 190, 196))
    door(s, R(0.01, 0.14, 0.08, 0.72), (200, 200, 196))
    wall = R(0.10, 0.12, 0.24, 0.40)
    poster(s, wall, (236, 246, 250), rng, "globe", "2018")
    poster(s, R(0.16, 0.22, 0.09, 0.20), (255, 230, 230), rng, None, None)  # the chat printout taped over it
    cab = R(0.66, 0.14, 0.20, 0.50)
    panel(s, cab, (250, 250, 250), (220, 224, 228))
    pygame.draw.line(s, (180, 184, 190), (cab.centerx, cab.y), (cab.centerx, cab.bottom), 4)
    c = (cab.centerx, cab.y + 70)
    pygame.draw.rect(s, (40, 150, 90), (c[0] - 40, c[1] - 12, 80, 24))
    pygame.draw.rect(s, (40, 150, 90), (c[0] - 12, c[1] - 40, 24, 80))
    pygame.draw.rect(s, (255, 236, 140), (cab.x + 30, cab.centery, 90, 80))  # sticky note
    scribbles(s, pygame.Rect(cab.x + 30, cab.centery, 90, 80), rng, (90, 90, 100), 3)
    pygame.draw.rect(
        s, (60, 60, 70), (cab.centerx + 20, cab.centery + 20, 110, 40), border_radius=6
    )  # word lock
    for k in range(4):
        pygame.draw.rect(s, (220, 220, 230), (cab.centerx + 28 + k * 26, cab.centery + 26, 20, 28))
    bed = R(0.36, 0.56, 0.28, 0.26)
    panel(s, bed, (230, 236, 244), (200, 210, 222))
    pygame.draw.rect(s, (120, 160, 210), (bed.x, bed.y + bed.h // 3, bed.w, bed.h * 2 // 3))
    pygame.draw.ellipse(s, (250, 250, 250), (bed.x + 20, bed.y + 10, 150, 60))
    for x in (0.37, 0.62):
        pygame.draw.rect(s, (150, 150, 160), R(x, 0.82, 0.01, 0.08))
    return s


def office(rng: random.Random) -> pygame.Surface:
    s = pygame.Surface((W, H))
    wall_and_floor(s, (170, 160, 196), (110, 100, 120))
    wall = R(0.04, 0.10, 0.30, 0.52)
    for k in range(9):
        r = pygame.Rect(
            wall.x + (k % 3) * wall.w // 3 + 6,
            wall.y + (k // 3) * wall.h // 3 + 6,
            wall.w // 3 - 12,
            wall.h // 3 - 12,
        )
        loud = k % 2 == 0
        poster(
            s,
            r,
            (250, 250, 246) if loud else (236, 244, 255),
            rng,
            None if loud else "bars",
            None if loud else str(2012 + k),
        )
    desk = R(0.36, 0.62, 0.28, 0.14)
    panel(s, desk, (150, 110, 80), (120, 86, 60))
    for x in (0.37, 0.62):
        pygame.draw.rect(s, (90, 66, 46), R(x, 0.76, 0.015, 0.16))
    binder = R(0.40, 0.56, 0.18, 0.14)
    panel(s, binder, (60, 100, 170), (40, 76, 140))
    pages = binder.inflate(-30, -24)
    pygame.draw.rect(s, (250, 250, 246), pages)
    pygame.draw.line(s, (180, 180, 190), (pages.centerx, pages.y), (pages.centerx, pages.bottom), 3)
    for k, h in enumerate((30, 50, 40, 24)):
        pygame.draw.rect(s, (60, 140, 90), (pages.x + 20 + k * 26, pages.bottom - 10 - h, 18, h))
    scribbles(s, pygame.Rect(pages.centerx + 10, pages.y, pages.w // 2 - 10, pages.h), rng, (90, 90, 100), 4)
    check = R(0.68, 0.10, 0.24, 0.50)
    panel(s, check, (250, 246, 230), (236, 230, 210), 6)
    for k in range(5):  # five empty step boxes, numbered with dots (no words)
        box = pygame.Rect(
            check.x + 40, check.y + 40 + k * (check.h - 60) // 5, check.w - 80, (check.h - 60) // 5 - 14
        )
        pygame.draw.rect(s, (200, 196, 180), box, 3, border_radius=8)
        for d in range(k + 1):
            pygame.draw.circle(s, (90, 80, 120), (box.x + 20 + d * 16, box.centery), 5)
    for k in range(5):  # the jumbled cards under the poster
        pygame.draw.rect(
            s,
            (255, 250, 236),
            (check.x + 20 + k * 70, check.bottom + 20 + (k % 2) * 24, 60, 34),
            border_radius=4,
        )
    stairs = R(0.40, 0.80, 0.20, 0.18)
    vgradient(s, stairs, (90, 80, 100), (50, 44, 60))
    for k in range(4):
        y = stairs.y + 10 + k * stairs.h // 4
        pygame.draw.line(s, (140, 130, 150), (stairs.x + k * 20, y), (stairs.right - k * 20, y), 5)
    return s


# --------------------------------------------------------------------------- item icons


def icon(draw: Callable[[pygame.Surface], None]) -> pygame.Surface:
    s = pygame.Surface((256, 256), pygame.SRCALPHA)
    draw(s)
    return s


def key_icon(colour: Colour, tag: Colour, mark: str) -> pygame.Surface:
    """A key with a coloured tag; the mark on the tag (spoon, cross, star) tells keys apart without colour."""

    def draw(s: pygame.Surface) -> None:
        pygame.draw.circle(s, colour, (80, 128), 46, 16)
        pygame.draw.rect(s, colour, (118, 120, 110, 18))
        for x in (190, 214):
            pygame.draw.rect(s, colour, (x, 136, 12, 26))
        pygame.draw.circle(s, tag, (80, 128), 22)
        if mark == "spoon":
            pygame.draw.ellipse(s, (255, 255, 255), (70, 112, 20, 16))
            pygame.draw.line(s, (255, 255, 255), (80, 126), (80, 144), 4)
        elif mark == "cross":
            pygame.draw.rect(s, (255, 255, 255), (70, 124, 20, 8))
            pygame.draw.rect(s, (255, 255, 255), (76, 118, 8, 20))
        else:
            polygon(
                s,
                (255, 255, 255),
                [
                    (
                        80 + 12 * math.cos(a * math.pi / 5 - math.pi / 2) * (1 if a % 2 == 0 else 0.45),
                        128 + 12 * math.sin(a * math.pi / 5 - math.pi / 2) * (1 if a % 2 == 0 else 0.45),
                    )
                    for a in range(10)
                ],
            )

    return icon(draw)


def piece_icon(colour: Colour, symbol: str) -> pygame.Surface:
    """A jigsaw-like piece of the truth board with a symbol (so colour is never the only signal)."""

    def draw(s: pygame.Surface) -> None:
        body = pygame.Rect(40, 50, 176, 156)
        pygame.draw.rect(s, colour, body, border_radius=16)
        pygame.draw.circle(s, colour, (128, 50), 26)
        pygame.draw.circle(s, colour, (216, 128), 26)
        pygame.draw.rect(s, mix(colour, (0, 0, 0), 0.4), body, 5, border_radius=16)
        c = (128, 132)
        white = (255, 255, 255)
        if symbol == "briefcase":
            pygame.draw.rect(s, white, (c[0] - 44, c[1] - 26, 88, 60), border_radius=8)
            pygame.draw.rect(s, white, (c[0] - 18, c[1] - 42, 36, 20), 6, border_radius=6)
        elif symbol == "arrow":
            pygame.draw.line(s, white, (c[0] - 46, c[1] + 20), (c[0] + 30, c[1] - 20), 12)
            polygon(s, white, [(c[0] + 48, c[1] - 30), (c[0] + 14, c[1] - 34), (c[0] + 34, c[1] - 2)])
        elif symbol == "cross":
            pygame.draw.rect(s, white, (c[0] - 40, c[1] - 13, 80, 26))
            pygame.draw.rect(s, white, (c[0] - 13, c[1] - 40, 26, 80))
        else:  # scales: money and safety
            pygame.draw.line(s, white, (c[0], c[1] - 40), (c[0], c[1] + 36), 8)
            pygame.draw.line(s, white, (c[0] - 50, c[1] - 24), (c[0] + 50, c[1] - 24), 8)
            for x in (c[0] - 50, c[0] + 50):
                pygame.draw.arc(s, white, (x - 22, c[1] - 20, 44, 40), math.pi, 2 * math.pi, 6)

    return icon(draw)


def paper_icon(paper: Colour, logo: str, year: str) -> pygame.Surface:
    rng = random.Random(year)

    def draw(s: pygame.Surface) -> None:
        poster(s, pygame.Rect(48, 24, 160, 208), paper, rng, logo, year)

    return icon(draw)


def oven_mitt(s: pygame.Surface) -> None:
    colour = (200, 70, 60)
    pygame.draw.ellipse(s, colour, (60, 40, 120, 160))
    pygame.draw.ellipse(s, colour, (140, 90, 60, 80))
    pygame.draw.rect(s, (240, 230, 210), (70, 180, 100, 40), border_radius=8)
    for k in range(4):
        pygame.draw.line(s, mix(colour, (0, 0, 0), 0.3), (80, 70 + k * 30), (160, 70 + k * 30), 3)
    pygame.draw.circle(s, (60, 40, 30), (170, 120), 14)  # the burnt thumb


def decoder_wheel(s: pygame.Surface) -> None:
    c = (128, 128)
    pygame.draw.circle(s, (240, 220, 170), c, 110)
    pygame.draw.circle(s, (210, 180, 130), c, 74)
    pygame.draw.circle(s, INK, c, 110, 4)
    pygame.draw.circle(s, INK, c, 74, 3)
    for k in range(26):
        a = k * math.tau / 26
        for radius, length in ((110, 18), (74, 14)):
            p1 = (
                c[0] + round((radius - length) * math.cos(a)),
                c[1] + round((radius - length) * math.sin(a)),
            )
            p2 = (c[0] + round(radius * math.cos(a)), c[1] + round(radius * math.sin(a)))
            pygame.draw.line(s, INK, p1, p2, 2)
    pygame.draw.circle(s, (200, 60, 50), c, 12)


def icons() -> dict[str, pygame.Surface]:
    return {
        "numbers-flyer": paper_icon((250, 250, 240), "stars", "2025"),
        "unhcr-leaflet": paper_icon((236, 246, 255), "globe", "2024"),
        "kitchen-key": key_icon((214, 186, 96), (150, 96, 60), "spoon"),
        "first-aid-key": key_icon((200, 200, 210), (200, 40, 40), "cross"),
        "office-key": key_icon((190, 150, 70), (110, 90, 170), "star"),
        "piece-jobs": piece_icon((210, 120, 40), "briefcase"),
        "piece-refugees": piece_icon((40, 120, 190), "arrow"),
        "piece-health": piece_icon((40, 150, 90), "cross"),
        "piece-money": piece_icon((120, 80, 170), "scales"),
        "oven-mitt": icon(oven_mitt),
        "decoder-wheel": icon(decoder_wheel),
    }


def tick(s: pygame.Surface, centre: tuple[int, int], radius: int) -> None:
    """A green badge with a white tick: 'done' by shape as well as colour."""
    pygame.draw.circle(s, (40, 170, 90), centre, radius)
    x, y = centre
    r = radius
    pygame.draw.lines(
        s,
        (255, 255, 255),
        False,
        [(x - r // 2, y), (x - r // 8, y + r // 2), (x + r // 2, y - r // 2)],
        max(3, r // 4),
    )


def opened(rect: pygame.Rect, frame: Colour, inside: Colour) -> pygame.Surface:
    """An object once opened (drawn over its rect): its door or lid swung aside, the inside empty, a tick."""
    s = pygame.Surface(rect.size, pygame.SRCALPHA)
    w, h = rect.size
    body = pygame.Rect(0, 0, w, h)
    pygame.draw.rect(s, frame, body)
    vgradient(s, body.inflate(-16, -16), mix(inside, (255, 255, 255), 0.08), mix(inside, (0, 0, 0), 0.3))
    door = [(0, 0), (w // 5, h // 12), (w // 5, h - h // 12), (0, h)]  # the door seen swung open, on the left
    polygon(s, mix(frame, (255, 255, 255), 0.15), door)
    pygame.draw.rect(s, mix(frame, (0, 0, 0), 0.45), body, 4)
    tick(s, (w * 2 // 3, h // 2), max(10, min(w, h) // 5))
    return s


def panel_green(rect: pygame.Rect) -> pygame.Surface:
    """The door's code panel once the code is right: four filled boxes and a tick."""
    s = pygame.Surface(rect.size, pygame.SRCALPHA)
    w, h = rect.size
    pygame.draw.rect(s, (40, 44, 52), (0, 0, w, h))
    for i in range(4):
        pygame.draw.rect(s, (90, 220, 130), (10 + i * (w - 20) // 4, 10, (w - 20) // 4 - 4, 18))
    tick(s, (w // 2, h * 2 // 3), max(10, w // 4))
    return s


def overlays() -> dict[str, pygame.Surface]:
    """Pictures drawn over objects once their puzzle is solved (rooms/*.yaml: overlays), by file name."""
    return {
        "cabinet-open": opened(R(0.31, 0.54, 0.12, 0.30), (110, 80, 56), (150, 180, 196)),
        "map-drawer-open": opened(R(0.64, 0.56, 0.16, 0.14), (150, 108, 74), (60, 40, 28)),
        "medicine-cabinet-open": opened(R(0.66, 0.14, 0.20, 0.50), (236, 238, 240), (200, 210, 216)),
        "door-panel-green": panel_green(R(0.62, 0.38, 0.05, 0.12)),
    }


ROOMS: dict[str, Callable[[random.Random], pygame.Surface]] = {
    "rooms/foyer.png": foyer,
    "rooms/kitchen.png": kitchen,
    "rooms/library.png": library,
    "rooms/first-aid.png": first_aid,
    "rooms/office.png": office,
    "closeups/world-map.png": world_map_closeup,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "scenarios" / "escape-rumours")
    args = parser.parse_args(argv)
    pygame.init()
    assets = args.out / "assets"
    for name, draw in ROOMS.items():
        path = assets / name
        path.parent.mkdir(parents=True, exist_ok=True)
        pygame.image.save(draw(random.Random(name)), str(path))
    for name, surface in overlays().items():
        pygame.image.save(surface, str(assets / "rooms" / f"{name}.png"))
    for name, surface in icons().items():
        path = assets / "items" / f"{name}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        pygame.image.save(surface, str(path))
    print(f"wrote {len(ROOMS)} pictures and {len(icons())} icons under {assets}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
