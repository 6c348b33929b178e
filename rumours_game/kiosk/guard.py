"""The kiosk guard: an app hook that keeps the game on screen unattended.

- closing keys and window events (window close, Alt+F4, Ctrl+Q, Cmd+Q) do nothing; F5 (reload) is off;
- 5 taps in the top-left corner within 4 s, a 3 s press there, or Ctrl+Alt+K open the facilitator PIN;
- after the idle limit a "Touch the screen to continue" countdown shows; when it runs out the unfinished
  session is closed as abandoned (what it recorded stays) and the next team starts from a clean title;
- the title screen turns into a gentle, silent attract loop when nobody touches it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from rumours_game.kiosk.config import KioskConfig
from rumours_game.kiosk.overlay import Attract, draw_warning

if TYPE_CHECKING:
    from rumours_game.ui.app import App

CORNER_TAPS = 5
TAP_WINDOW = 4.0
LONG_PRESS = 3.0
ATTRACT_FPS = 20
SURVEY_SCENES = ("survey-pass", "survey-consent", "survey-age", "survey-question")
KIOSK_SCENES = ("kiosk-pin", "kiosk-menu", "kiosk-export", "kiosk-touch")
POINTER_DOWN = (pygame.MOUSEBUTTONDOWN, pygame.FINGERDOWN)
POINTER_UP = (pygame.MOUSEBUTTONUP, pygame.FINGERUP)
INPUT_EVENTS = (
    *POINTER_DOWN,
    *POINTER_UP,
    pygame.MOUSEMOTION,
    pygame.FINGERMOTION,
    pygame.MOUSEWHEEL,
    pygame.KEYDOWN,
    pygame.TEXTINPUT,
)


def is_quit(event: pygame.event.Event) -> bool:
    """Window close, Alt+F4, Ctrl+Q and Cmd+Q: the ways a player could try to close the game."""
    if event.type in (pygame.QUIT, pygame.WINDOWCLOSE):
        return True
    if event.type not in (pygame.KEYDOWN, pygame.KEYUP):
        return False
    mod = getattr(event, "mod", 0)
    return (event.key == pygame.K_F4 and bool(mod & pygame.KMOD_ALT)) or (
        event.key == pygame.K_q and bool(mod & (pygame.KMOD_CTRL | pygame.KMOD_META))
    )


def pointer_pos(event: pygame.event.Event, size: tuple[int, int]) -> tuple[int, int] | None:
    """Where a mouse or finger event happened, in window pixels (None for SDL's mouse copies of fingers)."""
    if event.type in (pygame.FINGERDOWN, pygame.FINGERUP, pygame.FINGERMOTION):
        return int(event.x * size[0]), int(event.y * size[1])
    if getattr(event, "touch", False):
        return None
    return getattr(event, "pos", None)


class KioskGuard:
    """The :class:`rumours_game.ui.app.AppHook` of kiosk mode. ``clock`` gives seconds (injected in tests);
    ``open_facilitator`` shows the PIN pad (or the menu); ``reset_team`` starts over for the next team."""

    def __init__(
        self,
        app: App,
        config: KioskConfig,
        clock: Callable[[], float],
        open_facilitator: Callable[[], None],
        reset_team: Callable[[str], None],
    ) -> None:
        self.app, self.config, self.clock = app, config, clock
        self.open_facilitator, self.reset_team = open_facilitator, reset_team
        self.last_input = clock()
        self.warning_since: float | None = None
        self.attract: Attract | None = None
        self.taps: list[float] = []
        self.press_since: float | None = None
        self._frame_due = 0.0
        self._shown = -1
        self._swallow_up = False

    # ------------------------------------------------------------------ input
    def on_input(self, event: pygame.event.Event) -> bool:
        if is_quit(event):
            return True
        if event.type == pygame.KEYDOWN and event.key == pygame.K_F5:
            return True  # no reloading the pack from disk on a kiosk
        if event.type not in INPUT_EVENTS:
            return False
        now = self.clock()
        self.last_input = now
        if self.warning_since is not None or self.attract is not None:
            # the touch that wakes the screen does nothing else (nor does its release)
            self.warning_since = None
            self.attract = None
            self._swallow_up = event.type in POINTER_DOWN
            return True
        if self._swallow_up and event.type in (*POINTER_UP, pygame.MOUSEMOTION, pygame.FINGERMOTION):
            self._swallow_up = event.type not in POINTER_UP
            return True
        if event.type == pygame.KEYDOWN:
            mod = getattr(event, "mod", 0)
            if event.key == pygame.K_k and mod & pygame.KMOD_CTRL and mod & pygame.KMOD_ALT:
                self._facilitator()
                return True
            return False
        return self._corner(event, now)

    def _corner(self, event: pygame.event.Event, now: float) -> bool:
        pos = pointer_pos(event, self.app.screen.get_size())
        if pos is None:
            return False
        side = max(48, min(self.app.screen.get_size()) // 10)
        inside = pos[0] < side and pos[1] < side
        if event.type in POINTER_DOWN:
            self.press_since = now if inside else None
            if inside:
                self.taps = [t for t in self.taps if now - t <= TAP_WINDOW] + [now]
                if len(self.taps) >= CORNER_TAPS:
                    self._facilitator()
                    return True
            else:
                self.taps = []
        elif event.type in POINTER_UP:
            self.press_since = None
        # on the title the corner is kept for the facilitator (a tap there never reaches the screen)
        return inside and event.type in (*POINTER_DOWN, *POINTER_UP) and self._on_title()

    def _on_title(self) -> bool:
        return [s.name for s in self.app.stack] == ["title"]

    def _facilitator(self) -> None:
        self.taps, self.press_since = [], None
        if not any(s.name in KIOSK_SCENES for s in self.app.stack):
            self.app.later(self.open_facilitator)

    # ------------------------------------------------------------------ time
    def idle_limit(self) -> float | None:
        """Seconds without input allowed on the current screen (None: the title, which never resets)."""
        names = [s.name for s in self.app.stack]
        idle = self.config.idle
        if self._on_title() or not names:
            return None
        if "puzzle" in names:
            return idle.puzzle
        if names[-1] in SURVEY_SCENES:
            return idle.survey
        return idle.timeout

    def on_frame(self, dt: float) -> bool:
        now = self.clock()
        if self.press_since is not None and now - self.press_since >= LONG_PRESS:
            self._facilitator()
        if self.app.shown != self._shown:  # a new screen counts as activity
            self._shown = self.app.shown
            if self.warning_since is None:
                self.last_input = now
        limit = self.idle_limit()
        idle = now - self.last_input
        if limit is None:
            self.warning_since = None
            return self._attract_frame(now, idle)
        self.attract = None
        if self.warning_since is None:
            if idle < limit:
                return False
            self.warning_since = now
            self._frame_due = 0.0
        if now - self.warning_since >= self.config.idle.warning:
            self.warning_since = None
            self.last_input = now
            self.reset_team("abandoned")
            self.attract = Attract(self.app.ctx, self.config, now)
            return True
        return self._tick(now)

    def _attract_frame(self, now: float, idle: float) -> bool:
        if self.attract is None:
            if idle < self.config.idle.attract_after:
                return False
            self._frame_due = 0.0
            self.attract = Attract(self.app.ctx, self.config, now)
        return self._tick(now)

    def _tick(self, now: float) -> bool:
        """True at most ATTRACT_FPS times a second (the countdown and the attract loop move gently)."""
        if now < self._frame_due:
            return False
        self._frame_due = now + 1 / ATTRACT_FPS
        return True

    def seconds_left(self) -> int | None:
        """Whole seconds left on the visible countdown (None when it is not showing)."""
        if self.warning_since is None:
            return None
        return max(0, int(self.config.idle.warning - (self.clock() - self.warning_since) + 0.999))

    # ------------------------------------------------------------------ drawing
    def draw_over(self, surface: pygame.Surface) -> None:
        if self.attract is not None:
            self.attract.draw(surface, self.clock())
            return
        left = self.seconds_left()
        if left is not None:
            draw_warning(self.app.ctx, surface, left)
