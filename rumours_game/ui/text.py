"""Text that fits and stays readable: word wrapping, shrinking to a box (never below the readable minimum),
pre-rendered blocks, and the record of what was drawn at which size.

The size rule (docs/ui.md): a text players must read is never drawn smaller than ``READABLE_PX`` pixels at
1280x720 (``LARGE_READABLE_PX`` with large text), scaled with the window; with large text a text is never
smaller than the size it has without large text. A text that does not fit at that size wraps onto more
lines; what still does not fit is reported (``Fonts.overflowed``) so the screen's layout can give it room
or scroll it. Words painted into a picture (``art``) scale with the picture instead.
"""

from __future__ import annotations

from collections import deque
from typing import NamedTuple, Protocol

import pygame

from rumours_game.pack.textcheck import LARGE_READABLE_PX, READABLE_PX, line_words, smallest_size

__all__ = ["LARGE_READABLE_PX", "READABLE_PX", "Drawn", "Fonts", "TextLog", "fit", "smallest_size"]

DRAWN_KEPT = 2000
"""How many drawn texts a :class:`TextLog` remembers (a kiosk runs all day: the record is bounded)."""


class Drawn(NamedTuple):
    """One text as drawn: its words, the real pixel size of its font, the box it was fitted into (screen
    pixels where the caller knows them), whether it fitted (without cutting a word in two), and the least
    size the rule allowed it."""

    text: str
    px: int
    box: pygame.Rect
    fits: bool
    floor: int
    art: bool = False
    """Words painted into a picture (sized with the picture, not by the readable minimum)."""


class TextLog:
    """The texts drawn since the last :meth:`take`, oldest first and bounded; owned by the UI context."""

    def __init__(self, kept: int = DRAWN_KEPT) -> None:
        self._drawn: deque[Drawn] = deque(maxlen=kept)

    def add(self, drawn: Drawn) -> None:
        """Record a text just drawn."""
        self._drawn.append(drawn)

    def take(self) -> list[Drawn]:
        """The texts drawn since the last call (and forget them)."""
        out = list(self._drawn)
        self._drawn.clear()
        return out


class Fonts(Protocol):
    """Where the fitter gets fonts, its smallest size, and reports what it drew and what did not fit
    (the :class:`~rumours_game.ui.context.UiContext`)."""

    def font_real(self, size_px: int, bold: bool = False) -> pygame.font.Font: ...

    def floor_px(self, size_px: int) -> int: ...

    def overflowed(self, text: str) -> None: ...

    def drawn(self, drawn: Drawn) -> None: ...


