"""Texts players could not read: characters the shipped font cannot draw, texts too long for where the game
shows them (measured with the font's own metrics at 1280x720, with and without large text), and search
targets too small to tap.

The boxes below are the game's layout at 1280x720 in logical pixels (ui/scenes and ui/puzzles; a test keeps
the search picture in step with the search view). The game shrinks a text that does not fit, but never below
the readable minimum (:func:`smallest_size`, used by ui.text.fit); a text that does not fit even then spills
over what is under it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from rumours_game.pack import models
from rumours_game.pack.fontmetrics import BOLD, REGULAR, Metrics, metrics
from rumours_game.pack.lint import LintInput, Path_, texts
from rumours_game.pack.problems import Problem

LARGE_TEXT_SCALE = 1.3
"""How much bigger text is with the large-text setting (ui.context.LARGE_TEXT_SCALE)."""
READABLE_PX = 18
"""The smallest text players must read, in pixels at 1280x720 (scaled with the window; docs/ui.md)."""
LARGE_READABLE_PX = 23
"""The smallest text with large text on (``READABLE_PX`` times ``LARGE_TEXT_SCALE``)."""
SEARCH_PICTURE = (714, 401)
"""The search view's picture at 1280x720, in pixels (the targets' rects are fractions of it)."""
MIN_TAP = 44
"""The smallest target a finger can hit reliably, in pixels at 1280x720 (WCAG 2.5.5, platform guidelines)."""


@dataclass(frozen=True)
class Slot:
    """Where a text is shown: a box in logical pixels at 1280x720, a font size and weight."""

    where: str
    w: int
    h: int
    size: int
    bold: bool = False


SLOTS: dict[str, Slot] = {
    "title": Slot("the game's title on the title screen", 1000, 60, 32, True),
    "summary": Slot("the summary on the title screen", 920, 110, 22),
    "room.name": Slot("the room's name at the top of the room", 470, 40, 24, True),
    "object.name": Slot("the name label shown under an object or exit", 260, 60, 18, True),
    "puzzle.title": Slot("the bar at the top of the puzzle", 620, 44, 26, True),
    "puzzle.prompt": Slot("the prompt box under the puzzle's title", 1168, 88, 22),
    "hint.text": Slot("the hint line under the prompt", 1200, 56, 18),
}


def smallest_size(size: float, scale: float, unit: float = 1.0) -> int:
    """The least size, in real pixels, the game may shrink a text asked at ``size`` real pixels to: the readable
    minimum of the window (``unit``: its real pixels per pixel at 1280x720) and, with large text (``scale``
    above 1), never below the size the text has without large text."""
    if scale > 1:
        return max(round(LARGE_READABLE_PX * unit), round(size / scale))
    return round(READABLE_PX * unit)


def _slotted(pack: models.Pack) -> Iterator[tuple[Path_, Any, Slot]]:
    yield ("title",), pack.title, SLOTS["title"]
    yield ("summary",), pack.summary, SLOTS["summary"]
    for r, room in enumerate(pack.rooms):
        yield ("rooms", r, "name"), room.name, SLOTS["room.name"]
        for h, spot in enumerate(room.objects):
            yield ("rooms", r, "objects", h, "name"), spot.name, SLOTS["object.name"]
        for e, exit_ in enumerate(room.exits):
            if exit_.label is not None:
                yield ("rooms", r, "exits", e, "label"), exit_.label, SLOTS["object.name"]
    for p, puzzle in enumerate(pack.puzzles):
        yield ("puzzles", p, "title"), puzzle.title, SLOTS["puzzle.title"]
        yield ("puzzles", p, "prompt"), puzzle.prompt, SLOTS["puzzle.prompt"]
        for h, hint in enumerate(puzzle.hints):
            yield ("puzzles", p, "hints", h, "text"), hint.text, SLOTS["hint.text"]


def _variants(path: Path_, value: Any) -> Iterator[tuple[Path_, str]]:
    """(path, text) for a plain text, each language of a translated one, and each entry of a list."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for lang, text in value.items():
            yield from _variants((*path, lang), text)
    elif isinstance(value, list):
        for i, text in enumerate(value):
            yield from _variants((*path, i), text)


