"""Text puzzles: type the answer on the on-screen keyboard (or a physical one) and check it."""

from __future__ import annotations

import pygame

from rumours_game.ui.puzzles.entry import EntryWidget


class TextWidget(EntryWidget):
    """A field, a check button and an on-screen keyboard with the pack languages' letters."""

    how_to = "puzzle.how.text"

    def layout(self, body: pygame.Rect) -> None:
        ctx = self.ctx
        self.own_controls = []
        field_h = ctx.px(64)
        check_w = self.check_width(min(ctx.px(220), body.w // 3))
        gap = ctx.px(12)
        self.field_rect = pygame.Rect(body.x, body.y, body.w - check_w - gap, field_h)
        self.own(self.button("field", self.field_rect, "", self.submit, style="flat"))
        self.check_button(pygame.Rect(self.field_rect.right + gap, body.y, check_w, field_h))
        self.keyboard = self.make_keyboard()
        keys = pygame.Rect(
            body.x, body.y + field_h + gap * 2, body.w, body.bottom - body.y - field_h - gap * 2
        )
        self.keyboard.build(keys)
        self._keys_changed()
        self.focus_key("field")
        self.value_changed()

    def value_changed(self) -> None:
        super().value_changed()
        self._text = self.field_text(self.field_rect)

    def draw_body(self, surface: pygame.Surface) -> None:
        self.draw_field(surface, self.field_rect, self._text)
