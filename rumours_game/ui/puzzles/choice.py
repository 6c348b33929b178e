"""Multiple choice: large buttons to choose one option (or tick several), then Check sends the answer."""

from __future__ import annotations

from functools import partial

import pygame

from rumours_game.ui.layout import grid
from rumours_game.ui.puzzles.base import PuzzleWidget
from rumours_game.ui.puzzles.controls import Control, content_box, group_labels
from rumours_game.ui.text import text_height


class ChoiceWidget(PuzzleWidget):
    """Options as big cards with a radio mark (one answer) or a check box (several answers)."""

    @property
    def multi(self) -> bool:
        return not isinstance(self.puzzle.answer, str)

    @property
    def how_to(self) -> str:  # type: ignore[override]
        return "puzzle.how.choice_multi" if self.multi else "puzzle.how.choice"

    def __init__(self, ctx, rect: pygame.Rect, puzzle) -> None:
        self.chosen: set[str] = set()
        self.last: str | None = None
        self.wrong: set[str] = set()
        super().__init__(ctx, rect, puzzle)

    def show_solved(self) -> None:
        self.chosen = set(self.puzzle.answer_ids())
        self.last = self.puzzle.answer if isinstance(self.puzzle.answer, str) else None

    def layout(self, body: pygame.Rect) -> None:
        ctx = self.ctx
        options = self.puzzle.options
        gap = ctx.px(14)
        check_h = ctx.px(64)
        check_w = min(ctx.px(300), body.w // 2)
        columns = 1 if len(options) <= 3 else 2
        rows = -(-len(options) // columns)
        texts = [ctx.tr(o.text) for o in options]
        col_w = (body.w - gap * (columns - 1)) // columns
        text_w = content_box(ctx, pygame.Rect(0, 0, col_w, ctx.px(130)), mark_space=True).w
        need = max(text_height(ctx, t, text_w, ctx.font_px(26)) for t in texts) + ctx.px(12)
        area = pygame.Rect(body.x, body.y, body.w, body.h - check_h - gap)  # above the Check button
        beside = rows * need + gap * (rows - 1) > area.h  # the options need the whole body
        if beside:
            area.h = body.h
        cell_h = min(max(ctx.px(130), need), (area.h - gap * (rows - 1)) // rows)
        area.h = cell_h * rows + gap * (rows - 1)
        cells = grid(area, len(options), columns, gap)
        box = content_box(ctx, cells[0], mark_space=True)
        labels = group_labels(ctx, texts, box.w, box.h, 26, self.pal.button_text, align="left")
        for option, cell, label in zip(options, cells, labels, strict=True):
            control = Control(
                f"option:{option.id}", cell, partial(self.pick, option.id), label=label, mark_space=True
            )
            self.controls.append(control)
        below = pygame.Rect(0, 0, check_w, check_h)
        below.topright = (body.right, area.bottom + gap)
        check = self.check_beside_banner(check_w) if beside else below
        if check is not None:
            self.button("check", check, "✓ " + ctx.t("puzzle.check"), self.submit)
        self.refresh_marks()

    def refresh_marks(self) -> None:
        for option in self.puzzle.options:
            control = self.control(f"option:{option.id}")
            on = option.id in self.chosen
            control.selected = on
            if self.multi:
                control.mark = "box_checked" if on else "box"
            elif self.solved and option.id == self.last:
                control.mark = "check"
            elif option.id in self.wrong:
                control.mark = "cross"
            else:
                control.mark = "radio_on" if on else "radio"

    def pick(self, option_id: str) -> None:
        """Tick or untick an option (several answers), or choose it instead of the others (one answer)."""
        self.chosen = self.chosen ^ {option_id} if self.multi else {option_id}
        if self.feedback.kind is not None:
            self.feedback.clear()
        self.refresh_marks()

    def on_wrong(self) -> None:
        if not self.multi and self.last is not None:
            self.wrong.add(self.last)

    def submit(self) -> None:
        if not self.chosen:
            self.feedback.show("info", self.ctx.t("puzzle.choose_first"))
            return
        if self.multi:
            self.answer([o.id for o in self.puzzle.options if o.id in self.chosen])
        else:
            (self.last,) = self.chosen
            self.answer(self.last)

    def on_events(self, events: list) -> None:
        super().on_events(events)
        self.refresh_marks()
