"""Resolution independence: a 1280x720 logical design scaled to any window."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

BASE_W = 1280
BASE_H = 720


@dataclass(frozen=True)
class Layout:
    """Maps logical pixels (design base 1280x720) to real pixels of a window of ``size``.

    The logical 16:9 stage is scaled uniformly and centred; backgrounds may fill the whole window.
    """

    size: tuple[int, int]

    @property
    def scale(self) -> float:
        w, h = self.size
        return max(0.25, min(w / BASE_W, h / BASE_H))

    @property
    def screen_rect(self) -> pygame.Rect:
        return pygame.Rect((0, 0), self.size)

    @property
    def stage(self) -> pygame.Rect:
        """The real-pixel rectangle the logical 1280x720 design occupies (centred)."""
        w, h = round(BASE_W * self.scale), round(BASE_H * self.scale)
        return pygame.Rect((self.size[0] - w) // 2, (self.size[1] - h) // 2, w, h)

    def px(self, n: float) -> int:
        """Logical pixels to real pixels (at least 1 for a positive length)."""
        value = round(n * self.scale)
        return max(1, value) if n > 0 else value

    def rect(self, x: float, y: float, w: float, h: float) -> pygame.Rect:
        """A logical rectangle of the stage in real window pixels."""
        stage = self.stage
        return pygame.Rect(stage.x + self.px(x), stage.y + self.px(y), self.px(w), self.px(h))


def grid(area: pygame.Rect, count: int, columns: int, gap: int) -> list[pygame.Rect]:
    """``count`` equal cells laid out left to right, top to bottom in ``columns`` columns inside ``area``."""
    columns = max(1, min(columns, count))
    rows = max(1, -(-count // columns))
    cw = (area.w - gap * (columns - 1)) // columns
    ch = (area.h - gap * (rows - 1)) // rows
    cells = []
    for i in range(count):
        r, c = divmod(i, columns)
        cells.append(pygame.Rect(area.x + c * (cw + gap), area.y + r * (ch + gap), cw, ch))
    return cells


def row(area: pygame.Rect, count: int, gap: int) -> list[pygame.Rect]:
    """``count`` equal cells side by side filling ``area``."""
    return grid(area, count, count, gap)


def stack(area: pygame.Rect, heights: list[int], gap: int) -> list[pygame.Rect]:
    """Cells of the given ``heights`` one under the other from the top of ``area``, as wide as it."""
    cells, y = [], area.y
    for h in heights:
        cells.append(pygame.Rect(area.x, y, area.w, h))
        y += h + gap
    return cells
