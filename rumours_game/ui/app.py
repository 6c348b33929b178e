"""The app: window, 60 FPS loop, scene stack, input translation, resize, reload (F5) and mute (F8)."""

from __future__ import annotations

import gc
import io
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

import pygame

from rumours_game.atomic import atomic_file
from rumours_game.engine import Action, Event
from rumours_game.pack.models import Pack
from rumours_game.ui.assets import AssetCache
from rumours_game.ui.audio import Audio
from rumours_game.ui.context import UiContext
from rumours_game.ui.flow import Flow
from rumours_game.ui.layout import Layout
from rumours_game.ui.scene import Scene

FPS = 60
GUI_SETTLE = 0.3
"""Seconds a scene with pygame_gui elements keeps redrawing after input (hover looks, handle drags settle)."""
RELOAD_KEY = pygame.K_F5
MUTE_KEY = pygame.K_F8
POINTER_EVENTS = (pygame.MOUSEMOTION, pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP, pygame.MOUSEWHEEL)
PRESS_EVENTS = (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP, pygame.KEYDOWN)
"""Input a scene's ``input_guard`` holds back (pointer motion and the wheel always pass)."""
CLEAR_SCENE_EVENTS = (
    pygame.WINDOWEXPOSED,
    pygame.WINDOWRESTORED,
    pygame.WINDOWFOCUSGAINED,
    pygame.ACTIVEEVENT,
)


def touch_to_mouse(event: pygame.event.Event, size: tuple[int, int]) -> list[pygame.event.Event]:
    """Finger events as the mouse events scenes and widgets handle (a tap is a left click)."""
    pos = (int(event.x * size[0]), int(event.y * size[1]))
    if event.type == pygame.FINGERDOWN:
        return [
            pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0), touch=True),
            pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1, touch=True),
        ]
    if event.type == pygame.FINGERMOTION:
        rel = (int(event.dx * size[0]), int(event.dy * size[1]))
        return [pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=rel, buttons=(1, 0, 0), touch=True)]
    return [pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1, touch=True)]


class AppHook(Protocol):
    """Watches every raw input and frame of the app, before the scenes (the kiosk guard is one)."""

    def on_input(self, event: pygame.event.Event) -> bool:
        """True when the hook used ``event`` (the scenes never see it)."""
        ...

    def on_frame(self, dt: float) -> bool:
        """Called once per frame; True when the screen needs redrawing."""
        ...

    def draw_over(self, surface: pygame.Surface) -> None:
        """Draw over every scene."""
        ...


def save_png(surface: pygame.Surface, path: Path) -> None:
    """Write ``surface`` as a PNG through the atomic writer: a whole picture or none (never a 0-byte file),
    and ``OSError`` when the disk is full or the path is not a writable file."""
    buffer = io.BytesIO()
    pygame.image.save(surface, buffer, "screen.png")
    with atomic_file(path, "wb") as handle:
        handle.write(buffer.getvalue())


