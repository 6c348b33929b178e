"""Use an item: pick one of the things the team carries, then what to use it on (something in the room
or another item). Each pair is sent to the engine as a ``Use`` action."""

from __future__ import annotations

import pygame

from rumours_game.engine import K, Use, visible_objects
from rumours_game.strings.wording import not_useful
from rumours_game.ui.layout import grid
from rumours_game.ui.puzzles.base import REFUSAL_KEYS, PuzzleWidget
from rumours_game.ui.puzzles.controls import Control, content_box, group_labels, label_surface
from rumours_game.ui.text import text_height


class CombineWidget(PuzzleWidget):
    """Two lists of big buttons: the team's items, and what an item can be used on."""

    how_to = "puzzle.how.combine"

    def __init__(self, ctx, rect: pygame.Rect, puzzle) -> None:
        self.item: str | None = None
        self.waiting = False
        super().__init__(ctx, rect, puzzle)

    def targets(self) -> list[tuple[str, str]]:
        """(id, name) of everything an item can be used on: objects in this room, then carried items."""
        state = self.ctx.session.state
        spots = [(h.id, self.ctx.tr(h.name)) for h in visible_objects(self.ctx.pack, state)]
        return spots + [(i, self.ctx.tr(self.ctx.pack.item(i).name)) for i in state.inventory]

    def layout(self, body: pygame.Rect) -> None:
        ctx = self.ctx
        pal = self.pal
        gap = ctx.px(12)
        head_h = ctx.px(36)
        col_w = (body.w - ctx.px(40)) // 2
        self.heads = []
        inventory = list(ctx.session.state.inventory)
        columns = [
            (
                "item",
                ctx.t("puzzle.combine.items"),
                [(i, ctx.tr(ctx.pack.item(i).name)) for i in inventory],
                body.x,
            ),
            ("on", ctx.t("puzzle.combine.targets"), self.targets(), body.right - col_w),
        ]
        for side, heading, entries, x in columns:
            self.heads.append(
                (
                    label_surface(ctx, heading, col_w, head_h, 20, pal.muted, bold=True, align="left"),
                    (x, body.y),
                )
            )
            area = pygame.Rect(x, body.y + head_h + gap, col_w, body.h - head_h - gap)
            if not entries:
                empty = label_surface(
                    ctx, ctx.t("puzzle.combine.no_items"), col_w, area.h, 20, pal.text, align="left"
                )
                self.heads.append((empty, area.topleft))
                continue
            cells = self._cells(area, [name for _, name in entries], gap)
            box = content_box(ctx, cells[0], mark_space=True)
            labels = group_labels(
                ctx, [name for _, name in entries], box.w, box.h, 22, pal.button_text, align="left"
            )
            for (eid, _), cell, label in zip(entries, cells, labels, strict=True):
                action = (lambda e=eid: self.pick(e)) if side == "item" else (lambda e=eid: self.use_on(e))
                self.controls.append(Control(f"{side}:{eid}", cell, action, label=label, mark_space=True))
        self.refresh()

    def _cells(self, area: pygame.Rect, names: list[str], gap: int) -> list[pygame.Rect]:
        """One or more columns of buttons in ``area``: more columns (shorter lists) while a name needs
        more height than its button has (names wrap at their size; they never shrink below the minimum)."""
        ctx = self.ctx
        for cols in (1 if len(names) <= 5 else 2, 2, 3):
            rows = -(-len(names) // cols)
            fitted = pygame.Rect(area.x, area.y, area.w, min(area.h, rows * ctx.px(80) + (rows - 1) * gap))
            cells = grid(fitted, len(names), cols, gap)
            box = content_box(ctx, cells[0], mark_space=True)
            if max(text_height(ctx, n, box.w, ctx.font_px(22)) for n in names) <= box.h:
                break
        return cells

    def refresh(self) -> None:
        for control in self.controls:
            chosen = control.key == f"item:{self.item}"
            control.selected = chosen
            control.mark = "ring" if chosen else None
            control.enabled = not self.solved
        self.refresh_focus(self.ring.current)

    def pick(self, item: str) -> None:
        self.item = None if self.item == item else item
        if self.item is not None:
            name = self.ctx.tr(self.ctx.pack.item(item).name)
            self.feedback.show("info", self.ctx.t("puzzle.combine.picked", item=name))
        self.refresh()

    def use_on(self, target: str) -> None:
        if self.item is None:
            self.feedback.show("info", self.ctx.t("puzzle.combine.pick_item"))
            return
        item, self.item = self.item, None
        self.waiting = True
        self.refresh()
        self.ctx.dispatch(Use(item, target))
        self.waiting = False

    def on_escape(self) -> bool:
        if self.item is None:
            return False
        self.item = None
        self.feedback.clear()
        self.refresh()
        return True

    def on_engine_event(self, event) -> None:
        if event.kind == K.NOT_USEFUL and self.waiting:
            self.feedback.show("bad", not_useful(self.ctx, event))
        elif event.kind == K.REFUSED and self.waiting and not self.solved:
            key = REFUSAL_KEYS.get(event.value, "puzzle.combine.no_effect")
            self.feedback.show("bad", self.ctx.t(key))
        elif event.kind in (K.ITEM_GAINED, K.ITEM_LOST):
            kind, message = self.feedback.kind, self.feedback.message
            self.build()
            if kind is not None:
                self.feedback.show(kind, message)

    def draw_body(self, surface: pygame.Surface) -> None:
        for image, pos in self.heads:
            surface.blit(image, pos)
