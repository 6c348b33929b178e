"""Put things in order: drag a card to its place, or pick it (tap / Enter), move it (tap / arrows), drop it."""

from __future__ import annotations

from functools import partial

import pygame

from rumours_game.engine import display_order
from rumours_game.ui.puzzles.base import PuzzleWidget
from rumours_game.ui.puzzles.controls import (
    Control,
    badge_size,
    badge_surface,
    content_box,
    draw_control,
    group_labels,
)
from rumours_game.ui.text import text_height


class OrderWidget(PuzzleWidget):
    """Numbered cards in a column, starting in the engine's (seeded) display order."""

    how_to = "puzzle.how.order"

    def __init__(self, ctx, rect: pygame.Rect, puzzle) -> None:
        ids = [e.id for e in puzzle.entries]
        self.order: list[str] = display_order(ctx.session.state, puzzle.id, ids)
        self.picked: str | None = None
        self.before_pick: list[str] = []
        self.dragging: str | None = None
        self.grab_dy = 0
        self.drag_y = 0
        super().__init__(ctx, rect, puzzle)

    # ------------------------------------------------------------------ layout
    def show_solved(self) -> None:
        self.order = [e.id for e in self.puzzle.entries]

    def layout(self, body: pygame.Rect) -> None:
        ctx = self.ctx
        n = len(self.order)
        self.gap = ctx.px(10)
        check_h = ctx.px(64)
        check_w = min(ctx.px(300), body.w // 2)
        entries = {e.id: e for e in self.puzzle.entries}
        texts = [ctx.tr(entries[i].text) for i in self.order]
        text_w = content_box(ctx, pygame.Rect(body.x, 0, body.w, ctx.px(96)), True, True).w
        need = max(text_height(ctx, t, text_w, ctx.font_px(24)) for t in texts) + ctx.px(12)
        room = body.h - check_h - self.gap * 2  # the height left above the Check button
        below = pygame.Rect(0, 0, check_w, check_h)
        below.bottomright = body.bottomright
        check: pygame.Rect | None = below
        if n * need + self.gap * (n - 1) > room:  # the cards need the whole body: Check beside the banner
            room, check = body.h, self.check_beside_banner(check_w)
        self.list_area = pygame.Rect(body.x, body.y, body.w, room)
        self.slot_h = min(max(ctx.px(96), need), (room - self.gap * (n - 1)) // n)
        first = self.slot(0)
        box = content_box(ctx, first, mark_space=True, badge_space=True)
        labels = group_labels(ctx, texts, box.w, box.h, 24, self.pal.button_text, align="left")
        self.badges = [badge_surface(ctx, str(i + 1), badge_size(ctx), self.pal) for i in range(n)]
        self.cards = {
            eid: Control(
                f"card:{eid}",
                first,
                partial(self.tap, eid),
                label=label,
                mark_space=True,
                badge_space=True,
            )
            for eid, label in zip(self.order, labels, strict=True)
        }
        self.check = (
            None if check is None else self.button("check", check, "✓ " + ctx.t("puzzle.check"), self.submit)
        )
        self.place()

    def slot(self, index: int) -> pygame.Rect:
        return pygame.Rect(
            self.list_area.x,
            self.list_area.y + index * (self.slot_h + self.gap),
            self.list_area.w,
            self.slot_h,
        )

    def place(self) -> None:
        """Put every card in its slot, numbered, and keep the focus order equal to the visual order."""
        for i, eid in enumerate(self.order):
            card = self.cards[eid]
            card.rect = self.slot(i)
            card.badge = self.badges[i]
            card.selected = eid in (self.picked, self.dragging)
            card.mark = "ring" if eid == self.picked else "grip"
            card.enabled = not self.solved
        current = self.ring.current
        self.controls = [self.cards[e] for e in self.order] + ([self.check] if self.check else [])
        self.refresh_focus(current)

    # ------------------------------------------------------------------ moving
    def move(self, eid: str, index: int) -> None:
        index = max(0, min(len(self.order) - 1, index))
        self.order.remove(eid)
        self.order.insert(index, eid)
        self.place()

    def tap(self, eid: str) -> None:
        """Tap or Enter: pick a card up, drop it again, or move the picked card to this card's place."""
        if self.picked is None:
            self.picked, self.before_pick = eid, list(self.order)
            self.feedback.show("info", self.ctx.t("puzzle.order.picked"))
        elif self.picked == eid:
            self.picked = None
            self.feedback.clear()
        else:
            target = self.order.index(eid)
            picked, self.picked = self.picked, None
            self.move(picked, target)
            self.feedback.clear()
        self.place()

    def on_key(self, event: pygame.event.Event) -> bool:
        if self.picked is not None and event.key in (pygame.K_UP, pygame.K_DOWN):
            step = -1 if event.key == pygame.K_UP else 1
            self.move(self.picked, self.order.index(self.picked) + step)
            self.ring.visible = True
            return True
        return False

    def on_escape(self) -> bool:
        if self.picked is None:
            return False
        self.order, self.picked = self.before_pick, None
        self.feedback.clear()
        self.place()
        return True

    # ------------------------------------------------------------------ dragging
    def on_press(self, pos: tuple[int, int]) -> None:
        card = self.pressed
        if card is not None and card.key.startswith("card:"):
            self.grab_dy = pos[1] - card.rect.centery
            self.drag_y = pos[1]

    def on_drag(self, pos: tuple[int, int]) -> None:
        card = self.pressed
        if card is None or not card.key.startswith("card:"):
            return
        eid = card.key[5:]
        start = self.press_at or pos
        if self.dragging is None and abs(pos[1] - start[1]) < self.ctx.px(8):
            return
        self.dragging, self.picked = eid, None
        self.drag_y = pos[1]
        centre = pos[1] - self.grab_dy
        index = round((centre - self.list_area.y - self.slot_h / 2) / (self.slot_h + self.gap))
        if index != self.order.index(eid):
            self.move(eid, index)
        else:
            self.place()

    def on_release(self, pos: tuple[int, int], pressed: Control | None) -> bool:
        if self.dragging is None:
            return False
        self.dragging = None
        self.place()
        return True

    def draw_over(self, surface: pygame.Surface) -> None:
        if self.dragging is None:
            return
        card = self.cards[self.dragging]
        lifted = card.rect.copy()
        lifted.centery = self.drag_y - self.grab_dy
        pygame.draw.rect(surface, self.pal.bg, card.rect, border_radius=self.ctx.px(10))
        pygame.draw.rect(surface, self.pal.accent, card.rect, self.ctx.px(2), border_radius=self.ctx.px(10))
        original = card.rect
        card.rect = lifted
        draw_control(surface, self.ctx, self.pal, card, False)
        card.rect = original

    # ------------------------------------------------------------------ answer
    def submit(self) -> None:
        self.picked = None
        self.place()
        self.answer(list(self.order))