_NO_LINE_START = re.compile(r"^[%‰:;!?»›)\]}…]")
_NO_LINE_END = re.compile(r"^[«‹(\[{¿¡]+$")


def line_words(paragraph: str) -> list[str]:
    """A paragraph's words as wrapping sees them: a mark written after a space that may not start a line
    (French and Spanish "70 %", "Pourquoi ?", "« oui »") stays with the word before it, and an opening
    mark standing alone ("«", "¿") with the word after it. The game and the checks wrap with these."""
    words: list[str] = []
    glue = False
    for token in paragraph.split():
        if words and (glue or _NO_LINE_START.match(token)):
            words[-1] += " " + token
        else:
            words.append(token)
        glue = bool(_NO_LINE_END.match(token))
    return words


class Layout:
    """A text cut into paragraphs of words, each word measured once in font units: wrapping it at any size
    is then one pass over the words (linear in the text's length), and each size is wrapped only once."""

    def __init__(self, font: Metrics, text: str) -> None:
        self.font = font
        self.space = font.units(" ")
        self.paragraphs = [[(word, font.units(word)) for word in line_words(p)] for p in text.split("\n")]
        words = self.paragraphs[0] if len(self.paragraphs) == 1 else None
        self.one_line: int | None = (
            None if words is None else sum(u for _, u in words) + self.space * max(0, len(words) - 1)
        )
        """The width in units of the text on one line (None when it has line breaks)."""
        self._counts: dict[tuple[int, float], int] = {}

    def lines(self, size: float, width: float) -> list[str]:
        """Greedy word wrap, as the game does it (a word longer than a line is broken)."""
        font = self.font
        lines: list[str] = []
        for words in self.paragraphs:
            line: list[str] = []
            line_units = 0
            for word, units in words:
                candidate = line_units + self.space + units if line else units
                if font.to_pixels(candidate, size) <= width:
                    line.append(word)
                    line_units = candidate
                    continue
                if line:
                    lines.append(" ".join(line))
                rest = self._break(word, units, size, width, lines)
                line, line_units = [rest], font.units(rest)
            lines.append(" ".join(line))
        return lines

    def _break(self, word: str, units: int, size: float, width: float, lines: list[str]) -> str:
        """Append the heads of ``word`` that fill whole lines to ``lines``; return what is left of it."""
        font = self.font
        if font.to_pixels(units, size) <= width or len(word) <= 1:
            return word
        prefix = list(accumulate(map(font.units, word), initial=0))
        start = 0
        while font.to_pixels(prefix[-1] - prefix[start], size) > width and len(word) - start > 1:
            lo, hi = 1, len(word) - start - 1  # the longest head of the rest that fits
            while lo < hi:
                mid = (lo + hi + 1) // 2
                fit = font.to_pixels(prefix[start + mid] - prefix[start], size) <= width
                lo, hi = (mid, hi) if fit else (lo, mid - 1)
            lines.append(word[start : start + lo])
            start += lo
        return word[start:]

    def count(self, size: int, width: float) -> int:
        """How many lines the text takes at ``size`` in ``width`` pixels (wrapped once per size)."""
        if self.one_line is not None and self.font.to_pixels(self.one_line, size) <= width:
            return 1  # the whole text fits on one line: no need to wrap it
        key = (size, width)
        if key not in self._counts:
            self._counts[key] = len(self.lines(size, width))
        return self._counts[key]


def wrap(font: Metrics, size: float, text: str, width: float) -> list[str]:
    """Greedy word wrap, as the game does it (a word longer than a line is broken)."""
    return Layout(font, text).lines(size, width)


