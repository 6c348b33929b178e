"""The shipped fonts (DejaVu Sans: Latin, Greek and Cyrillic) and a cache of sized pygame fonts."""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

import pygame

FONT_DIR = Path(__file__).resolve().parents[2] / "assets" / "fonts"
REGULAR = FONT_DIR / "DejaVuSans.ttf"
BOLD = FONT_DIR / "DejaVuSans-Bold.ttf"


def font_path(bold: bool = False) -> Path | None:
    """The font file to use, or None (pygame's default font) when the shipped file is missing."""
    path = BOLD if bold else REGULAR
    return path if path.is_file() else None


FONTS_KEPT = 48
"""How many sized fonts a cache keeps (each holds its glyphs, about 0.5 MB at 4K sizes); the least recently
used goes first, and a resize drops them all (every size changes with the window)."""
OVERFLOWS_KEPT = 64
"""How many distinct overflowing texts a font cache remembers (a kiosk runs all day: the record is bounded)."""


class FontCache:
    """Fonts by (real pixel size, bold), created once (at most ``FONTS_KEPT``), and the texts that did not fit
    (see ``ui.text.fit``).

    One cache belongs to one :class:`~rumours_game.ui.context.UiContext`, so both live as long as the app.
    """

    def __init__(self) -> None:
        self._fonts: OrderedDict[tuple[int, bool], pygame.font.Font] = OrderedDict()
        self.overflows: list[str] = []
        """Distinct texts that did not fit their box even at the smallest size (tests assert it stays empty)."""

    def overflowed(self, text: str) -> None:
        """Record a text that did not fit (the oldest record is dropped past ``OVERFLOWS_KEPT``)."""
        if text in self.overflows:
            return
        self.overflows.append(text)
        del self.overflows[:-OVERFLOWS_KEPT]

    def get(self, size: int, bold: bool = False) -> pygame.font.Font:
        """A font ``size`` real pixels high (at least 6)."""
        key = (max(6, int(size)), bold)
        font = self._fonts.get(key)
        if font is not None:
            self._fonts.move_to_end(key)
            return font
        path = font_path(bold)
        font = pygame.font.Font(str(path) if path else None, key[0])
        if path is None and bold:
            font.set_bold(True)
        self._fonts[key] = font
        while len(self._fonts) > FONTS_KEPT:
            self._fonts.popitem(last=False)
        return font

    def __len__(self) -> int:
        return len(self._fonts)

    def forget_fonts(self) -> None:
        """Drop every sized font (the window changed size); the record of overflows stays."""
        self._fonts.clear()
