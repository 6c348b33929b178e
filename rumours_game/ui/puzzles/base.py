"""The base of every puzzle widget: layout frame, pointer/touch/keyboard routing, focus and feedback.

A widget lives inside ``rect`` (real pixels) of the puzzle scene. It shows a one-line "how to" at the top,
its own controls in the middle and a feedback banner at the bottom. It never checks answers: it sends
``Answer``/``Use`` actions through ``ctx.dispatch`` and reacts to the engine's events in :meth:`on_events`.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import pygame

from rumours_game.engine import Answer, Event, K, Why
from rumours_game.strings.wording import close_call
from rumours_game.ui.focus import ACTIVATE_KEYS, FocusRing
from rumours_game.ui.puzzles.controls import Control, control_box, draw_control, label_surface
from rumours_game.ui.puzzles.feedback import Feedback
from rumours_game.ui.text import text_height

REFUSAL_KEYS: Mapping[Why, str] = MappingProxyType(
    {
        Why.ALREADY_SOLVED: "puzzle.refused.already_solved",
        Why.NOT_AVAILABLE: "puzzle.refused.not_available",
        Why.LOCKED: "puzzle.refused.not_available",
        Why.NOT_HERE: "puzzle.refused.not_available",
        Why.NOT_HELD: "puzzle.refused.not_held",
        Why.NO_EFFECT: "puzzle.combine.no_effect",
        Why.GAME_OVER: "puzzle.refused.game_over",
    }
)
"""The words a puzzle shows for each reason the engine refuses an answer."""


CONTINUE_W = 372
"""Logical width left right of a solved puzzle's banner for the scene's Continue button."""


class PuzzleWidget:
    """One interactive puzzle. Subclasses set :attr:`how_to` and implement :meth:`layout`; they may override
    the ``on_*`` hooks. (How the headless driver and the tests enter answers is ``ui/driver/inputs.py``.)"""

    how_to = "puzzle.how.code"
    takes_text = False
    """True for widgets that accept typed text: Space then types instead of pressing the focused control."""

    def __init__(self, ctx, rect: pygame.Rect, puzzle) -> None:
        self.ctx = ctx
        self.rect = pygame.Rect(rect)
        self.puzzle = puzzle
        self.controls: list[Control] = []
        self.ring: FocusRing[Control] = FocusRing()
        self.pressed: Control | None = None
        self.pointer: tuple[int, int] | None = None
        self.press_at: tuple[int, int] | None = None
        self._finger: tuple[int, int] | None = None
        self.feedback = Feedback(ctx)
        self.solved = puzzle.id in ctx.session.state.solved
        if self.solved:
            self.show_solved()
        self.build()

    # ------------------------------------------------------------------ layout
    @property
    def pal(self):
        return self.ctx.theme

    def build(self) -> None:
        """Lay everything out for the current ``rect``, size and language (pre-renders every label)."""
        ctx = self.ctx
        pad = ctx.px(8)
        inner = self.rect.inflate(-2 * pad, -2 * pad)
        how_h = max(ctx.px(52), text_height(ctx, ctx.t(self.how_to), inner.w, ctx.font_px(20)))
        self._how = label_surface(ctx, ctx.t(self.how_to), inner.w, how_h, 20, self.pal.muted, align="left")
        self._how_pos = (inner.x, inner.y)
        fb_h = ctx.px(64)
        fb_w = inner.w - (ctx.px(CONTINUE_W) if self.solved else 0)  # the scene's Continue goes beside it
        self.feedback.layout(pygame.Rect(inner.x, inner.bottom - fb_h, fb_w, fb_h), inner.y)
        top = inner.y + self._how.get_height() + ctx.px(10)
        self.body = pygame.Rect(inner.x, top, inner.w, self.feedback.rect.y - ctx.px(12) - top)
        self.controls = []
        self.layout(self.body)
        self.refresh_focus(self.ring.current)
        if self.solved:
            self.feedback.show("good", self.success_text())
            self.lock()

    def resize(self, rect: pygame.Rect) -> None:
        """Move the widget to ``rect`` (after a window resize), keeping what players entered so far."""
        self.rect = pygame.Rect(rect)
        self.build()

    def show_solved(self) -> None:
        """A widget made for an already solved puzzle (the scene rebuilds after a right answer) shows the
        answer that solved it."""

    def layout(self, body: pygame.Rect) -> None:
        """Create this widget's controls inside ``body``."""
        raise NotImplementedError

    def button(self, key: str, rect: pygame.Rect, text: str, action, size: float = 24, **kw: Any) -> Control:
        """A control with a centred, fitted ``text`` label, appended to :attr:`controls`."""
        control = Control(key, pygame.Rect(rect), action, **kw)
        box = control_box(self.ctx, control)
        control.label = label_surface(self.ctx, text, box.w, box.h, size, self.pal.button_text, bold=True)
        self.controls.append(control)
        return control

    def check_beside_banner(self, width: int) -> pygame.Rect | None:
        """Where the Check button goes when the widget's cards need the whole body: at the bottom right,
        beside the feedback banner (which narrows for it). None once solved: the scene's Continue is there."""
        if self.solved:
            return None
        banner = self.feedback.home
        check = pygame.Rect(0, 0, width, banner.h)
        check.bottomright = banner.bottomright
        narrower = pygame.Rect(banner.x, banner.y, banner.w - width - self.ctx.px(10), banner.h)
        self.feedback.layout(narrower, self.feedback.top)
        return check

    def word_width(self, text: str, size: float) -> int:
        """How wide a control must be to show ``text`` (a word, or a label meant for one line) at logical
        ``size`` in bold, the readable minimum applied: layouts use it to give labels room."""
        ctx = self.ctx
        px = ctx.font_px(size)
        return ctx.font_real(max(px, ctx.floor_px(px)), True).size(text)[0] + ctx.px(24)

    def lock(self) -> None:
        """After a right answer: nothing can be pressed any more."""
        for control in self.controls:
            control.enabled = False
        self.refresh_focus()

    def kill(self) -> None:
        """Forget every control (the scene calls this when leaving or rebuilding)."""
        self.controls = []
        self.ring.set_items([])
        self.pressed = None
        self.pointer = None

    # ------------------------------------------------------------------ focus
    def focus_order(self) -> list[Control]:
        """The controls keyboard players move through with Tab, in reading order."""
        return [c for c in self.controls if c.enabled]

    def refresh_focus(self, prefer: Control | None = None) -> None:
        """Tell the focus ring about the current controls (after a layout or a change of controls)."""
        self.ring.set_items(self.controls, prefer)

    def focused(self) -> Control | None:
        return self.ring.current

    def focus_key(self, key: str) -> None:
        """Move the focus to the control called ``key`` (if it can take focus)."""
        for control in self.ring.items:
            if control.key == key:
                self.ring.focus(control)
                return

    # ------------------------------------------------------------------ input routing
    def handle_event(self, event: pygame.event.Event) -> bool:
        """Route one pygame event; True when the widget used it."""
        kind = event.type
        if kind == pygame.MOUSEBUTTONDOWN and event.button == 1:
            return self._down(event.pos)
        if kind == pygame.MOUSEMOTION:
            return self._move(event.pos) if self.pointer is not None and event.buttons[0] else False
        if kind == pygame.MOUSEBUTTONUP and event.button == 1:
            return self._up(event.pos)
        if kind in (pygame.FINGERDOWN, pygame.FINGERMOTION, pygame.FINGERUP):
            return self._finger_event(event)
        if kind == pygame.KEYDOWN:
            return self._key(event)
        if kind == pygame.TEXTINPUT:
            return self.on_text(event.text)
        return False

    def _finger_event(self, event: pygame.event.Event) -> bool:
        screen = self.ctx.screen_rect
        pos = (int(event.x * screen.w), int(event.y * screen.h))
        finger = (event.touch_id, event.finger_id)
        if event.type == pygame.FINGERDOWN:
            if self._finger is not None:
                return False
            used = self._down(pos)
            if used:
                self._finger = finger
            return used
        if finger != self._finger:
            return False
        if event.type == pygame.FINGERMOTION:
            return self._move(pos)
        self._finger = None
        return self._up(pos)

    def control_at(self, pos: tuple[int, int]) -> Control | None:
        for control in reversed(self.controls):
            if control.enabled and control.rect.collidepoint(pos):
                return control
        return None

    def _down(self, pos: tuple[int, int]) -> bool:
        if not self.rect.collidepoint(pos):
            return False
        self.ring.visible = False
        self.pointer = self.press_at = pos
        self.pressed = self.control_at(pos)
        self.on_press(pos)
        return True

    def _move(self, pos: tuple[int, int]) -> bool:
        if self.pointer is None:
            return False
        self.pointer = pos
        self.on_drag(pos)
        return True

    def _up(self, pos: tuple[int, int]) -> bool:
        if self.pointer is None:
            return False
        pressed, self.pressed, self.pointer = self.pressed, None, None
        if not self.on_release(pos, pressed):
            target = self.control_at(pos)
            if target is not None and target is pressed:
                self.ring.focus(target)
                self.activate(target)
        return True

    def _key(self, event: pygame.event.Event) -> bool:
        if self.on_key(event):
            return True
        if event.key == pygame.K_ESCAPE:
            return self.on_escape()
        if event.key == pygame.K_SPACE and self.takes_text:
            return True  # the TEXTINPUT that follows types the space
        if event.key in ACTIVATE_KEYS and self.solved:
            return False
        return self.ring.handle_event(event)

    def activate(self, control: Control) -> None:
        if control.enabled and not self.solved:
            control.on_activate()

    # ------------------------------------------------------------------ hooks for subclasses
    def on_press(self, pos: tuple[int, int]) -> None:
        """A pointer went down inside the widget."""

    def on_drag(self, pos: tuple[int, int]) -> None:
        """The pressed pointer moved."""

    def on_release(self, pos: tuple[int, int], pressed: Control | None) -> bool:
        """The pointer came up; return True when the widget handled it (no click then)."""
        return False

    def on_key(self, event: pygame.event.Event) -> bool:
        """A key before the default handling (Tab, arrows, Enter, Escape); True when used."""
        return False

    def on_text(self, text: str) -> bool:
        """Typed text from a physical keyboard."""
        return False

    def on_escape(self) -> bool:
        """Escape: cancel what is in progress; False lets the scene handle it (leave the puzzle)."""
        return False

    def on_engine_event(self, event: Event) -> None:
        """Any engine event, after the common feedback handling."""

    def on_wrong(self) -> None:
        """The last answer was wrong."""

    # ------------------------------------------------------------------ engine
    def answer(self, value: Any) -> None:
        """Send an answer to the engine (events come back through :meth:`on_events`)."""
        self.ctx.dispatch(Answer(self.puzzle.id, value))

    def success_text(self) -> str:
        text = self.ctx.t("puzzle.right")
        extra = self.ctx.tr(self.puzzle.success)
        return f"{text} {extra}" if extra else text

    def wrong_text(self, detail: dict | None = None) -> str:
        """What a wrong answer's feedback says: how close it was when the engine says so."""
        return close_call(self.ctx, detail) or self.ctx.t("puzzle.wrong")

    def on_events(self, events: list[Event]) -> None:
        """Show feedback for the engine's answer: solved, wrong or refused (with the reason in words)."""
        for event in events:
            if event.id == self.puzzle.id:
                if event.kind == K.PUZZLE_SOLVED:
                    self.solved = True
                    self.feedback.show("good", self.success_text())
                    self.lock()
                elif event.kind == K.WRONG_ANSWER:
                    self.feedback.show("bad", self.wrong_text(event.value))
                    self.on_wrong()
                elif event.kind == K.REFUSED and event.value in REFUSAL_KEYS:
                    self.feedback.show("info", self.ctx.t(REFUSAL_KEYS[event.value]))
            self.on_engine_event(event)

    # ------------------------------------------------------------------ frame
    def update(self, dt: float) -> bool:
        """Advance animations; True while something moves (the scene then redraws)."""
        return self.feedback.update(dt)

    def draw(self, surface: pygame.Surface) -> None:
        surface.blit(self._how, self._how_pos)
        self.draw_body(surface)
        for control in self.shown_controls():
            draw_control(surface, self.ctx, self.pal, control, control is self.pressed)
        self.draw_over(surface)
        if not self.solved:
            self.ring.draw(surface, self.pal.focus, max(2, self.ctx.px(3)))
        self.feedback.draw(surface)

    def shown_controls(self) -> list[Control]:
        """The controls drawn: all while the puzzle is open; once solved (they are locked) not those a long
        success message's banner grew over, so no words are drawn over other words."""
        if not self.solved:
            return self.controls
        return [c for c in self.controls if not c.rect.colliderect(self.feedback.rect)]

    def draw_body(self, surface: pygame.Surface) -> None:
        """Drawing under the controls (panels, pictures)."""

    def draw_over(self, surface: pygame.Surface) -> None:
        """Drawing over the controls (a dragged card, connecting lines)."""

    def control(self, key: str) -> Control:
        """The control called ``key`` (``KeyError`` when there is none)."""
        for control in self.controls:
            if control.key == key:
                return control
        raise KeyError(key)
