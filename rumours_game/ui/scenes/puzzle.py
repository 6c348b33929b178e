"""The puzzle view: the puzzle's title and prompt, its widget (from ui.puzzles), hints and the way back."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from rumours_game.engine import K, hint_offer
from rumours_game.pack.models import Hotspot
from rumours_game.ui.focus import ACTIVATE_KEYS, ARROWS, Focusable
from rumours_game.ui.scene import Scene
from rumours_game.ui.scenes.closeup import BagScene, CloseupScene, closeup, host_of
from rumours_game.ui.scenes.hint import offer_hint
from rumours_game.ui.scenes.room_clock import HURRY_SIGN, clock_words
from rumours_game.ui.text import render_line

if TYPE_CHECKING:
    from rumours_game.ui.puzzles.base import PuzzleWidget


class PuzzleScene(Scene):
    """Hosts ``WIDGETS[puzzle.type]`` in the middle of the screen.

    Keyboard: Tab runs through the widget's controls and then the scene's buttons (Hint, Back) and round
    again; arrows, Enter and typing go to whichever has the focus; Escape goes back to the room.
    """

    name = "puzzle"

    def __init__(self, ctx, puzzle_id: str) -> None:
        super().__init__(ctx)
        self.puzzle_id = puzzle_id
        self.widget: PuzzleWidget | None = None
        self.in_widget = True
        self.clock_shown = ""
        """The clock's words as shown ("" in a game with no timer)."""
        self._clock_img: pygame.Surface | None = None

    @property
    def puzzle(self):
        return self.ctx.pack.puzzle(self.puzzle_id)

    def layout(self) -> None:
        from rumours_game.ui.puzzles import WIDGETS

        ctx = self.ctx
        pal = ctx.theme
        puzzle = self.puzzle
        hint = hint_offer(ctx.pack, ctx.state, self.puzzle_id)
        label = (
            ctx.t("puzzle.hint_cost", seconds=hint.penalty)
            if hint is not None and hint.penalty
            else ctx.t("room.hint")
        )
        dy = self._top_bar(label, hint is not None)
        prompt = ctx.rect(40, 68, 1200, 104).move(0, dy)
        self.look = None
        self._thumb: tuple[pygame.Surface, pygame.Rect] | None = None
        spot = host_of(ctx, self.puzzle_id) if puzzle.type != "search" else None
        thumb = ctx.rect(40, 68, 180, 104).move(0, dy)
        art = ctx.pack.room(ctx.state.room).background
        picture = closeup(ctx, spot, art, thumb.inflate(-ctx.px(8), -ctx.px(8)).size) if spot else None
        if spot is not None and picture is not None:
            self._thumb = (picture, picture.get_rect(center=thumb.center))
            self.look = self.button(thumb, "", lambda: self.show_closeup(spot), kind="quiet", key="closeup")
            prompt = ctx.rect(232, 68, 1008, 104).move(0, dy)
        text = ctx.tr(puzzle.prompt)
        grow = min(ctx.px(100), self.text_height(text, prompt.w - ctx.px(32), 22) + ctx.px(16) - prompt.h)
        if grow > 0:  # a long prompt (large text) takes more lines rather than smaller letters
            prompt.h += grow
            dy += grow
        self.panel(prompt, 220)
        self.write(text, prompt.inflate(-ctx.px(32), -ctx.px(16)), 22, valign="center")
        taken = ctx.state.hints_taken(self.puzzle_id)
        widget_top = 184
        if taken:
            last = ctx.t("puzzle.last_hint", text=ctx.tr(puzzle.hints[taken - 1].text))
            box = ctx.rect(40, 180, 1200, 56).move(0, dy)
            box.h = max(box.h, self.text_height(last, box.w, 18))
            self.write(last, box, 18, colour=pal.accent, valign="center")
            widget_top = 180 + round((box.h + ctx.px(4)) / ctx.layout.scale)
        self.widget_rect = ctx.rect(40, widget_top, 1200, 712 - widget_top)
        self.widget_rect.y += dy
        self.widget_rect.h -= dy
        solved = self.puzzle_id in ctx.state.solved
        cls = WIDGETS.get(puzzle.type)
        self.widget = cls(ctx, self.widget_rect, puzzle) if cls is not None else None
        self.go_on = None
        if solved:
            self.go_on = self.button(  # right of the widget's banner (which leaves it room), never under it
                ctx.rect(880, 628, 380, 82),
                ctx.t("puzzle.continue") + " ➜",
                self.leave_puzzle,
                kind="primary",
                size=32,
                key="continue",
            )
        self._update_clock()

    def _top_bar(self, hint_label: str, hint_on: bool) -> int:
        """The bar at the top: Back, the title, Bag, the clock and Hint, each as wide as its words at their
        size (so no label shrinks below the readable minimum); the title takes what is left and wraps, and
        the bar grows when it needs a second line. Returns how far the bar grew (real pixels)."""
        ctx = self.ctx
        stage, gap = ctx.stage, ctx.px(10)
        back_text = "← " + ctx.t("puzzle.back")
        bag_text = ctx.t("puzzle.bag", n=len(ctx.state.inventory))
        right = stage.right - gap
        hint_w = self.label_width(hint_label, 18)
        bag_w = self.label_width(bag_text, 18)
        clock_w = self.label_width(HURRY_SIGN + ctx.t("room.time_left", time="00:00"), 20) - ctx.px(20)
        back_w = self.label_width(back_text, 19)
        left = stage.x + gap + back_w + ctx.px(14)
        title_right = right - hint_w - clock_w - bag_w - 3 * gap
        title = ctx.tr(self.puzzle.title)
        height = max(ctx.px(44), self.text_height(title, title_right - left, 26, bold=True))
        bar_h = height + ctx.px(12)
        bar = pygame.Rect(0, stage.y, ctx.screen_rect.w, bar_h)
        pygame.draw.rect(self.canvas, ctx.theme.panel, bar)
        y = stage.y + ctx.px(6)
        self.back = self.button(
            pygame.Rect(stage.x + gap, y, back_w, height),
            back_text,
            self.leave_puzzle,
            size=19,
            key="back",
        )
        self.write(title, pygame.Rect(left, y, title_right - left, height), 26, bold=True, valign="center")
        self.hint = self.button(
            pygame.Rect(right - hint_w, y, hint_w, height),
            hint_label,
            self.take_hint,
            size=18,
            enabled=hint_on,
            key="hint",
        )
        self.clock_rect = pygame.Rect(self.hint.rect.x - gap - clock_w, y, clock_w, height)
        self.bag = self.button(
            pygame.Rect(self.clock_rect.x - gap - bag_w, y, bag_w, height),
            bag_text,
            self.open_bag,
            size=18,
            key="bag",
        )
        return bar_h - ctx.px(56)

    def focus_order(self) -> list[Focusable]:
        return [b for b in (self.go_on, self.look, self.bag, self.hint, self.back) if b is not None]

    def show_closeup(self, spot: Hotspot) -> None:
        """The object the puzzle is about, as large as the screen allows."""
        self.app.push(CloseupScene(self.ctx, spot))

    def open_bag(self) -> None:
        """Read the team's items without leaving the puzzle."""
        self.app.push(BagScene(self.ctx))

    def default_focus(self):
        return self.go_on or self.hint

    def leave(self) -> None:
        if self.widget is not None:
            self.widget.kill()
            self.widget = None
        super().leave()

    # ------------------------------------------------------------------ actions
    def leave_puzzle(self) -> None:
        self.app.pop()

    def take_hint(self) -> None:
        offer_hint(self.app, self.puzzle_id)

    def on_events(self, events: list) -> None:
        if self.widget is not None:
            self.widget.on_events(events)
        if any(e.kind in (K.HINT_SHOWN, K.PUZZLE_SOLVED) and e.id == self.puzzle_id for e in events):
            self.app.later(self._rebuild)

    def _rebuild(self) -> None:
        """Show a hint taken or the puzzle solved; what players typed so far stays typed."""
        if self.app is not None and self in self.app.stack:
            draft = getattr(self.widget, "value", None)
            self.leave()
            self.build(self.manager)
            keyboard = self.focus.visible or (self.widget is not None and self.widget.ring.visible)
            self.in_widget = self.puzzle_id not in self.ctx.state.solved
            if self.in_widget and isinstance(draft, str) and hasattr(self.widget, "value_changed"):
                self.widget.value = draft  # type: ignore[union-attr]
                self.widget.value_changed()  # type: ignore[union-attr]
            if not self.in_widget:
                self.focus.focus(self.go_on or self.back)
                self.focus.visible = keyboard

    # ------------------------------------------------------------------ input
    def _switch_to_scene(self, last: bool) -> None:
        self.in_widget = False
        if self.widget is not None:
            self.widget.ring.visible = False
        items = self.focus.items
        if items:
            self.focus.current = items[-1] if last else items[0]
        self.focus.visible = True

    def _switch_to_widget(self, last: bool) -> None:
        ring = self.widget.ring if self.widget is not None else None
        if ring is None or not ring.items:
            self.focus.move(-1 if last else 1)
            return
        self.in_widget = True
        self.focus.visible = False
        ring.current = ring.items[-1] if last else ring.items[0]
        ring.visible = True

    def _tab(self, event: pygame.event.Event) -> bool:
        back = bool(event.mod & pygame.KMOD_SHIFT)
        if self.in_widget:
            widget = self.widget
            ring = widget.ring if widget is not None else None
            if (
                widget is None
                or ring is None
                or not ring.items
                or (ring.visible and ring.current is ring.items[0 if back else -1])
            ):
                self._switch_to_scene(last=back)
                return True
            return widget.handle_event(event)
        items = self.focus.items
        at_end = not items or self.focus.current is (items[0] if back else items[-1])
        if at_end and self.focus.visible:
            self._switch_to_widget(last=back)
            return True
        return self.focus.handle_event(event)

    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN:
            if event.key == pygame.K_TAB:
                return self._tab(event)
            if self.in_widget and self.widget is not None and self.widget.handle_event(event):
                return True
            if not self.in_widget and (event.key in ARROWS or event.key in ACTIVATE_KEYS):
                return self.focus.handle_event(event)
            if event.key == pygame.K_ESCAPE:
                self.leave_puzzle()
                return True
            return False
        if event.type == pygame.TEXTINPUT:
            return self.widget.handle_event(event) if self.widget is not None else False
        for b in self.buttons:
            if b.handle_event(event):
                if event.type == pygame.MOUSEBUTTONDOWN:
                    self.focus.visible = False
                return True
        return self.widget is not None and self.widget.handle_event(event)

    # ------------------------------------------------------------------ frames
    def _update_clock(self) -> bool:
        ctx = self.ctx
        now = self.app.flow.clock() if self.app is not None else None
        text = "" if now is None or now.left is None else clock_words(ctx, now)
        if text == self.clock_shown and self._clock_img is not None:
            return False
        self.clock_shown = text
        colour = ctx.theme.bad if now is not None and now.hurry else ctx.theme.text
        self._clock_img = render_line(ctx, text, ctx.font_px(20), colour, bold=True)
        return True

    def update(self, dt: float) -> bool:
        if self.app is not None:
            self.app.flow.tick(dt)
        animating = self.widget is not None and self.widget.update(dt)
        return self._update_clock() or animating

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        if self._thumb is not None:
            surface.blit(*self._thumb)
        if self._clock_img is not None:
            surface.blit(self._clock_img, self._clock_img.get_rect(midright=self.clock_rect.midright))
        if self.widget is not None:
            self.widget.draw(surface)