def wrap(font: pygame.font.Font, text: str, width: int) -> list[str]:
    """Split ``text`` into lines no wider than ``width`` (a word longer than a line is broken)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = line_words(paragraph)
        if not words:
            lines.append("")
            continue
        line = ""
        for word in words:
            candidate = f"{line} {word}" if line else word
            if font.size(candidate)[0] <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            if font.size(word)[0] > width:
                *pieces, word = break_word(font, word, width)
                lines.extend(pieces)
            line = word
        lines.append(line)
    return lines


def break_word(font: pygame.font.Font, word: str, width: int) -> list[str]:
    """A word too wide for a line, cut into pieces no wider than ``width`` (at least one letter each).

    Linear in the word's length: each piece is guessed from the letters' average width and then measured
    and adjusted a few times; only pieces about a line long are ever measured, never the growing word."""
    pieces: list[str] = []
    start, n = 0, len(word)
    per_letter = max(1.0, font.size(word[:64])[0] / min(64, n))
    while start < n:
        end = min(n, start + max(1, int(width / per_letter)))
        size = font.size(word[start:end])[0]
        while size > width and end - start > 1:
            end = max(start + 1, end - max(1, int((size - width) / per_letter)))
            size = font.size(word[start:end])[0]
        while end < n and font.size(word[start : end + 1])[0] <= width:
            end += 1
        pieces.append(word[start:end])
        per_letter = max(1.0, font.size(pieces[-1])[0] / len(pieces[-1]))
        start = end
    return pieces


def fit(
    fonts: Fonts,
    text: str,
    width: int,
    height: int,
    size: int,
    bold: bool = False,
    keep_words: bool = False,
    where: pygame.Rect | None = None,
    art: bool = False,
) -> tuple[pygame.font.Font, list[str]]:
    """The biggest font, from ``size`` px down to the readable minimum (``fonts.floor_px``), whose wrapped
    ``text`` fits the box; a size below the minimum is raised to it.

    With ``keep_words`` the font also shrinks rather than break a long word over two lines (a word is
    only broken when even the smallest size cannot hold it). Text taller or wider than the box even at
    the smallest size is reported to ``fonts.overflowed``. Every call is recorded with ``fonts.drawn``
    (``where``: the box on the screen, when the caller knows it). ``art``: words painted into a picture,
    which shrink with it (down to half their size) rather than keep the readable minimum.
    """
    if art:
        floor = max(6, size // 2)
    else:
        floor = fonts.floor_px(size)
        size = max(size, floor)
    while True:
        font = fonts.font_real(size, bold)
        lines = wrap(font, text, max(1, width))
        fits = len(lines) * font.get_linesize() <= height and all(font.size(ln)[0] <= width for ln in lines)
        whole = not keep_words or all(font.size(word)[0] <= width for word in text.split())
        if (fits and whole) or size <= floor:
            if not fits:
                fonts.overflowed(text)
            box = pygame.Rect(where.topleft if where is not None else (0, 0), (width, height))
            unbroken = all(font.size(word)[0] <= width for word in text.split())
            fonts.drawn(Drawn(text, size, box, fits and unbroken, floor, art))
            return font, lines
        size = max(floor, int(size * 0.9))


def text_height(fonts: Fonts, text: str, width: int, size: int, bold: bool = False) -> int:
    """How tall ``text`` is in ``width`` (real pixels): one line at ``size`` when it fits so, else wrapped at
    the readable minimum; layouts use it to give a text the room it needs."""
    font = fonts.font_real(size, bold)
    if font.size(text)[0] <= width and "\n" not in text:
        return font.get_linesize()
    small = fonts.font_real(fonts.floor_px(size), bold)
    return len(wrap(small, text, max(1, width))) * small.get_linesize()


def render_line(
    fonts: Fonts,
    text: str,
    size: int,
    colour: tuple[int, int, int],
    bold: bool = False,
) -> pygame.Surface:
    """``text`` on one line at ``size`` real pixels (at least the readable minimum), recorded as drawn: for
    short texts whose place grows with them (clocks, badges, typed answers)."""
    floor = fonts.floor_px(size)
    size = max(size, floor)
    image = fonts.font_real(size, bold).render(text, True, colour)
    fonts.drawn(Drawn(text, size, image.get_rect(), True, floor))
    return image


def render_lines(
    font: pygame.font.Font,
    lines: list[str],
    colour: tuple[int, int, int],
    width: int,
    align: str = "left",
) -> pygame.Surface:
    """Lines drawn one under the other on a transparent surface ``width`` wide."""
    line_h = font.get_linesize()
    surface = pygame.Surface((max(1, width), max(1, line_h * len(lines))), pygame.SRCALPHA)
    for i, line in enumerate(lines):
        if not line:
            continue
        img = font.render(line, True, colour)
        if align == "center":
            x = (width - img.get_width()) // 2
        elif align == "right":
            x = width - img.get_width()
        else:
            x = 0
        surface.blit(img, (x, i * line_h))
    return surface


def text_block(
    fonts: Fonts,
    text: str,
    rect: pygame.Rect,
    size: int,
    colour: tuple[int, int, int],
    bold: bool = False,
    align: str = "left",
    valign: str = "top",
    art: bool = False,
) -> tuple[pygame.Surface, pygame.Rect]:
    """``text`` wrapped (whole words) and shrunk to fit ``rect`` (never below the readable minimum unless it is
    ``art`` in a picture); returns the surface and where to blit it."""
    font, lines = fit(fonts, text, rect.w, rect.h, size, bold, keep_words=True, where=rect, art=art)
    surface = render_lines(font, lines, colour, rect.w, align)
    dest = surface.get_rect(topleft=rect.topleft)
    if valign == "center":
        dest.centery = rect.centery
    elif valign == "bottom":
        dest.bottom = rect.bottom
    return surface, dest
