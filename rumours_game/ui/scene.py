"""The scene base class: one screen of the game, built for the current window size and language."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Unpack

import pygame

from rumours_game.ui import draw as drawing
from rumours_game.ui.focus import ARROWS, Focusable, FocusRing
from rumours_game.ui.text import text_block, text_height
from rumours_game.ui.widgets import Button, ButtonStyle

if TYPE_CHECKING:
    from rumours_game.ui.context import UiContext
    from rumours_game.ui.gui import GuiManager
    from rumours_game.ui.host import SceneHost
    from rumours_game.ui.scrolltext import Rich, ScrollText


class Scene:
    """One screen. Subclasses implement ``layout()`` (create buttons and static texts) and actions.

    Frames: ``handle_event`` for each input, ``update(dt)``, then ``draw`` (under the gui) and
    ``draw_over`` (over it) only when something changed. ``opaque = False`` scenes are overlays.
    Scenes that show long texts (``self.scroll_text``) set ``uses_gui = True`` to get a pygame_gui manager.
    """

    name = "scene"
    opaque = True
    uses_gui = False
    input_guard = 0.0
    """Seconds after the scene appears during which presses (clicks, taps, keys) are ignored, so that a
    double tap or a bounce meant for the previous screen does nothing here (the app counts the time)."""
    strict_focus = False
    """When True, Enter and Space choose only where the focus outline is visible (survey answers)."""

    def __init__(self, ctx: UiContext) -> None:
        self.ctx = ctx
        self._host: SceneHost | None = None
        self.manager: GuiManager | None = None
        self.buttons: list[Button] = []
        self.texts: list[ScrollText] = []
        self.panels: list[pygame.Rect] = []
        self.focus: FocusRing[Focusable] = FocusRing(self.strict_focus)
        self.static: pygame.Surface | None = None
        """The unchanging layer (window-sized, lent by ``ctx.layers``; None for a scene that draws none)."""
        self.covered = False
        """An opaque screen above hides this one: its layers are given back until it shows again."""
        self.shown_for = 0.0
        """Seconds of frames since the scene was shown (counted by the app)."""

    @property
    def app(self) -> SceneHost:
        """The app showing this scene, which the scene asks for everything beyond drawing itself (see
        :mod:`rumours_game.ui.host`). Set when the scene is first shown."""
        if self._host is None:
            raise RuntimeError(f"the '{self.name}' scene is not shown by an app yet")
        return self._host

    def attach(self, host: SceneHost) -> None:
        """Called by the app when it shows this scene."""
        self._host = host

    @property
    def input_wait(self) -> float:
        """Seconds left before the scene accepts presses (see ``input_guard``)."""
        return max(0.0, self.input_guard - self.shown_for)

    # ------------------------------------------------------------------ building
    def build(self, manager: GuiManager | None) -> None:
        """(Re)create everything for the current size, language and settings."""
        self.manager = manager
        prefer_key = getattr(self.focus.current, "key", None)
        self.buttons = []
        self._drop_texts()
        self.panels = []
        self.ctx.layers.give(self.static)  # the old layer goes back first, so the new one can be the same
        self.static = None
        self.static = self.make_static()
        self.layout()
        order = self.focus_order()
        prefer = next((b for b in order if getattr(b, "key", None) == prefer_key), None)
        self.focus.set_items(order, prefer or self.default_focus())

    def _drop_texts(self) -> None:
        """Remove the long texts' boxes; their pictures go at once (``scrolltext``), before new ones are made."""
        for text in self.texts:
            text.box.kill()
        self.texts = []

    def make_static(self) -> pygame.Surface | None:
        """The unchanging background layer (the menu backdrop by default; None for overlays)."""
        if not self.opaque:
            return None
        layer = self.layer()
        self.ctx.draw_backdrop(layer)
        return layer

    def layer(self, alpha: bool = False) -> pygame.Surface:
        """A window-sized layer for :meth:`make_static`, lent by the app (its old pixels are still on it)."""
        return self.ctx.layers.take(self.ctx.screen_rect.size, alpha)

    def shade_layer(self) -> pygame.Surface:
        """A window-sized translucent black layer that dims the screens under an overlay."""
        return drawing.shade(self.ctx.screen_rect.size, self.ctx.theme.shade_alpha, self.layer(alpha=True))

    def layout(self) -> None:
        """Create buttons and draw static texts onto ``self.static``."""

    def default_focus(self) -> Focusable | None:
        """The item keyboard focus starts on."""
        return None

    def focus_order(self) -> list[Focusable]:
        """Focusable items in Tab order: long texts that scroll, then the buttons."""
        return [*self.texts, *self.buttons]

    def label_width(self, text: str, size: float, bold: bool = True) -> int:
        """How wide a button must be (real pixels) to show ``text`` on one line at logical ``size`` (the
        readable minimum applied), so layouts give labels room instead of shrinking them."""
        ctx = self.ctx
        px = ctx.font_px(size)
        return ctx.font_real(max(px, ctx.floor_px(px)), bold).size(text)[0] + ctx.px(32)

    def text_height(self, text: str, width: int, size: float, bold: bool = False) -> int:
        """How tall (real pixels) ``text`` is in ``width``: one line at logical ``size`` when it fits so,
        else wrapped at the readable minimum."""
        return text_height(self.ctx, text, width, self.ctx.font_px(size), bold)

    def button(
        self, rect: pygame.Rect, text: str, on_click: Callable[[], None], **style: Unpack[ButtonStyle]
    ) -> Button:
        """Create a button that calls ``on_click()`` when activated and register it with the scene."""
        b = Button(self.ctx, rect, text, on_click, **style)
        self.buttons.append(b)
        return b

    def write(
        self,
        text: str,
        rect: pygame.Rect,
        size: float,
        bold: bool = False,
        colour: tuple[int, int, int] | None = None,
        align: str = "left",
        valign: str = "top",
    ) -> pygame.Rect:
        """Draw ``text`` wrapped and fitted into ``rect`` on the static layer; returns where it landed."""
        surface, dest = text_block(
            self.ctx,
            text,
            rect,
            self.ctx.font_px(size),
            colour or self.ctx.theme.text,
            bold,
            align,
            valign,
        )
        self.blit(surface, dest)
        return dest

    @property
    def canvas(self) -> pygame.Surface:
        """The static layer of a scene that has one (opaque scenes; overlays that make their own)."""
        if self.static is None:
            raise RuntimeError(f"the '{self.name}' scene has no static layer to draw on")
        return self.static

    def blit(self, surface: pygame.Surface, dest: pygame.Rect | tuple[int, int]) -> None:
        """Draw ``surface`` onto the static layer (a scene without one draws nothing)."""
        if self.static is not None:
            self.static.blit(surface, dest)

    def rich(self) -> Rich:
        """Markup for :meth:`scroll_text` in this scene's language, sizes and palette."""
        from rumours_game.ui.scrolltext import Rich  # pygame_gui is imported by the first scene using it

        return Rich(self.ctx)

    def scroll_text(self, rect: pygame.Rect, rich: Rich, key: str) -> ScrollText:
        """A long text at its intended size in ``rect``, scrolling when it does not fit (needs ``uses_gui``)."""
        from rumours_game.ui.scrolltext import ScrollText

        assert self.manager is not None, f"{type(self).__name__} shows long texts: set uses_gui = True"
        text = ScrollText(self.ctx, self.manager, rect, rich, key)
        self.texts.append(text)
        return text

    def panel(self, rect: pygame.Rect, alpha: int = 235) -> None:
        """A rounded panel on the static layer (its rectangle is kept in ``self.panels``)."""
        self.panels.append(pygame.Rect(rect))
        if self.static is not None:
            drawing.panel(self.static, rect, self.ctx.theme, self.ctx.px(16), self.ctx.px(2), alpha)

    # ------------------------------------------------------------------ frames
    def handle_event(self, event: pygame.event.Event) -> bool:
        """Scrolling texts, buttons, keyboard focus, then the gui; Escape calls ``on_escape``."""
        if self.texts and self._scroll(event):
            return True
        for b in list(self.buttons):
            if b.handle_event(event):
                self.focus.visible = False
                return True
        if self.focus.handle_event(event):
            return True
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            return self.on_escape()
        if self.manager is not None:
            return bool(self.manager.process_events(event))
        return False

    def _scroll(self, event: pygame.event.Event) -> bool:
        """Wheel, drag and keys for the long texts (the focused one, the one under the pointer, or the first
        that scrolls)."""
        current = self.focus.current if self.focus.visible else None
        focused = next((t for t in self.texts if t is current), None)
        if event.type == pygame.KEYDOWN:
            target = focused or next((t for t in self.texts if t.enabled), None)
            if target is None or (event.key in ARROWS and focused is None):
                return False
            return target.handle_key(event.key, focused is target)
        if event.type == pygame.MOUSEWHEEL:
            target = next((t for t in self.texts if t.hover and t.enabled), None)
            target = target or next((t for t in self.texts if t.enabled), None)
            return target is not None and target.handle_wheel(event)
        for text in self.texts:
            if text.handle_pointer(event):
                if event.type == pygame.MOUSEBUTTONDOWN:
                    self.focus.visible = False
                return True
        return False

    def on_escape(self) -> bool:
        """What Escape does here (nothing by default); True when handled."""
        return False

    def update(self, dt: float) -> bool:
        """Advance animations and clocks; True when the screen needs redrawing."""
        return False

    def draw(self, surface: pygame.Surface) -> None:
        """Draw under the gui: the static layer, then the buttons."""
        if self.static is not None:
            surface.blit(self.static, (0, 0))
        for b in self.buttons:
            b.draw(surface)

    def draw_over(self, surface: pygame.Surface) -> None:
        """Draw over the gui: the keyboard focus outline."""
        self.focus.draw(surface, self.ctx.theme.focus, self.ctx.px(3))

    def on_events(self, events: list) -> None:
        """Engine events after an action (see rumours_game.engine.events)."""

    def on_resume(self) -> None:
        """Called when the scene is on top again after the one above it closed."""

    def leave(self) -> None:
        """Called when the scene is removed or rebuilt: release gui elements and widgets."""
        if self.manager is not None:
            self.manager.clear_and_reset()

    def release(self) -> None:
        """The scene is gone for good: give its window-sized layer back and drop its buttons and gui manager
        now. (Buttons' callbacks hold the scene in reference cycles, which Python frees only at its next full
        collection; at 4K each screen's layers weigh tens of megabytes, and a game passes dozens of screens.)"""
        self.cover()
        self.buttons = []
        self.focus.set_items([])

    def cover(self) -> None:
        """An opaque screen now hides this one: give its layer back and drop its text boxes and gui manager
        until it shows again (the app builds it again then, as after a resize)."""
        self.leave()
        self._drop_texts()
        self.ctx.layers.give(self.static)
        self.static = None
        self.texts, self.panels = [], []
        self.manager = None
        self.covered = True
