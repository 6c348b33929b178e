"""Draw the tutorial pack's room picture and item icons, reproducibly, with pygame.

    python tools/make_art.py [--out scenarios/tutorial]

Writes assets/rooms/studio.png (1920x1080) and assets/items/*.png (256x256). Every object sits where the
pack's hotspots say (rects in scenarios/tutorial/rooms/studio.yaml and the search targets in
puzzles/01-start.yaml are fractions of the picture), so players find things where they look for them.
Drawing is deterministic: no randomness except a seeded generator, no clock.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import sys
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "assets" / "fonts" / "DejaVuSans-Bold.ttf"
W, H = 1920, 1080
Colour = tuple[int, int, int]


def R(x: float, y: float, w: float, h: float) -> pygame.Rect:
    """A rectangle given as fractions of the picture."""
    return pygame.Rect(round(x * W), round(y * H), round(w * W), round(h * H))


def mix(a: Sequence[int], b: Sequence[int], k: float) -> Colour:
    return tuple(round(p + (q - p) * k) for p, q in zip(a, b, strict=False))  # type: ignore[return-value]


def vgradient(surface: pygame.Surface, rect: pygame.Rect, top: Colour, bottom: Colour) -> None:
    for i in range(rect.h):
        pygame.draw.line(
            surface,
            mix(top, bottom, i / max(1, rect.h - 1)),
            (rect.x, rect.y + i),
            (rect.right - 1, rect.y + i),
        )


def hgradient(surface: pygame.Surface, rect: pygame.Rect, left: Colour, right: Colour) -> None:
    for i in range(rect.w):
        pygame.draw.line(
            surface,
            mix(left, right, i / max(1, rect.w - 1)),
            (rect.x + i, rect.y),
            (rect.x + i, rect.bottom - 1),
        )


def shadow(surface: pygame.Surface, rect: pygame.Rect, spread: int = 18, alpha: int = 90) -> None:
    """A soft drop shadow under ``rect``."""
    layer = pygame.Surface((rect.w + spread * 4, rect.h + spread * 4), pygame.SRCALPHA)
    for i in range(spread, 0, -2):
        a = round(alpha * (1 - i / spread) ** 2 / 3) + 2
        pygame.draw.rect(
            layer,
            (0, 0, 0, a),
            pygame.Rect(spread * 2 - i, spread * 2 - i, rect.w + 2 * i, rect.h + 2 * i),
            border_radius=i + 6,
        )
    surface.blit(layer, (rect.x - spread * 2 + spread // 2, rect.y - spread * 2 + spread // 2))


def text(
    surface: pygame.Surface,
    words: str,
    size: int,
    colour: Colour,
    center: tuple[int, int],
    angle: float = 0.0,
    mirror: bool = False,
) -> None:
    font = pygame.font.Font(str(FONT), size)
    img = font.render(words, True, colour)
    if mirror:
        img = pygame.transform.flip(img, True, False)
    if angle:
        img = pygame.transform.rotozoom(img, angle, 1.0)
    surface.blit(img, img.get_rect(center=center))


def polygon(surface: pygame.Surface, colour: Colour, points: Sequence[tuple[float, float]]) -> None:
    pygame.draw.polygon(surface, colour, [(round(x), round(y)) for x, y in points])


# --------------------------------------------------------------------------- the room


def room_shell(s: pygame.Surface) -> None:
    """Walls, floor and ceiling in a one-point perspective, with acoustic panels on the back wall."""
    back = pygame.Rect(round(0.22 * W), 0, round(0.58 * W), round(0.70 * H))
    vgradient(s, pygame.Rect(0, 0, W, H), (58, 66, 84), (40, 44, 58))
    # wooden floor first (the walls are drawn over it), planks converging to the vanishing point
    floor_rect = pygame.Rect(0, back.bottom, W, H - back.bottom)
    vgradient(s, floor_rect, (104, 72, 48), (124, 86, 58))
    vp = (W * 0.51, H * 0.30)
    for i in range(-12, 30):
        x = i * W / 16
        y0 = back.bottom
        x0 = vp[0] + (x - vp[0]) * (y0 - vp[1]) / (H - vp[1])
        pygame.draw.line(s, (86, 58, 38), (round(x0), y0), (round(x), H), 3)
    for j, y in enumerate([0.73, 0.77, 0.82, 0.88, 0.95]):
        pygame.draw.line(s, (96, 66, 44) if j % 2 else (116, 82, 54), (0, round(y * H)), (W, round(y * H)), 2)
    vgradient_alpha(s, floor_rect, (0, 0, 0, 60), (0, 0, 0, 0))
    vgradient(s, back, (88, 104, 120), (70, 82, 96))
    # acoustic foam tiles on the back wall
    tile = 64
    for ty in range(back.y + 20, back.bottom - 40, tile):
        for tx in range(back.x + 10, back.right - 10, tile):
            k = ((tx // tile) + (ty // tile)) % 2
            r = pygame.Rect(tx + 3, ty + 3, tile - 6, tile - 6)
            if k:
                vgradient(s, r, (80, 94, 110), (64, 76, 90))
            else:
                hgradient(s, r, (80, 94, 110), (64, 76, 90))
    # left and right walls in perspective, shaded towards the corners
    for i in range(0, back.x, 3):
        k = i / back.x
        pygame.draw.line(
            s,
            mix((44, 50, 64), (60, 70, 86), k),
            (i, 0),
            (i, round(H * 0.86 + (back.bottom - H * 0.86) * k)),
            3,
        )
    for i in range(back.right, W, 3):
        k = (i - back.right) / (W - back.right)
        pygame.draw.line(
            s,
            mix((62, 72, 88), (46, 52, 66), k),
            (i, 0),
            (i, round(back.bottom + (H * 0.90 - back.bottom) * k)),
            3,
        )
    # skirting and wall edges
    pygame.draw.line(s, (30, 34, 44), (back.x, 0), (back.x, back.bottom), 4)
    pygame.draw.line(s, (30, 34, 44), (back.right, 0), (back.right, back.bottom), 4)
    pygame.draw.line(s, (36, 40, 52), (back.x, back.bottom), (back.right, back.bottom), 8)


def vgradient_alpha(
    surface: pygame.Surface,
    rect: pygame.Rect,
    top: tuple[int, int, int, int],
    bottom: tuple[int, int, int, int],
) -> None:
    layer = pygame.Surface(rect.size, pygame.SRCALPHA)
    for i in range(rect.h):
        k = i / max(1, rect.h - 1)
        pygame.draw.line(
            layer,
            tuple(round(a + (b - a) * k) for a, b in zip(top, bottom, strict=True)),
            (0, i),
            (rect.w, i),
        )
    surface.blit(layer, rect)


def shelf(s: pygame.Surface, rng: random.Random) -> None:
    """The archive shelf on the left wall, with the Eurostat folder and the UNHCR report where the search
    targets are."""
    r = R(0.02, 0.10, 0.18, 0.55)
    shadow(s, r, 24, 120)
    hgradient(s, r, (92, 62, 38), (124, 86, 54))
    inner = r.inflate(-24, -24)
    vgradient(s, inner, (48, 34, 24), (64, 44, 30))
    boards = [0.33, 0.56, 0.80]
    for b in boards:
        y = round(r.y + b * r.h)
        pygame.draw.rect(s, (140, 98, 62), (r.x, y, r.w, 16))
        pygame.draw.line(s, (170, 124, 82), (r.x, y), (r.right, y), 3)
    # rows of unlabelled binders and papers
    tops = [inner.y, round(r.y + 0.33 * r.h) + 16, round(r.y + 0.56 * r.h) + 16, round(r.y + 0.80 * r.h) + 16]
    bottoms = [round(r.y + b * r.h) for b in boards] + [inner.bottom]
    palette = [(150, 60, 56), (64, 110, 80), (170, 150, 90), (90, 90, 110), (120, 80, 120), (180, 120, 70)]
    for row, (top, bottom) in enumerate(zip(tops, bottoms, strict=True)):
        x = inner.x + 4
        while x < inner.right - 20:
            w = rng.randint(18, 34)
            h = rng.randint(int((bottom - top) * 0.62), bottom - top - 4)
            colour = palette[rng.randrange(len(palette))]
            book = pygame.Rect(x, bottom - h, min(w, inner.right - x - 2), h)
            vgradient(s, book, mix(colour, (255, 255, 255), 0.12), mix(colour, (0, 0, 0), 0.25))
            pygame.draw.rect(s, mix(colour, (0, 0, 0), 0.4), book, 2)
            if row == 3 and rng.random() < 0.3:
                pygame.draw.ellipse(s, (230, 226, 210), (x, bottom - 30, 40, 26))
            x += w + 2
    # Eurostat folder: target at (0.04, 0.18, 0.07, 0.14), on the top shelf
    eu = R(0.045, 0.185, 0.06, 0.13)
    shadow(s, eu, 10, 120)
    vgradient(s, eu, (40, 80, 170), (22, 50, 120))
    pygame.draw.rect(s, (210, 220, 240), eu, 3)
    c = (eu.centerx, eu.y + eu.h // 3)
    for i in range(12):
        a = i * math.pi / 6
        pygame.draw.circle(
            s, (255, 214, 60), (round(c[0] + 22 * math.cos(a)), round(c[1] + 22 * math.sin(a))), 4
        )
    text(s, "Eurostat", 17, (240, 240, 250), (eu.centerx, eu.y + round(eu.h * 0.66)))
    text(s, "2025", 20, (255, 214, 60), (eu.centerx, eu.y + round(eu.h * 0.84)))
    # UNHCR report: target at (0.11, 0.42, 0.07, 0.12), on the middle shelf
    un = R(0.115, 0.425, 0.06, 0.11)
    shadow(s, un, 10, 120)
    vgradient(s, un, (120, 180, 230), (70, 130, 190))
    pygame.draw.rect(s, (236, 244, 252), un, 3)
    pygame.draw.circle(s, (250, 250, 255), (un.centerx, un.y + 30), 13, 3)
    pygame.draw.line(s, (250, 250, 255), (un.centerx - 18, un.y + 48), (un.centerx + 18, un.y + 48), 3)
    text(s, "UNHCR", 17, (250, 250, 255), (un.centerx, un.y + round(un.h * 0.66)))
    text(s, "2024", 18, (20, 40, 80), (un.centerx, un.y + round(un.h * 0.85)))


def whiteboard(s: pygame.Surface) -> None:
    """The whiteboard on the back wall (its message is drawn by the game, in the player's language)."""
    r = R(0.30, 0.08, 0.28, 0.28)
    shadow(s, r, 22, 130)
    pygame.draw.rect(s, (170, 176, 184), r, border_radius=6)
    board = r.inflate(-20, -20)
    vgradient(s, board, (246, 248, 250), (222, 228, 234))
    glare = pygame.Surface(board.size, pygame.SRCALPHA)
    polygon(
        glare,
        (255, 255, 255, 60),
        [(board.w * 0.55, 0), (board.w * 0.75, 0), (board.w * 0.45, board.h), (board.w * 0.25, board.h)],
    )
    s.blit(glare, board)
    # the mirror writing itself is drawn by the game in each language (rooms/studio.yaml: texts)
    tray = pygame.Rect(r.x + 30, r.bottom - 4, r.w - 60, 14)
    pygame.draw.rect(s, (150, 156, 164), tray, border_radius=4)
    for i, colour in enumerate([(30, 70, 160), (200, 40, 50), (30, 130, 70)]):
        pygame.draw.rect(s, colour, (tray.x + 40 + i * 70, tray.y - 8, 50, 10), border_radius=4)


def world_map(s: pygame.Surface) -> None:
    """The world map with short arrows: most refugees stay in neighbouring countries."""
    r = R(0.60, 0.08, 0.18, 0.26)
    shadow(s, r, 20, 130)
    pygame.draw.rect(s, (120, 90, 60), r)
    sea = r.inflate(-16, -16)
    vgradient(s, sea, (104, 160, 200), (70, 126, 170))
    land = (196, 186, 140)
    blobs = [  # continents as groups of ellipses, in fractions of the sea
        [(0.08, 0.18, 0.22, 0.22), (0.14, 0.36, 0.14, 0.18), (0.2, 0.52, 0.1, 0.3)],  # Americas
        [(0.44, 0.16, 0.14, 0.16), (0.46, 0.38, 0.16, 0.36)],  # Europe, Africa
        [(0.58, 0.14, 0.32, 0.26), (0.66, 0.38, 0.14, 0.14), (0.8, 0.66, 0.14, 0.14)],  # Asia, Oceania
    ]
    for group in blobs:
        for fx, fy, fw, fh in group:
            pygame.draw.ellipse(s, land, (sea.x + fx * sea.w, sea.y + fy * sea.h, fw * sea.w, fh * sea.h))
    arrows = [
        ((0.52, 0.50), (0.58, 0.44)),
        ((0.62, 0.30), (0.70, 0.34)),
        ((0.50, 0.62), (0.55, 0.70)),
        ((0.72, 0.46), (0.68, 0.52)),
        ((0.22, 0.60), (0.18, 0.54)),
    ]
    for (ax, ay), (bx, by) in arrows:
        a = (sea.x + ax * sea.w, sea.y + ay * sea.h)
        b = (sea.x + bx * sea.w, sea.y + by * sea.h)
        pygame.draw.line(s, (200, 40, 50), a, b, 5)
        ang = math.atan2(b[1] - a[1], b[0] - a[0])
        tip = [
            b,
            (b[0] - 14 * math.cos(ang - 0.5), b[1] - 14 * math.sin(ang - 0.5)),
            (b[0] - 14 * math.cos(ang + 0.5), b[1] - 14 * math.sin(ang + 0.5)),
        ]
        polygon(s, (200, 40, 50), tip)
    for i in range(1, 4):
        pygame.draw.line(
            s, (90, 140, 180), (sea.x, sea.y + i * sea.h // 4), (sea.right, sea.y + i * sea.h // 4), 1
        )


def desk(s: pygame.Surface) -> None:
    """The studio desk in perspective, with the mixing desk, microphones, the phone and the locked drawer."""
    top = [(0.20 * W, 0.72 * H), (0.70 * W, 0.72 * H), (0.66 * W, 0.54 * H), (0.25 * W, 0.54 * H)]
    shadow(s, pygame.Rect(round(0.20 * W), round(0.70 * H), round(0.50 * W), round(0.24 * H)), 30, 140)
    polygon(s, (150, 110, 72), top)
    for i in range(0, 40):
        y = 0.54 * H + i * (0.18 * H) / 40
        k = i / 40
        x0 = 0.25 * W - k * 0.05 * W
        x1 = 0.66 * W + k * 0.04 * W
        pygame.draw.line(s, mix((132, 96, 62), (168, 124, 82), k), (x0, y), (x1, y), 5)
    front = pygame.Rect(round(0.20 * W), round(0.72 * H), round(0.50 * W), round(0.20 * H))
    vgradient(s, front, (118, 84, 54), (84, 58, 38))
    pygame.draw.line(s, (186, 140, 96), front.topleft, front.topright, 5)
    # legs
    for x in (front.x + 10, front.right - 40):
        pygame.draw.rect(s, (60, 42, 28), (x, front.bottom, 30, round(0.06 * H)))
    # the locked drawer at (0.24, 0.74, 0.10, 0.16)
    d = R(0.245, 0.75, 0.09, 0.14)
    pygame.draw.rect(s, (70, 48, 32), d.inflate(10, 10), border_radius=6)
    vgradient(s, d, (140, 102, 66), (104, 74, 48))
    pygame.draw.rect(s, (200, 170, 120), (d.centerx - 40, d.y + 20, 80, 12), border_radius=6)
    lock = pygame.Rect(d.centerx - 34, d.y + 52, 68, 70)
    pygame.draw.arc(s, (190, 190, 200), (lock.x + 12, lock.y - 30, 44, 60), 0, math.pi, 8)
    vgradient(s, lock, (220, 190, 80), (170, 130, 40))
    pygame.draw.rect(s, (120, 90, 30), lock, 3, border_radius=8)
    for i in range(2):
        wheel = pygame.Rect(lock.x + 10 + i * 26, lock.y + 22, 22, 32)
        pygame.draw.rect(s, (40, 40, 44), wheel, border_radius=4)
        text(s, "?", 20, (240, 240, 240), wheel.center)
    # the mixing desk at (0.32, 0.55, 0.26, 0.17)
    m = R(0.33, 0.565, 0.24, 0.14)
    shadow(s, m, 16, 150)
    polygon(s, (42, 44, 52), [(m.x, m.bottom), (m.right, m.bottom), (m.right - 20, m.y), (m.x + 20, m.y)])
    for i in range(10):
        x = m.x + 40 + i * (m.w - 80) / 9
        pygame.draw.line(s, (20, 20, 24), (x, m.y + 60), (x, m.bottom - 16), 6)
        knob_y = m.y + 70 + ((i * 37) % 5) * 12
        pygame.draw.rect(s, (220, 220, 230), (x - 9, knob_y, 18, 12), border_radius=3)
        for j, colour in enumerate([(230, 80, 60), (240, 200, 60), (90, 200, 120)]):
            pygame.draw.circle(s, colour, (round(x), m.y + 16 + j * 15), 6)
    pygame.draw.rect(s, (90, 220, 140), (m.right - 120, m.y + 10, 80, 8))
    # microphones on arms
    for mx, lean in ((0.30, -1), (0.60, 1)):
        base = (round(mx * W), round(0.60 * H))
        head = (base[0] + lean * 60, base[1] - 150)
        pygame.draw.line(s, (30, 30, 34), base, head, 10)
        pygame.draw.circle(s, (30, 30, 34), base, 16)
        cap = pygame.Rect(0, 0, 56, 90)
        cap.center = head
        vgradient(s, cap, (120, 120, 130), (50, 50, 58))
        pygame.draw.rect(s, (20, 20, 24), cap, 3, border_radius=24)
        for k in range(4):
            pygame.draw.line(
                s, (90, 90, 100), (cap.x + 8, cap.y + 20 + k * 14), (cap.right - 8, cap.y + 20 + k * 14), 2
            )
    # the phone at (0.60, 0.62, 0.07, 0.08), lying on the desk with a glowing screen
    p = R(0.605, 0.625, 0.06, 0.07)
    shadow(s, p, 10, 160)
    body = [(p.x + 10, p.bottom), (p.right, p.bottom - 6), (p.right - 12, p.y), (p.x, p.y + 6)]
    polygon(s, (24, 24, 30), body)
    screen = [
        (p.x + 18, p.bottom - 8),
        (p.right - 8, p.bottom - 12),
        (p.right - 18, p.y + 8),
        (p.x + 8, p.y + 12),
    ]
    polygon(s, (120, 200, 255), screen)
    for k in range(3):
        y = p.y + 22 + k * 16
        pygame.draw.line(s, (240, 250, 255), (p.x + 22, y), (p.right - 30 + (k % 2) * 10, y - 2), 4)
    pygame.draw.circle(s, (255, 80, 70), (p.right - 12, p.y + 10), 9)
    text(s, "!", 14, (255, 255, 255), (p.right - 12, p.y + 10))


def bin_(s: pygame.Surface) -> None:
    """The waste bin at (0.70, 0.78, 0.08, 0.17), with crumpled flyers and a glint of the mirror."""
    r = R(0.705, 0.79, 0.07, 0.15)
    shadow(s, r, 16, 160)
    body = [(r.x, r.y), (r.right, r.y), (r.right - 14, r.bottom), (r.x + 14, r.bottom)]
    polygon(s, (70, 90, 104), body)
    for i in range(0, r.w, 12):
        pygame.draw.line(s, (56, 74, 86), (r.x + i, r.y + 10), (r.x + 7 + i * 0.85, r.bottom - 6), 3)
    pygame.draw.ellipse(s, (40, 52, 60), (r.x - 4, r.y - 16, r.w + 8, 34))
    for k, (dx, dy, colour) in enumerate(
        [(20, -22, (236, 232, 220)), (60, -28, (250, 200, 90)), (92, -18, (232, 228, 240))]
    ):
        pygame.draw.circle(s, colour, (r.x + dx, r.y + dy + 10), 20 - k * 2)
        pygame.draw.circle(s, mix(colour, (0, 0, 0), 0.3), (r.x + dx, r.y + dy + 10), 20 - k * 2, 2)
    pygame.draw.circle(s, (230, 120, 170), (r.x + 48, r.y - 6), 13)
    pygame.draw.circle(s, (220, 240, 255), (r.x + 48, r.y - 6), 8)


def door(s: pygame.Surface) -> None:
    """The studio door at (0.82, 0.18, 0.15, 0.70) with its ON AIR sign and, beside it, the card reader."""
    d = R(0.825, 0.19, 0.14, 0.68)
    frame = d.inflate(26, 22)
    frame.bottom = d.bottom
    pygame.draw.rect(s, (44, 46, 56), frame)
    vgradient(s, d, (128, 70, 54), (92, 48, 36))
    for panel in (
        pygame.Rect(d.x + 30, d.y + 40, d.w - 60, d.h // 3),
        pygame.Rect(d.x + 30, d.y + d.h // 2, d.w - 60, d.h // 3),
    ):
        pygame.draw.rect(s, (110, 58, 44), panel, 5, border_radius=6)
    window = pygame.Rect(d.x + 60, d.y + 60, d.w - 120, 120)
    vgradient(s, window, (170, 200, 220), (110, 140, 170))
    pygame.draw.rect(s, (40, 40, 48), window, 6)
    handle = pygame.Rect(d.x + 22, d.centery, 60, 14)
    pygame.draw.rect(s, (210, 210, 220), handle, border_radius=7)
    pygame.draw.circle(s, (180, 180, 190), (d.x + 28, d.centery + 7), 14)
    sign = R(0.845, 0.10, 0.10, 0.065)
    glow = pygame.Surface((sign.w + 80, sign.h + 80), pygame.SRCALPHA)
    for i in range(20, 0, -2):
        pygame.draw.rect(
            glow, (255, 40, 40, 6), (40 - i * 2, 40 - i * 2, sign.w + i * 4, sign.h + i * 4), border_radius=20
        )
    s.blit(glow, (sign.x - 40, sign.y - 40))
    pygame.draw.rect(s, (120, 10, 16), sign, border_radius=8)
    pygame.draw.rect(s, (230, 40, 40), sign.inflate(-8, -8), border_radius=6)
    text(s, "ON AIR", 40, (255, 240, 240), sign.center)
    # the card reader at (0.76, 0.42, 0.05, 0.10)
    c = R(0.765, 0.425, 0.04, 0.09)
    shadow(s, c, 8, 160)
    vgradient(s, c, (60, 64, 74), (34, 36, 44))
    pygame.draw.rect(s, (20, 20, 26), c, 3, border_radius=6)
    pygame.draw.rect(s, (20, 20, 24), (c.x + 10, c.y + 14, c.w - 20, 8))
    pygame.draw.circle(s, (255, 50, 40), (c.centerx, c.bottom - 22), 9)
    pygame.draw.line(s, (255, 255, 255), (c.centerx - 4, c.bottom - 26), (c.centerx + 4, c.bottom - 18), 2)
    pygame.draw.line(s, (255, 255, 255), (c.centerx + 4, c.bottom - 26), (c.centerx - 4, c.bottom - 18), 2)


def lighting(s: pygame.Surface) -> None:
    """A warm ceiling light and a vignette."""
    light = pygame.Surface((W // 8, H // 8), pygame.SRCALPHA)
    cx, cy = W // 16, 0
    for rad in range(W // 10, 0, -3):
        pygame.draw.circle(light, (255, 220, 160, max(0, 28 - rad // 6)), (cx, cy), rad)
    s.blit(pygame.transform.smoothscale(light, (W, H)), (0, 0))
    vignette = pygame.Surface((W // 8, H // 8), pygame.SRCALPHA)
    vw, vh = vignette.get_size()
    for y in range(vh):
        for x in range(vw):
            dx, dy = (x - vw / 2) / (vw / 2), (y - vh / 2) / (vh / 2)
            d = min(1.0, math.sqrt(dx * dx + dy * dy) / 1.35)
            vignette.set_at((x, y), (0, 0, 10, round(150 * d**2.2)))
    s.blit(pygame.transform.smoothscale(vignette, (W, H)), (0, 0))


def studio() -> pygame.Surface:
    """The whole radio studio picture."""
    rng = random.Random(7)
    s = pygame.Surface((W, H))
    room_shell(s)
    whiteboard(s)
    world_map(s)
    shelf(s, rng)
    door(s)
    desk(s)
    bin_(s)
    lighting(s)
    return s


# --------------------------------------------------------------------------- item icons

ICON = 256


def icon_base() -> pygame.Surface:
    return pygame.Surface((ICON, ICON), pygame.SRCALPHA)


def pocket_mirror() -> pygame.Surface:
    s = icon_base()
    pygame.draw.circle(s, (0, 0, 0, 60), (136, 140), 104)
    pygame.draw.circle(s, (210, 80, 140), (128, 128), 104)
    pygame.draw.circle(s, (150, 50, 100), (128, 128), 104, 8)
    glass = pygame.Surface((ICON, ICON), pygame.SRCALPHA)
    for r in range(84, 0, -2):
        pygame.draw.circle(glass, (*mix((150, 200, 240), (236, 246, 255), 1 - r / 84), 255), (128, 128), r)
    s.blit(glass, (0, 0))
    polygon(s, (255, 255, 255), [(80, 110), (110, 70), (126, 80), (96, 120)])
    polygon(s, (255, 255, 255), [(104, 150), (150, 92), (160, 100), (114, 158)])
    return s


def folder(colour: Colour, label: str, year: str, mark: str) -> pygame.Surface:
    s = icon_base()
    body = pygame.Rect(40, 24, 176, 212)
    pygame.draw.rect(s, (0, 0, 0, 70), body.move(8, 8), border_radius=12)
    for i in range(body.h):
        pygame.draw.line(
            s,
            mix(mix(colour, (255, 255, 255), 0.15), mix(colour, (0, 0, 0), 0.3), i / body.h),
            (body.x, body.y + i),
            (body.right - 1, body.y + i),
        )
    pygame.draw.rect(s, (240, 244, 250), body, 6, border_radius=12)
    if mark == "stars":
        for i in range(12):
            a = i * math.pi / 6
            pygame.draw.circle(
                s, (255, 214, 60), (round(128 + 40 * math.cos(a)), round(84 + 40 * math.sin(a))), 8
            )
    else:
        pygame.draw.circle(s, (255, 255, 255), (128, 70), 22, 6)
        pygame.draw.line(s, (255, 255, 255), (92, 112), (164, 112), 6)
    text(s, label, 30, (255, 255, 255), (128, 160))
    text(s, year, 30, (255, 214, 60), (128, 200))
    return s


def keycard() -> pygame.Surface:
    s = icon_base()
    card = pygame.Rect(20, 56, 216, 144)
    pygame.draw.rect(s, (0, 0, 0, 70), card.move(8, 8), border_radius=16)
    for i in range(card.w):
        pygame.draw.line(
            s,
            mix((60, 120, 220), (30, 60, 140), i / card.w),
            (card.x + i, card.y + 2),
            (card.x + i, card.bottom - 3),
        )
    pygame.draw.rect(s, (236, 240, 250), card, 6, border_radius=16)
    chip = pygame.Rect(48, 100, 56, 44)
    pygame.draw.rect(s, (230, 196, 90), chip, border_radius=8)
    for k in (114, 122, 130):
        pygame.draw.line(s, (170, 130, 40), (chip.x, k), (chip.right - 1, k), 2)
    pygame.draw.circle(s, (20, 30, 60), (200, 82), 10)
    text(s, "STUDIO", 26, (255, 255, 255), (166, 160))
    return s


def drawer_open() -> pygame.Surface:
    """The drawer once its lock is open: pulled out, the padlock hanging open (drawn over the drawer's rect)."""
    s = pygame.Surface((192, 173), pygame.SRCALPHA)
    front = pygame.Rect(6, 40, 180, 120)
    vgradient(s, front, (150, 100, 60), (110, 70, 40))
    pygame.draw.rect(s, (70, 44, 24), front, 4, border_radius=6)
    inside = pygame.Rect(16, 10, 160, 40)
    pygame.draw.rect(s, (60, 38, 20), inside, border_radius=4)
    pygame.draw.rect(s, (40, 24, 12), inside, 3, border_radius=4)
    pygame.draw.rect(s, (200, 170, 120), (70, 92, 52, 10), border_radius=4)
    body = pygame.Rect(118, 104, 40, 34)
    pygame.draw.rect(s, (220, 180, 60), body, border_radius=6)
    pygame.draw.arc(s, (200, 200, 210), (104, 82, 30, 40), 0.2, 3.1, 6)
    pygame.draw.circle(s, (60, 200, 110), (60, 130), 18)
    pygame.draw.lines(s, (255, 255, 255), False, [(50, 130), (57, 138), (71, 122)], 5)
    return s


def reader_green() -> pygame.Surface:
    """The card reader after the key card: a green light and a tick (drawn over the reader's rect)."""
    s = pygame.Surface((96, 108), pygame.SRCALPHA)
    c = pygame.Rect(10, 5, 77, 97)
    vgradient(s, c, (60, 64, 74), (34, 36, 44))
    pygame.draw.rect(s, (20, 20, 26), c, 3, border_radius=6)
    pygame.draw.rect(s, (20, 20, 24), (c.x + 10, c.y + 14, c.w - 20, 8))
    pygame.draw.circle(s, (60, 210, 110), (c.centerx, c.bottom - 26), 16)
    pygame.draw.lines(
        s,
        (255, 255, 255),
        False,
        [(c.centerx - 8, c.bottom - 26), (c.centerx - 2, c.bottom - 19), (c.centerx + 9, c.bottom - 33)],
        4,
    )
    return s


def overlays() -> dict[str, pygame.Surface]:
    """Pictures drawn over objects when their state changes, by file name (rooms/studio.yaml: overlays)."""
    return {"drawer-open": drawer_open(), "reader-green": reader_green()}


def icons() -> dict[str, pygame.Surface]:
    """Every item icon by file name."""
    return {
        "pocket-mirror": pocket_mirror(),
        "eurostat-report": folder((40, 80, 170), "Eurostat", "2025", "stars"),
        "unhcr-report": folder((80, 150, 210), "UNHCR", "2024", "figure"),
        "keycard": keycard(),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Write the pictures into the pack folder given by --out."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "scenarios" / "tutorial", help="the pack folder")
    args = parser.parse_args(argv)
    pygame.display.init()
    pygame.font.init()
    rooms = args.out / "assets" / "rooms"
    items = args.out / "assets" / "items"
    rooms.mkdir(parents=True, exist_ok=True)
    items.mkdir(parents=True, exist_ok=True)
    pygame.image.save(studio(), str(rooms / "studio.png"))
    for name, surface in overlays().items():
        pygame.image.save(surface, str(rooms / f"{name}.png"))
    for name, surface in icons().items():
        pygame.image.save(surface, str(items / f"{name}.png"))
    print(f"wrote {rooms / 'studio.png'} and {len(icons())} icons in {items}")
    pygame.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
