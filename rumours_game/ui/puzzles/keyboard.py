"""The on-screen keyboard: kiosks have no physical keyboard, so typed answers are tapped in.

One layout per language (Latin with each language's accents, Greek, Cyrillic); when a pack has several
languages a switch key cycles through their layouts, starting with the player's language.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

import pygame

from rumours_game.ui.puzzles.controls import Control, control_box, label_surface

DIGITS = "1234567890"


@dataclass(frozen=True)
class KeyLayout:
    """The letter rows of one language's keyboard, its extra (accented) letters and the switch-key label."""

    name: str
    rows: tuple[str, ...]
    extra: str = ""

    def letters(self) -> str:
        return "".join(self.rows) + self.extra


LATIN = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
LAYOUTS: dict[str, KeyLayout] = {
    "en": KeyLayout("ABC", LATIN),
    "es": KeyLayout("ES", ("qwertyuiop", "asdfghjklñ", "zxcvbnm"), "áéíóúü"),
    "fr": KeyLayout("FR", ("azertyuiop", "qsdfghjklm", "wxcvbn"), "àâçéèêëîïôùûœ"),
    "de": KeyLayout("DE", ("qwertzuiopü", "asdfghjklöä", "yxcvbnmß")),
    "pt": KeyLayout("PT", ("qwertyuiop", "asdfghjklç", "zxcvbnm"), "ãõáâàéêíóôú"),
    "it": KeyLayout("IT", LATIN, "àèéìòù"),
    "ca": KeyLayout("CA", ("qwertyuiop", "asdfghjklç", "zxcvbnm"), "àèéíïòóúü·"),
    "el": KeyLayout("ΑΒΓ", ("ςερτυθιοπ", "ασδφγηξκλ", "ζχψωβνμ"), "άέήίόύώϊϋ"),
    "uk": KeyLayout("УКР", ("йцукенгшщзхї", "фівапролджє", "ячсмитьбю"), "ґ'"),
    "ru": KeyLayout("РУС", ("йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю"), "ё"),
}


def layout_for(lang: str) -> KeyLayout:
    """The keyboard layout for a language code ('pt-BR' uses 'pt'); Latin when there is no own layout."""
    return LAYOUTS.get(lang, LAYOUTS.get(lang.split("-")[0], LAYOUTS["en"]))


def layouts_for(current: str, languages: list[str]) -> list[KeyLayout]:
    """The layouts to offer: the player's language first, then the pack's other languages (no repeats)."""
    out: list[KeyLayout] = []
    for lang in [current, *languages]:
        layout = layout_for(lang)
        if layout not in out:
            out.append(layout)
    return out


def base_letter(ch: str) -> str:
    """``ch`` without accents ('é' -> 'e'); answers ignore accents, so this is an acceptable stand-in."""
    decomposed = unicodedata.normalize("NFD", ch)
    return decomposed[0] if decomposed else ch


class OnScreenKeyboard:
    """Key controls laid out in a rectangle; tapping a key calls ``on_char`` or ``on_backspace``."""

    def __init__(
        self,
        ctx,
        layouts: list[KeyLayout],
        on_char: Callable[[str], None],
        on_backspace: Callable[[], None],
        on_switch: Callable[[], None],
        digits: bool = True,
        space: bool = True,
    ) -> None:
        self.ctx = ctx
        self.layouts = layouts or [LAYOUTS["en"]]
        self.index = 0
        self.on_char = on_char
        self.on_backspace = on_backspace
        self.on_switch = on_switch
        self.digits = digits
        self.space = space
        self.rect = pygame.Rect(0, 0, 0, 0)
        self.controls: list[Control] = []

    @property
    def layout(self) -> KeyLayout:
        return self.layouts[self.index]

    def rows(self) -> list[str]:
        rows = [DIGITS] if self.digits else []
        rows += list(self.layout.rows)
        if self.layout.extra:
            rows.append(self.layout.extra)
        return rows

    def row_count(self) -> int:
        """Rows of keys including the bottom row (switch, space, backspace)."""
        return len(self.rows()) + 1

    def build(self, rect: pygame.Rect) -> list[Control]:
        """Create the key controls for the current layout inside ``rect``."""
        self.rect = pygame.Rect(rect)
        ctx = self.ctx
        rows = self.rows()
        cols = max(10, *(len(r) for r in rows))
        gap = ctx.px(6)
        key_w = min((rect.w - gap * (cols - 1)) // cols, ctx.px(84))
        key_h = min((rect.h - gap * len(rows)) // (len(rows) + 1), ctx.px(64))
        pal = ctx.theme
        self.controls = []
        y = rect.y
        for row in rows:
            width = len(row) * key_w + (len(row) - 1) * gap
            x = rect.centerx - width // 2
            for ch in row:
                self._key(f"key:{ch}", pygame.Rect(x, y, key_w, key_h), ch, partial(self.on_char, ch), pal)
                x += key_w + gap
            y += key_h + gap
        bottom: list[tuple[str, int, str, Callable[[], None]]] = []
        if len(self.layouts) > 1:
            nxt = self.layouts[(self.index + 1) % len(self.layouts)]
            bottom.append(("key:switch", 3, f"⇄ {nxt.name}", self.switch))
        if self.space:
            bottom.append(("key:space", 5, ctx.t("keyboard.space"), lambda: self.on_char(" ")))
        bottom.append(("key:back", 3, "⌫", self.on_backspace))
        units = sum(b[1] for b in bottom)
        unit_w = min((rect.w - gap * (len(bottom) - 1)) // units, key_w + gap)
        width = units * unit_w + (len(bottom) - 1) * gap
        x = rect.centerx - width // 2
        for key, n, text, action in bottom:
            self._key(key, pygame.Rect(x, y, n * unit_w, key_h), text, action, pal)
            x += n * unit_w + gap
        return self.controls

    def _key(self, key: str, rect: pygame.Rect, text: str, action: Callable[[], None], pal) -> None:
        control = Control(key, rect, action, style="key")
        box = control_box(self.ctx, control)
        control.label = label_surface(self.ctx, text, box.w, box.h, 24, pal.button_text)
        self.controls.append(control)

    def switch(self) -> None:
        """Show the next language's layout."""
        self.index = (self.index + 1) % len(self.layouts)
        self.build(self.rect)
        self.on_switch()

    def find(self, ch: str) -> tuple[int, str] | None:
        """Which layout (index) and key id type ``ch``: the character itself, its lower case, or its
        accent-free letter. None when no layout has it."""
        candidates = [ch, ch.lower(), base_letter(ch.lower())]
        for wanted in candidates:
            if wanted == " " and self.space:
                return self.index, "key:space"
            if wanted in DIGITS and self.digits:
                return self.index, f"key:{wanted}"
            for offset in range(len(self.layouts)):
                i = (self.index + offset) % len(self.layouts)
                if wanted and wanted in self.layouts[i].letters():
                    return i, f"key:{wanted}"
        return None
