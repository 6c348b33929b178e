"""Text that always fits: word wrapping, shrinking to a box, and pre-rendered blocks."""

from __future__ import annotations

from typing import Protocol

import pygame


class Fonts(Protocol):
    """Where the fitter gets fonts and reports texts that do not fit (a :class:`~rumours_game.ui.fonts.FontCache`)."""

    def get(self, size: int, bold: bool = False) -> pygame.font.Font: ...

    def overflowed(self, text: str) -> None: ...


def wrap(font: pygame.font.Font, text: str, width: int) -> list[str]:
    """Split ``text`` into lines no wider than ``width`` (a word longer than a line is broken)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split()
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
) -> tuple[pygame.font.Font, list[str]]:
    """The biggest font (at most ``size`` px, at least half of it) whose wrapped ``text`` fits the box.

    With ``keep_words`` the font also shrinks rather than break a long word over two lines (a word is
    only broken when even the smallest size cannot hold it). Text taller or wider than the box even at
    the smallest size is reported to ``fonts.overflowed``.
    """
    min_size = max(8, size // 2)
    while True:
        font = fonts.get(size, bold)
        lines = wrap(font, text, max(1, width))
        fits = len(lines) * font.get_linesize() <= height and all(font.size(ln)[0] <= width for ln in lines)
        whole = not keep_words or all(font.size(word)[0] <= width for word in text.split())
        if (fits and whole) or size <= min_size:
            if not fits:
                fonts.overflowed(text)
            return font, lines
        size = max(min_size, int(size * 0.9))


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
) -> tuple[pygame.Surface, pygame.Rect]:
    """``text`` wrapped (whole words) and shrunk to fit ``rect``; returns the surface and where to blit it."""
    font, lines = fit(fonts, text, rect.w, rect.h, size, bold, keep_words=True)
    surface = render_lines(font, lines, colour, rect.w, align)
    dest = surface.get_rect(topleft=rect.topleft)
    if valign == "center":
        dest.centery = rect.centery
    elif valign == "bottom":
        dest.bottom = rect.bottom
    return surface, dest
