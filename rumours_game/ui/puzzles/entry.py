"""Typed answers (text, cipher, code): a field, tappable keys, a check button and physical typing.

Typing on a physical keyboard moves the focus to the check button, so Enter then sends the answer;
Backspace deletes; the on-screen keys work by tap, click or arrows + Enter.
"""

from __future__ import annotations

import pygame

from rumours_game.ui.puzzles.base import PuzzleWidget
from rumours_game.ui.puzzles.controls import Control, label_surface
from rumours_game.ui.puzzles.keyboard import OnScreenKeyboard, layouts_for
from rumours_game.ui.text import render_line

MAX_TEXT = 60


class EntryWidget(PuzzleWidget):
    """A widget whose answer is a string typed key by key."""

    takes_text = True

    @property
    def max_length(self) -> int:
        """How many characters the field takes."""
        return MAX_TEXT

    def __init__(self, ctx, rect: pygame.Rect, puzzle) -> None:
        self.value = ""
        self.keyboard: OnScreenKeyboard | None = None
        self.own_controls: list[Control] = []
        super().__init__(ctx, rect, puzzle)

    # ------------------------------------------------------------------ keyboard plumbing
    def make_keyboard(self, digits: bool = True, space: bool = True) -> OnScreenKeyboard:
        """An on-screen keyboard with the layouts of the player's and the pack's languages."""
        index = self.keyboard.index if self.keyboard is not None else 0
        keyboard = OnScreenKeyboard(
            self.ctx,
            layouts_for(self.ctx.lang, list(self.ctx.pack.languages)),
            self.type_char,
            self.backspace,
            self._keys_changed,
            digits=digits,
            space=space,
        )
        keyboard.index = min(index, len(keyboard.layouts) - 1)
        return keyboard

    def _keys_changed(self) -> None:
        self.controls = self.own_controls + (self.keyboard.controls if self.keyboard else [])
        self.refresh_focus()
        self.focus_key("key:switch")

    def accepts(self, ch: str) -> bool:
        """Whether ``ch`` can be typed into this answer."""
        return ch.isprintable()

    # ------------------------------------------------------------------ editing
    def type_char(self, ch: str) -> None:
        if len(self.value) < self.max_length and self.accepts(ch):
            self.value += ch
            self.value_changed()

    def backspace(self) -> None:
        if self.value:
            self.value = self.value[:-1]
            self.value_changed()

    def value_changed(self) -> None:
        """Re-render whatever shows the value (once per change, never per frame)."""
        if self.feedback.kind == "bad":
            self.feedback.clear()

    def submit(self) -> None:
        """Send the typed value; an empty one asks players to type something first."""
        if self.value.strip():
            self.answer(self.value)
        else:
            self.feedback.show("info", self.ctx.t("puzzle.type_first"))

    def on_text(self, text: str) -> bool:
        if self.solved:
            return False
        for ch in text:
            self.type_char(ch)
        self.focus_key("check")
        return True

    def on_key(self, event: pygame.event.Event) -> bool:
        if event.key == pygame.K_BACKSPACE and not self.solved:
            self.backspace()
            return True
        return False

    # ------------------------------------------------------------------ drawing helpers
    def draw_field(self, surface: pygame.Surface, rect: pygame.Rect, text: pygame.Surface | None) -> None:
        """A text field with the typed value (its end stays visible) and a caret."""
        pal = self.pal
        ctx = self.ctx
        pygame.draw.rect(surface, pal.bg, rect, border_radius=ctx.px(8))
        pygame.draw.rect(surface, pal.panel_edge, rect, ctx.px(2), border_radius=ctx.px(8))
        inner = rect.inflate(-ctx.px(24), -ctx.px(8))
        caret_x = inner.x
        if not self.value:
            inner = inner.inflate(-ctx.px(12), 0).move(ctx.px(6), 0)  # the hint starts after the caret
        if text is not None:
            shown = text.get_width()
            area = pygame.Rect(max(0, shown - inner.w), 0, min(shown, inner.w), text.get_height())
            dest = pygame.Rect(inner.x, rect.centery - text.get_height() // 2, area.w, area.h)
            surface.blit(text, dest, area)
            caret_x = dest.right if self.value else caret_x
        if not self.solved:
            h = ctx.font_px(28)
            pygame.draw.line(
                surface,
                pal.focus,
                (caret_x + ctx.px(2), rect.centery - h // 2),
                (caret_x + ctx.px(2), rect.centery + h // 2),
                max(2, ctx.px(3)),
            )

    def check_width(self, width: int) -> int:
        """``width``, or wider when the Check button's longest word needs it (it wraps, never shrinks)."""
        words = ("✓ " + self.ctx.t("puzzle.check")).split()
        return max(width, *(self.word_width(word, 24) + self.ctx.px(16) for word in words))

    def check_button(self, rect: pygame.Rect) -> Control:
        control = self.button("check", rect, "✓ " + self.ctx.t("puzzle.check"), self.submit, size=24)
        self.own_controls.append(control)
        return control

    def own(self, control: Control) -> Control:
        """Record ``control`` as the widget's own (kept when the keyboard switches layout)."""
        self.own_controls.append(control)
        return control

    def field_text(self, rect: pygame.Rect, size: float = 28) -> pygame.Surface | None:
        """The typed value rendered for a field ``rect``; a muted hint when nothing is typed yet."""
        if not self.value:
            inner = rect.inflate(-self.ctx.px(36), -self.ctx.px(8))
            return label_surface(
                self.ctx, self.ctx.t("puzzle.type_here"), inner.w, inner.h, 22, self.pal.muted, align="left"
            )
        return render_line(self.ctx, self.value, self.ctx.font_px(size), self.pal.text)