def fits(
    font: Metrics, slot: Slot, text: str, scale: float, layout: Layout | None = None
) -> tuple[bool, int, int]:
    """Whether ``text`` fits ``slot`` at some size the game may shrink it to; (fits, lines needed, lines room).
    Pass the text's ``layout`` to share its measurements and wrappings between calls."""
    smallest = smallest_size(int(slot.size * scale), scale)
    size = max(int(slot.size * scale), smallest)
    room_smallest = max(1, slot.h // font.line_skip(smallest))
    total = font.width(text, smallest)
    if total > slot.w * room_smallest:  # cannot fit however it wraps
        return False, int(total // slot.w) + 1, room_smallest
    layout = layout or Layout(font, text)
    while True:
        needed = layout.count(size, slot.w)
        room = max(1, slot.h // font.line_skip(size))
        if needed <= room:
            return True, needed, room
        if size <= smallest:
            return False, needed, room
        size = max(smallest, int(size * 0.9))


def _longest_fitting(font: Metrics, slot: Slot, text: str, scale: float) -> int:
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(font, slot, text[:mid], scale)[0]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def check_text_fits(inp: LintInput) -> Iterator[Problem]:
    """Texts that spill out of where the game shows them, at 1280x720 with large text on or off."""
    fonts = {False: metrics(REGULAR), True: metrics(BOLD)}
    for base, value, slot in _slotted(inp.pack):
        font = fonts[slot.bold]
        if font is None:
            return
        for path, text in _variants(base, value):
            layout = Layout(font, text)  # measured once, each size wrapped once for both scales
            for scale, mode in ((1.0, ""), (LARGE_TEXT_SCALE, " with large text on")):
                ok, needed, room = fits(font, slot, text, scale, layout)
                if ok:
                    continue
                keep = _longest_fitting(font, slot, text, LARGE_TEXT_SCALE)
                yield inp.problem(
                    path,
                    "text-overflows",
                    f"This text is too long for {slot.where} ({slot.w}x{slot.h} px at 1280x720){mode}: even at "
                    f"the smallest size the game uses, it needs {needed} lines where {room} fit, so it spills "
                    f"over what is below. Keep it under about {keep} characters (it has {len(text)}), or move "
                    "the rest to a description or the success text.",
                    severity="warning",
                )
                break


def check_glyphs(inp: LintInput) -> Iterator[Problem]:
    """Characters the shipped fonts cannot draw (players would see empty boxes)."""
    regular, bold = metrics(REGULAR), metrics(BOLD)
    if regular is None or bold is None:
        return
    drawable = regular.by_char.keys() & bold.by_char.keys() | set("\n\r\t")
    for base, value in texts(inp.pack, ()):
        for path, text in _variants(base, value):
            missing = sorted(set(text) - drawable)
            if not missing:
                continue
            shown = ", ".join(f"'{c}' (U+{ord(c):04X})" for c in missing[:5])
            yield inp.problem(
                path,
                "font-missing-glyph",
                f"The game's font (DejaVu Sans: Latin, Greek, Cyrillic and many symbols) cannot draw {shown}: "
                "players would see an empty box instead. Remove it or write it in words (most emoji and "
                "Chinese, Japanese or Arabic script are not in the font).",
                severity="warning",
            )


def check_targets(inp: LintInput) -> Iterator[Problem]:
    """Search targets smaller than a fingertip at 1280x720."""
    width, height = SEARCH_PICTURE
    for p, puzzle in enumerate(inp.pack.puzzles):
        if not isinstance(puzzle, models.SearchPuzzle):
            continue
        for t, target in enumerate(puzzle.targets):
            w, h = target.rect.w * width, target.rect.h * height
            if min(w, h) >= MIN_TAP:
                continue
            need_w, need_h = MIN_TAP / width, MIN_TAP / height
            yield inp.problem(
                ("puzzles", p, "targets", t, "rect"),
                "target-too-small",
                f"The target '{target.id}' is {w:.0f}x{h:.0f} px on the {width}x{height} px picture players see at "
                f"1280x720: too small to tap with a finger (at least {MIN_TAP}x{MIN_TAP} px). Make it at least "
                f"w: {need_w:.3f} and h: {need_h:.3f}.",
                severity="warning",
            )


CHECKS = (check_text_fits, check_glyphs, check_targets)