class App:
    """Runs the scene stack. The top scene gets input; opaque scenes hide the ones under them."""

    def __init__(
        self, ctx: UiContext, screen: pygame.Surface, flags: int = 0, seed: int | None = None
    ) -> None:
        self.ctx = ctx
        self.screen = screen
        self.flags = flags
        self.stack: list[Scene] = []
        self.running = True
        self.dirty = True
        self.shown = 0
        """Counts scene changes (a new top scene); the headless driver screenshots each one."""
        self.frames_drawn = 0
        self._gui_settle = 0.0
        self.after_dispatch: list[Callable[[Action, list[Event]], None]] = []
        self.hooks: list[AppHook] = []
        self._later: list[Callable[[], None]] = []
        self.packs: list[tuple[Path, Pack]] = [(ctx.pack_path, ctx.pack)]
        """Every pack this app offers (``rumours play A B``, a kiosk's packs); the one played is ``pack_index``."""
        self.pack_index = 0
        self._released = False
        ctx.after_dispatch.append(self._dispatched)
        self.flow = Flow(self, seed)
        """Moves between screens; ``seed`` fixes the survey order and the game's seed (tests, walkthroughs)."""

    # ------------------------------------------------------------------ the stack
    @property
    def top(self) -> Scene | None:
        return self.stack[-1] if self.stack else None

    def _manager(self, scene: Scene):
        if not scene.uses_gui:
            return None
        from rumours_game.ui.gui import make_manager

        return make_manager(self.ctx)

    def _enter(self, scene: Scene) -> None:
        scene.attach(self)
        scene.shown_for = 0.0
        scene.covered = False
        if scene.opaque and self.stack:
            self._hide_under(len(self.stack))  # their layers go before the new screen takes one
        scene.build(self._manager(scene))
        self.stack.append(scene)
        self._show_uncovered()
        self.shown += 1
        self.dirty = True
        self._gui_settle = GUI_SETTLE

    def changed(self) -> None:
        """The top scene now shows a different page (counts as a new screen for screenshots)."""
        self.shown += 1
        self.dirty = True
        self._gui_settle = GUI_SETTLE

    def push(self, scene: Scene) -> None:
        """Show ``scene`` on top (overlays keep the scene under them)."""
        self._enter(scene)

    def pop(self) -> None:
        """Close the top scene and return to the one under it."""
        if self.stack:
            self._release(self.stack.pop())
            self.shown += 1
            self.dirty = True
        if self.stack:
            self._show_uncovered()
            self.stack[-1].on_resume()

    def _first_visible(self) -> int:
        """The index of the lowest scene drawn (the top opaque one; overlays above it show it through)."""
        return max((i for i, s in enumerate(self.stack) if s.opaque), default=0)

    def _hide_under(self, end: int) -> None:
        """Scenes below ``end`` are hidden by an opaque one: they give their layers back (``Scene.cover``)."""
        for scene in self.stack[:end]:
            if not scene.covered:
                scene.cover()

    def _show_uncovered(self) -> None:
        """Scenes shown again after the opaque one above them closed are built again."""
        for scene in self.stack[self._first_visible() :]:
            if scene.covered:
                scene.covered = False
                scene.build(self._manager(scene))

    def replace(self, scene: Scene) -> None:
        """Swap the top scene for ``scene``."""
        if self.stack:
            self._release(self.stack.pop())
        self._enter(scene)

    def reset(self, scene: Scene) -> None:
        """Drop every scene and show ``scene`` alone."""
        while self.stack:
            self._release(self.stack.pop())
        self._enter(scene)

    def rebuild(self) -> None:
        """Build every scene shown again (new size, language, text size, contrast or pack); covered scenes
        are built when they show again."""
        for scene in self.stack:
            if scene.covered:
                continue
            scene.leave()
            scene.build(self._manager(scene))
        self.dirty = True
        self._gui_settle = GUI_SETTLE

    def reload(self) -> bool:
        """Load the pack again from disk and show it (F5, or Retry on the pack error screen)."""
        from rumours_game.ui.reload import reload_pack

        return reload_pack(self)

    def choose_pack(self, index: int) -> None:
        """Play pack ``index`` of :attr:`packs` (counted round) from now on: its texts, pictures and sounds, and
        its default language when it lacks the current one. The caller shows it: the title lays itself out
        again, the kiosk starts the next team."""
        self.pack_index = index % len(self.packs)
        path, pack = self.packs[self.pack_index]
        ctx = self.ctx
        ctx.pack, ctx.pack_path = pack, path
        ctx.surfaces.clear()
        ctx.assets = AssetCache(path, ctx.surfaces)
        ctx.audio = Audio(ctx.assets.read, muted=ctx.settings.muted)
        if ctx.lang not in pack.languages:
            ctx.lang = pack.default_language

    # ------------------------------------------------------------------ settings
    def resize(self, size: tuple[int, int]) -> None:
        """Adapt to a new window size: new layout, images rescaled once, scenes rebuilt."""
        size = (max(320, size[0]), max(240, size[1]))
        if self.screen.get_size() != size:
            self.screen = pygame.display.set_mode(size, self.flags)
        self.ctx.layout = Layout(self.screen.get_size())
        self.ctx.window_changed()
        self.rebuild()

    def set_muted(self, muted: bool) -> None:
        """Sound off or on (kept in the settings)."""
        self.ctx.settings.muted = muted
        self.ctx.audio.set_muted(muted)
        self.rebuild()

    def toggle_sound(self) -> None:
        """Sound off when on, on when off."""
        self.set_muted(not self.ctx.settings.muted)

    def toggle_large_text(self) -> None:
        """Large text on or off; every screen is laid out again."""
        self.ctx.settings.large_text = not self.ctx.settings.large_text
        self.rebuild()

    def toggle_contrast(self) -> None:
        """The high-contrast theme on or off."""
        self.ctx.settings.high_contrast = not self.ctx.settings.high_contrast
        self.rebuild()

    # ------------------------------------------------------------------ engine actions
    def later(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the current input has been handled (e.g. to change scenes)."""
        self._later.append(callback)

    def _run_later(self) -> None:
        while self._later:
            self._later.pop(0)()
            self.dirty = True

    def _dispatched(self, action: Action, events: list[Event]) -> None:
        if self.top is not None:
            self.top.on_events(events)
        for hook in list(self.after_dispatch):
            hook(action, events)
        self.dirty = True

    # ------------------------------------------------------------------ frames
    def _translate(self, event: pygame.event.Event) -> list[pygame.event.Event]:
        if event.type in POINTER_EVENTS and getattr(event, "touch", False):
            return []  # SDL's own mouse copy of a finger event: the finger event itself is used instead
        if event.type in (pygame.FINGERDOWN, pygame.FINGERMOTION, pygame.FINGERUP):
            return touch_to_mouse(event, self.screen.get_size())
        return [event]

    def handle(self, event: pygame.event.Event) -> None:
        """One raw input event: hooks first, global keys and window events here, the rest to the top scene."""
        if any(hook.on_input(event) for hook in self.hooks):
            self.dirty = True
            return
        if event.type == pygame.QUIT:
            self.running = False
            return
        if event.type == pygame.VIDEORESIZE:
            self.resize(event.size)
            return
        if event.type in CLEAR_SCENE_EVENTS:
            self.dirty = True
            return
        if event.type == pygame.KEYDOWN and event.key == RELOAD_KEY:
            self.reload()
            return
        if event.type == pygame.KEYDOWN and event.key == MUTE_KEY:
            self.set_muted(not self.ctx.settings.muted)
            return
        for ev in self._translate(event):
            if self.top is not None:
                if ev.type in PRESS_EVENTS and self.top.input_wait > 0:
                    continue  # the screen has only just appeared: this press was meant for the last one
                self.top.handle_event(ev)
                self.dirty = True
                self._gui_settle = GUI_SETTLE

    def _release(self, scene: Scene) -> None:
        """A scene left for good: its layers go now, the scene itself at the end of the frame."""
        scene.release()
        self._released = True

    def _collect(self) -> None:
        """Free the screens left this frame (buttons' callbacks hold them in reference cycles, and each
        holds megabytes of pictures at 4K that Python's collector would otherwise keep for a long time)."""
        if self._released:
            self._released = False
            gc.collect()

    def frame(self, dt: float, events: list[pygame.event.Event] | None = None) -> bool:
        """One frame: input, update, and a redraw only when something changed. True when it drew."""
        try:
            return self._frame(dt, events)
        finally:
            self._collect()

    def _frame(self, dt: float, events: list[pygame.event.Event] | None) -> bool:
        if self.top is not None:
            self.top.shown_for += dt
        for event in pygame.event.get() if events is None else events:
            self.handle(event)
            self._run_later()
            if not self.running:
                return False
        for hook in self.hooks:
            if hook.on_frame(dt):
                self.dirty = True
        self._run_later()
        top = self.top
        if top is None:
            self.running = False
            return False
        if top.update(dt):
            self.dirty = True
        self._run_later()
        top = self.top
        if top is None:
            return False
        if top.manager is not None:
            top.manager.update(dt)
            if self._gui_settle > 0:
                self._gui_settle -= dt
                self.dirty = True
        if not self.dirty:
            return False
        self.draw()
        pygame.display.flip()
        return True

    def draw(self, surface: pygame.Surface | None = None) -> None:
        """Draw the visible scenes bottom to top."""
        surface = surface or self.screen
        for scene in self.stack[self._first_visible() :]:
            scene.draw(surface)
            if scene.manager is not None:
                scene.manager.draw_ui(surface)
            scene.draw_over(surface)
        for hook in self.hooks:
            hook.draw_over(surface)
        self.dirty = False
        self.frames_drawn += 1

    def run(self) -> int:
        """The interactive loop, capped at 60 frames per second, until the window closes."""
        clock = pygame.time.Clock()
        while self.running:
            dt = clock.tick(FPS) / 1000.0
            self.frame(min(dt, 0.25))
        return 0

    def screenshot(self, path: Path) -> None:
        """Save what the window shows now as a PNG (``OSError`` when it cannot be written)."""
        self.draw()
        save_png(self.screen, path)
