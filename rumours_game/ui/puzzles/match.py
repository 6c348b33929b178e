"""Pair things up: tap one side then the other, or drag from one card to its partner.

Pairs carry the same numbered badge on both cards and a connecting line, so they read without colour.
"""

from __future__ import annotations

from functools import partial

import pygame

from rumours_game.engine import display_order
from rumours_game.ui.layout import stack
from rumours_game.ui.puzzles.base import PuzzleWidget
from rumours_game.ui.puzzles.controls import Control, badge_size, badge_surface, content_box, group_labels
from rumours_game.ui.text import text_height


class MatchWidget(PuzzleWidget):
    """Left sides in the pack's order, right sides in the engine's seeded display order."""

    how_to = "puzzle.how.match"

    def __init__(self, ctx, rect: pygame.Rect, puzzle) -> None:
        ids = [p.id for p in puzzle.pairs]
        self.left_ids = ids
        self.right_ids = display_order(ctx.session.state, puzzle.id, ids)
        self.pairs: dict[str, str] = {}
        self.selected: tuple[str, str] | None = None
        self.drag_from: Control | None = None
        super().__init__(ctx, rect, puzzle)

    def show_solved(self) -> None:
        self.pairs = {pid: pid for pid in self.left_ids}

    def layout(self, body: pygame.Rect) -> None:
        """Two columns of cards, each as tall as its text needs at the readable size. A column too tall to
        leave room for the check button under it takes the whole height and the button goes under the other
        column, or, when neither has room, beside the feedback banner at the bottom."""
        ctx = self.ctx
        gap = ctx.px(10)
        middle = ctx.px(90 if ctx.text_scale == 1 else 40)  # large text: wider columns for longer lines
        check_h = ctx.px(64)
        col_w = (body.w - middle) // 2
        by_id = {p.id: p for p in self.puzzle.pairs}
        columns = [
            [ctx.tr(by_id[i].left) for i in self.left_ids],
            [ctx.tr(by_id[i].right) for i in self.right_ids],
        ]
        text_w = content_box(ctx, pygame.Rect(0, 0, col_w, ctx.px(100)), True, True).w
        needs = [[text_height(ctx, t, text_w, ctx.font_px(24)) + ctx.px(12) for t in col] for col in columns]
        short = body.h - check_h - 2 * gap  # the height left above the check button
        fits = [self._heights(col, short, gap) is not None for col in needs]
        under = 1 if fits[1] else 0 if fits[0] else None  # usually under the right column
        heights = [
            self._heights(col, short if c == under else body.h, gap) or self._squeezed(col, body.h, gap)
            for c, col in enumerate(needs)
        ]
        areas = [
            pygame.Rect(body.x, body.y, col_w, body.h),
            pygame.Rect(body.right - col_w, body.y, col_w, body.h),
        ]
        cells = [stack(area, hs, gap) for area, hs in zip(areas, heights, strict=True)]
        boxes = [content_box(ctx, cell, mark_space=True, badge_space=True) for col in cells for cell in col]
        labels = group_labels(
            ctx,
            columns[0] + columns[1],
            boxes[0].w,
            [b.h for b in boxes],
            24,
            self.pal.button_text,
            align="left",
        )
        self.badges = {
            pid: badge_surface(ctx, str(i + 1), badge_size(ctx), self.pal)
            for i, pid in enumerate(self.left_ids)
        }
        sides = [("left", i, c) for i, c in zip(self.left_ids, cells[0], strict=True)]
        sides += [("right", i, c) for i, c in zip(self.right_ids, cells[1], strict=True)]
        for (side, pid, cell), label in zip(sides, labels, strict=True):
            self.controls.append(
                Control(
                    f"{side}:{pid}",
                    cell,
                    partial(self.tap, side, pid),
                    label=label,
                    mark_space=True,
                    badge_space=True,
                )
            )
        check_w = min(ctx.px(300), body.w // 2)
        check: pygame.Rect | None
        if under is None:
            check = self.check_beside_banner(check_w)
        else:
            check = pygame.Rect(0, 0, check_w, check_h)
            check.bottomright = (areas[under].right, body.bottom)
        if check is not None:
            self.button("check", check, "✓ " + ctx.t("puzzle.check"), self.submit)
        self.refresh()

    def _heights(self, needs: list[int], room: int, gap: int) -> list[int] | None:
        """Card heights for a column in ``room``: all as tall as the tallest needs (at least 100 px) when
        they fit so (the usual even look), else each as tall as its own text needs plus an even share of
        what is left; None when even that is taller than ``room``."""
        n = len(needs)
        even = max(self.ctx.px(100), max(needs))
        if n * even <= room:
            total = n * even
            return [(total - gap * (n - 1)) // n] * n
        spare = room - gap * (n - 1) - sum(needs)
        return [need + spare // n for need in needs] if spare >= 0 else None

    def _squeezed(self, needs: list[int], room: int, gap: int) -> list[int]:
        """Card heights sharing ``room`` in proportion to their needs (texts then shrink, at most to the
        readable minimum): only for more pairs than a whole puzzle view can show."""
        usable = max(len(needs), room - gap * (len(needs) - 1))
        return [max(1, usable * need // sum(needs)) for need in needs]

    def refresh(self) -> None:
        """Badges, selection rings and marks from the current pairs."""
        paired_right = {r: left for left, r in self.pairs.items()}
        for control in self.controls:
            side, _, pid = control.key.partition(":")
            if side == "left":
                control.badge = self.badges[pid] if pid in self.pairs else None
            elif side == "right":
                control.badge = self.badges[paired_right[pid]] if pid in paired_right else None
            else:
                continue
            control.selected = self.selected == (side, pid)
            control.mark = "ring" if control.selected else None

    def tap(self, side: str, pid: str) -> None:
        """Select a card; a card of the other side then pairs with it (undoing earlier pairs of either)."""
        if self.selected is None or self.selected[0] == side:
            self.selected = None if self.selected == (side, pid) else (side, pid)
        else:
            other = self.selected[1]
            self.pair(pid if side == "left" else other, other if side == "left" else pid)
            self.selected = None
        self.refresh()

    def pair(self, left: str, right: str) -> None:
        self.pairs = {k: v for k, v in self.pairs.items() if v != right}
        self.pairs[left] = right
        if self.feedback.kind is not None and not self.solved:
            self.feedback.clear()

    def on_escape(self) -> bool:
        if self.selected is None:
            return False
        self.selected = None
        self.refresh()
        return True

    def submit(self) -> None:
        if len(self.pairs) < len(self.left_ids):
            self.feedback.show("info", self.ctx.t("puzzle.match.incomplete"))
            return
        self.answer(dict(self.pairs))

    # ------------------------------------------------------------------ dragging a line to a partner
    def on_press(self, pos: tuple[int, int]) -> None:
        pressed = self.pressed
        self.drag_from = pressed if pressed is not None and pressed.key != "check" else None

    def on_release(self, pos: tuple[int, int], pressed: Control | None) -> bool:
        start, self.drag_from = self.drag_from, None
        at = self.press_at or pos
        if start is None or abs(pos[0] - at[0]) + abs(pos[1] - at[1]) < self.ctx.px(12):
            return False
        target = self.control_at(pos)
        if target is not None and target.key != "check" and target.key[0] != start.key[0]:
            self.selected = None
            a, b = start.key.split(":")[1], target.key.split(":")[1]
            self.pair(a if start.key.startswith("left") else b, b if start.key.startswith("left") else a)
            self.refresh()
        return True

    def _edge(self, control: Control) -> tuple[int, int]:
        return control.rect.midright if control.key.startswith("left") else control.rect.midleft

    def draw_over(self, surface: pygame.Surface) -> None:
        width = max(2, self.ctx.px(4))
        for left, right in self.pairs.items():
            a, b = self._edge(self.control(f"left:{left}")), self._edge(self.control(f"right:{right}"))
            pygame.draw.line(surface, self.pal.bg, a, b, width + 4)
            pygame.draw.line(surface, self.pal.accent, a, b, width)
            for end in (a, b):
                pygame.draw.circle(surface, self.pal.accent, end, width * 2)
        if self.drag_from is not None and self.pointer is not None:
            pygame.draw.line(surface, self.pal.focus, self._edge(self.drag_from), self.pointer, width)
