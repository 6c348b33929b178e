"""Texts players could not read: characters the shipped font cannot draw, texts too long for where the game
shows them (measured with the font's own metrics at 1280x720, with and without large text), and search
targets too small to tap.

The boxes below are the game's layout at 1280x720 in logical pixels (ui/scenes and ui/puzzles; a test keeps
the search picture in step with the search view). The game shrinks a text that does not fit down to half its
size (ui.text.fit); a text that does not fit even then spills over what is under it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from rumours_game.pack import models
from rumours_game.pack.fontmetrics import BOLD, REGULAR, Metrics, metrics
from rumours_game.pack.lint import LintInput, Path_, texts
from rumours_game.pack.problems import Problem

LARGE_TEXT_SCALE = 1.3
"""How much bigger text is with the large-text setting (ui.context.LARGE_TEXT_SCALE)."""
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


def wrap(font: Metrics, size: float, text: str, width: float) -> list[str]:
    """Greedy word wrap, as the game does it (a word longer than a line is broken)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if font.width(candidate, size) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            while font.width(word, size) > width and len(word) > 1:
                lo, hi = 1, len(word) - 1  # the longest head of the word that fits
                while lo < hi:
                    mid = (lo + hi + 1) // 2
                    lo, hi = (mid, hi) if font.width(word[:mid], size) <= width else (lo, mid - 1)
                cut = lo
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return lines


def fits(font: Metrics, slot: Slot, text: str, scale: float) -> tuple[bool, int, int]:
    """Whether ``text`` fits ``slot`` at some size the game may shrink it to; (fits, lines needed, lines room)."""
    size = int(slot.size * scale)
    smallest = max(8, size // 2)
    room_smallest = max(1, slot.h // font.line_skip(smallest))
    if font.width(text, smallest) > slot.w * room_smallest:  # cannot fit however it wraps
        return False, int(font.width(text, smallest) // slot.w) + 1, room_smallest
    while True:
        lines = wrap(font, size, text, slot.w)
        room = max(1, slot.h // font.line_skip(size))
        if len(lines) <= room:
            return True, len(lines), room
        if size <= smallest:
            return False, len(lines), room
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
            for scale, mode in ((1.0, ""), (LARGE_TEXT_SCALE, " with large text on")):
                ok, needed, room = fits(font, slot, text, scale)
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
    for base, value in texts(inp.pack, ()):
        for path, text in _variants(base, value):
            missing = sorted({c for c in text if not (regular.covers(c) and bold.covers(c))})
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
