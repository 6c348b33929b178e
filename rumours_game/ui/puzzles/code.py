"""Code locks: a phone-style keypad for digits, the on-screen keyboard for letters, one box per character."""

from __future__ import annotations

import pygame

from rumours_game.ui.puzzles.entry import EntryWidget
from rumours_game.ui.text import render_line


class CodeWidget(EntryWidget):
    """A lock with as many boxes as the code has characters."""

    how_to = "puzzle.how.code"

    @property
    def letters(self) -> bool:
        return self.puzzle.alphabet == "letters"

    @property
    def max_length(self) -> int:
        return len(self.puzzle.answer)

    def accepts(self, ch: str) -> bool:
        return ch.isalpha() if self.letters else ch in "0123456789"

    def type_char(self, ch: str) -> None:
        super().type_char(ch.upper() if self.letters else ch)

    def show_solved(self) -> None:
        self.value = self.puzzle.answer.upper()

    def layout(self, body: pygame.Rect) -> None:
        ctx = self.ctx
        self.own_controls = []
        gap = ctx.px(12)
        slot_h = ctx.px(76)
        if self.letters:
            check_w = self.check_width(min(ctx.px(220), body.w // 4))
            self.slots_rect = pygame.Rect(body.x, body.y, body.w - check_w - gap, slot_h)
            self.check_button(pygame.Rect(self.slots_rect.right + gap, body.y, check_w, slot_h))
            keyboard = self.keyboard = self.make_keyboard(digits=False, space=False)
            keyboard.build(pygame.Rect(body.x, body.y + slot_h + 2 * gap, body.w, body.h - slot_h - 2 * gap))
            first_key = "key:" + keyboard.layout.rows[0][0]
        else:
            self.slots_rect = pygame.Rect(body.x, body.y, body.w, slot_h)
            self._numpad(
                pygame.Rect(body.x, body.y + slot_h + 2 * gap, body.w, body.h - slot_h - 2 * gap), gap
            )
            first_key = "key:1"
        self._keys_changed()
        self.focus_key(first_key)
        self.value_changed()

    def _numpad(self, area: pygame.Rect, gap: int) -> None:
        """Digits 1-9 in three columns with a wide 0 under them; on the right, like a keyboard's number
        pad, a tall delete key and a tall Check key (room for its word in every language)."""
        ctx = self.ctx
        digit_h = ctx.font_real(ctx.floor_px(ctx.font_px(34)), True).get_linesize() + ctx.px(12)
        if (area.h - 3 * gap) // 4 < digit_h:  # too low for four rows (large text): two rows of five
            self._numpad_wide(area, gap)
            return
        key_h = min(self.ctx.px(84), (area.h - 3 * gap) // 4)
        key_w = min(self.ctx.px(130), (area.w - 3 * gap) // 5, key_h * 3 // 2)
        side_w = self.check_width(key_w * 2)
        left = area.centerx - (3 * key_w + side_w + 3 * gap) // 2
        for i, digit in enumerate("123456789"):
            row, col = divmod(i, 3)
            cell = pygame.Rect(left + col * (key_w + gap), area.y + row * (key_h + gap), key_w, key_h)
            self.own(self.button(f"key:{digit}", cell, digit, lambda d=digit: self.type_char(d), size=34))
        zero = pygame.Rect(left, area.y + 3 * (key_h + gap), 3 * key_w + 2 * gap, key_h)
        self.own(self.button("key:0", zero, "0", lambda: self.type_char("0"), size=34))
        x = left + 3 * (key_w + gap)
        self.own(
            self.button(
                "key:back", pygame.Rect(x, area.y, side_w, 2 * key_h + gap), "⌫", self.backspace, size=34
            )
        )
        self.check_button(pygame.Rect(x, area.y + 2 * (key_h + gap), side_w, 2 * key_h + gap))

    def _numpad_wide(self, area: pygame.Rect, gap: int) -> None:
        """Digits in two rows (1-5 over 6-0), delete and Check beside them: for a low area."""
        key_h = min(self.ctx.px(84), (area.h - gap) // 2)
        side_w = self.check_width(self.ctx.px(160))
        key_w = min(self.ctx.px(110), (area.w - side_w - 5 * gap) // 5)
        left = area.centerx - (5 * key_w + side_w + 5 * gap) // 2
        for i, digit in enumerate("1234567890"):
            row, col = divmod(i, 5)
            cell = pygame.Rect(left + col * (key_w + gap), area.y + row * (key_h + gap), key_w, key_h)
            self.own(self.button(f"key:{digit}", cell, digit, lambda d=digit: self.type_char(d), size=34))
        x = left + 5 * (key_w + gap)
        self.own(self.button("key:back", pygame.Rect(x, area.y, side_w, key_h), "⌫", self.backspace, size=34))
        self.check_button(pygame.Rect(x, area.y + key_h + gap, side_w, key_h))

    def value_changed(self) -> None:
        super().value_changed()
        size = self.ctx.font_px(40)
        self._chars = [render_line(self.ctx, ch, size, self.pal.text, bold=True) for ch in self.value]

    def slot_rects(self) -> list[pygame.Rect]:
        n = self.max_length
        gap = self.ctx.px(10)
        w = min(self.ctx.px(72), (self.slots_rect.w - gap * (n - 1)) // n)
        total = n * w + (n - 1) * gap
        x = self.slots_rect.centerx - total // 2
        return [pygame.Rect(x + i * (w + gap), self.slots_rect.y, w, self.slots_rect.h) for i in range(n)]

    def draw_body(self, surface: pygame.Surface) -> None:
        pal = self.pal
        for i, box in enumerate(self.slot_rects()):
            pygame.draw.rect(surface, pal.bg, box, border_radius=self.ctx.px(8))
            edge = pal.focus if i == len(self.value) and not self.solved else pal.panel_edge
            pygame.draw.rect(
                surface, edge, box, self.ctx.px(3 if edge == pal.focus else 2), border_radius=self.ctx.px(8)
            )
            if i < len(self._chars):
                surface.blit(self._chars[i], self._chars[i].get_rect(center=box.center))
            else:
                y = box.bottom - self.ctx.px(14)
                pygame.draw.line(
                    surface, pal.muted, (box.x + box.w // 4, y), (box.right - box.w // 4, y), self.ctx.px(3)
                )
