"""The shipped fonts' character map and advance widths, read from the TrueType files with ``struct``.

The pack checks must not import pygame (the validator runs anywhere), yet they need to know which characters
the game's font can draw and how wide a text is. A TrueType file holds both: the ``cmap`` table maps
characters to glyphs, ``hmtx`` gives each glyph's advance width, ``head`` the units per em and ``hhea`` the
line height. SDL_ttf (pygame's renderer) lays out single lines from the same numbers.
"""

from __future__ import annotations

import functools
import math
import struct
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path

FONT_DIR = Path(__file__).resolve().parents[2] / "assets" / "fonts"
REGULAR = FONT_DIR / "DejaVuSans.ttf"
BOLD = FONT_DIR / "DejaVuSans-Bold.ttf"


@dataclass(frozen=True)
class Metrics:
    """What the checks need from one font file."""

    name: str
    units_per_em: int
    line_height: int
    """ascender - descender + line gap, in font units."""
    advance: dict[int, int]
    """Code point -> advance width in font units, for every character the font can draw."""
    by_char: dict[str, int] = field(init=False, repr=False, compare=False)
    """Character -> advance width, built once from ``advance`` so that measuring a text is one C-level pass."""
    fallback: int = field(init=False, repr=False, compare=False)
    """The advance of a character the font cannot draw (drawn as '?')."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_char", {chr(cp): w for cp, w in self.advance.items()})
        object.__setattr__(self, "fallback", self.advance.get(ord("?"), self.units_per_em // 2))

    def covers(self, char: str) -> bool:
        """True when the font has a glyph for ``char`` (spaces and line breaks always count)."""
        return char in self.by_char or char in "\n\r\t"

    def units(self, text: str) -> int:
        """The advance of one line of ``text`` in font units (no kerning): scale it to pixels with
        :meth:`to_pixels`, so one measurement answers every size."""
        return sum(map(self.by_char.get, text, repeat(self.fallback)))

    def to_pixels(self, units: int, size: float) -> float:
        """A width in font units as pixels at ``size`` pixels per em."""
        return units * size / self.units_per_em

    def width(self, text: str, size: float) -> float:
        """The width in pixels of one line of ``text`` at ``size`` pixels per em (no kerning)."""
        return self.to_pixels(self.units(text), size)

    def line_skip(self, size: float) -> int:
        """The distance between two lines in pixels at ``size``."""
        return math.ceil(self.line_height * size / self.units_per_em)


@functools.cache
def metrics(path: Path) -> Metrics | None:
    """The metrics of a TrueType font file, or None when it is missing or cannot be read."""
    try:
        data = path.read_bytes()
        return _parse(data, path.stem)
    except (OSError, struct.error, KeyError, ValueError):
        return None


def _tables(data: bytes) -> dict[str, bytes]:
    count = struct.unpack_from(">H", data, 4)[0]
    tables = {}
    for i in range(count):
        tag, _checksum, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
        tables[tag.decode("latin-1")] = data[offset : offset + length]
    return tables


def _parse(data: bytes, name: str) -> Metrics:
    tables = _tables(data)
    units = struct.unpack_from(">H", tables["head"], 18)[0]
    hhea = tables["hhea"]
    ascender, descender, gap = struct.unpack_from(">hhh", hhea, 4)
    long_metrics = struct.unpack_from(">H", hhea, 34)[0]
    hmtx = tables["hmtx"]
    widths = [struct.unpack_from(">H", hmtx, 4 * i)[0] for i in range(long_metrics)]
    glyphs = _cmap(tables["cmap"])
    advance = {cp: widths[min(g, long_metrics - 1)] for cp, g in glyphs.items() if g}
    return Metrics(name, units, ascender - descender + gap, advance)


def _cmap(cmap: bytes) -> dict[int, int]:
    """Code point -> glyph id from the best Unicode subtable (format 12 if present, else format 4)."""
    count = struct.unpack_from(">H", cmap, 2)[0]
    best: tuple[int, int] | None = None
    for i in range(count):
        platform, _encoding, offset = struct.unpack_from(">HHI", cmap, 4 + 8 * i)
        fmt = struct.unpack_from(">H", cmap, offset)[0]
        if platform in (0, 3) and fmt in (4, 12) and (best is None or fmt > best[0]):
            best = (fmt, offset)
    if best is None:
        raise ValueError("no Unicode character map")
    fmt, offset = best
    return _format12(cmap, offset) if fmt == 12 else _format4(cmap, offset)


def _format4(cmap: bytes, offset: int) -> dict[int, int]:
    segments = struct.unpack_from(">H", cmap, offset + 6)[0] // 2
    ends_at = offset + 14
    starts_at = ends_at + 2 * segments + 2
    deltas_at = starts_at + 2 * segments
    ranges_at = deltas_at + 2 * segments
    out: dict[int, int] = {}
    for s in range(segments):
        end = struct.unpack_from(">H", cmap, ends_at + 2 * s)[0]
        start = struct.unpack_from(">H", cmap, starts_at + 2 * s)[0]
        delta = struct.unpack_from(">h", cmap, deltas_at + 2 * s)[0]
        range_offset = struct.unpack_from(">H", cmap, ranges_at + 2 * s)[0]
        for cp in range(start, min(end, 0xFFFE) + 1):
            if range_offset == 0:
                glyph = (cp + delta) & 0xFFFF
            else:
                at = ranges_at + 2 * s + range_offset + 2 * (cp - start)
                glyph = struct.unpack_from(">H", cmap, at)[0]
                glyph = (glyph + delta) & 0xFFFF if glyph else 0
            if glyph:
                out[cp] = glyph
    return out


def _format12(cmap: bytes, offset: int) -> dict[int, int]:
    groups = struct.unpack_from(">I", cmap, offset + 12)[0]
    out: dict[int, int] = {}
    for g in range(groups):
        start, end, glyph = struct.unpack_from(">III", cmap, offset + 16 + 12 * g)
        for cp in range(start, end + 1):
            out[cp] = glyph + cp - start
    return out
