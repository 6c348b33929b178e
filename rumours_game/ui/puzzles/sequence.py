"""A button lock: big buttons to press in order, a row of slots showing the presses, Undo and Check."""

from __future__ import annotations

from functools import partial

import pygame

from rumours_game.ui.layout import grid, row
from rumours_game.ui.puzzles.base import PuzzleWidget
from rumours_game.ui.puzzles.controls import Control, content_box, group_labels


class SequenceWidget(PuzzleWidget):
    """One slot per press over a grid of buttons. A tap, a click or Enter presses a button; Backspace or Undo
    takes the last press back; a wrong answer clears the slots, as a real lock resets."""

    how_to = "puzzle.how.sequence"

    def __init__(self, ctx, rect: pygame.Rect, puzzle) -> None:
        self.pressed_ids: list[str] = []
        self.slots: list[pygame.Rect] = []
        self.slot_labels: dict[str, pygame.Surface] = {}
        super().__init__(ctx, rect, puzzle)

    @property
    def length(self) -> int:
        """How many presses the lock takes (one slot each)."""
        return len(self.puzzle.answer)

    def show_solved(self) -> None:
        self.pressed_ids = list(self.puzzle.answer)

    def layout(self, body: pygame.Rect) -> None:
        ctx = self.ctx
        buttons = self.puzzle.buttons
        gap = ctx.px(12)
        slot_h = ctx.px(64)
        widest = max(self.word_width(ctx.tr(b.text), 20) for b in buttons) + ctx.px(16)  # a slot shows one
        slot_w = min(max(ctx.px(120), widest), (body.w - gap * (self.length - 1)) // self.length)
        slots = pygame.Rect(0, body.y, slot_w * self.length + gap * (self.length - 1), slot_h)
        slots.centerx = body.centerx
        self.slots = row(slots, self.length, gap)
        side_w = min(ctx.px(220), body.w // 4)
        area = pygame.Rect(body.x, slots.bottom + 2 * gap, body.w - side_w - gap, 0)
        area.h = body.bottom - area.y
        columns = 2 if len(buttons) <= 4 else 3 if len(buttons) <= 9 else 4
        rows = -(-len(buttons) // columns)
        area.h = min(area.h, rows * ctx.px(110) + (rows - 1) * gap)
        cells = grid(area, len(buttons), columns, gap)
        texts = [ctx.tr(b.text) for b in buttons]
        box = content_box(ctx, cells[0])
        labels = group_labels(ctx, texts, box.w, box.h, 26, self.pal.button_text, bold=True)
        for button, cell, label in zip(buttons, cells, labels, strict=True):
            control = Control(f"button:{button.id}", cell, partial(self.press, button.id), label=label)
            self.controls.append(control)
        slot_box = content_box(ctx, self.slots[0])
        small = group_labels(ctx, texts, slot_box.w, slot_box.h, 20, self.pal.text, bold=True)
        self.slot_labels = {b.id: img for b, img in zip(buttons, small, strict=True)}
        side = pygame.Rect(area.right + gap, area.y, side_w, ctx.px(64))
        self.button("undo", side, "⌫ " + ctx.t("puzzle.sequence.undo"), self.undo, size=22)
        self.button("check", side.move(0, side.h + gap), "✓ " + ctx.t("puzzle.check"), self.submit)

    def press(self, button_id: str) -> None:
        """Put one press in the next free slot."""
        if len(self.pressed_ids) >= self.length:
            self.feedback.show("info", self.ctx.t("puzzle.sequence.full"))
            return
        self.pressed_ids.append(button_id)
        if self.feedback.kind is not None:
            self.feedback.clear()

    def undo(self) -> None:
        """Take the last press back."""
        if self.pressed_ids:
            self.pressed_ids.pop()
            self.feedback.clear()

    def submit(self) -> None:
        if len(self.pressed_ids) < self.length:
            missing = self.length - len(self.pressed_ids)
            self.feedback.show("info", self.ctx.t("puzzle.sequence.more", n=missing))
            return
        self.answer(list(self.pressed_ids))

    def on_wrong(self) -> None:
        self.pressed_ids = []

    def on_key(self, event: pygame.event.Event) -> bool:
        if event.key == pygame.K_BACKSPACE and not self.solved:
            self.undo()
            return True
        return False

    def on_escape(self) -> bool:
        if not self.pressed_ids or self.solved:
            return False
        self.pressed_ids = []
        self.feedback.clear()
        return True

    def draw_body(self, surface: pygame.Surface) -> None:
        ctx, pal = self.ctx, self.pal
        for i, slot in enumerate(self.slots):
            filled = i < len(self.pressed_ids)
            pygame.draw.rect(surface, pal.panel if filled else pal.bg, slot, border_radius=ctx.px(10))
            edge = pal.accent if i == len(self.pressed_ids) and not self.solved else pal.panel_edge
            pygame.draw.rect(surface, edge, slot, max(1, ctx.px(2)), border_radius=ctx.px(10))
            if filled:
                label = self.slot_labels[self.pressed_ids[i]]
                surface.blit(label, label.get_rect(center=slot.center))
