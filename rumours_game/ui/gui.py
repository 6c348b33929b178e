"""pygame_gui managers themed like the shell (DejaVu Sans, palette, scale), for scenes that host gui elements."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame
import pygame_gui

from rumours_game.ui.theme import gui_theme

if TYPE_CHECKING:
    from rumours_game.ui.context import UiContext

POINTER_EVENTS = (pygame.MOUSEMOTION, pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP)


class GuiManager(pygame_gui.UIManager):
    """A UIManager whose pointer is where the last pointer event it saw says.

    pygame_gui reads the system mouse for hovering and for dragging a scroll bar's handle; the app turns
    finger events into mouse events of its own, so the pointer follows those events instead (the same
    for a mouse, a finger, or events posted by tests and the headless driver).
    """

    def __init__(self, size: tuple[int, int], theme: dict) -> None:
        super().__init__(size, theme, enable_live_theme_updates=False)
        self._pointer = (-1, -1)

    def process_events(self, event: pygame.event.Event) -> bool:
        if event.type in POINTER_EVENTS:
            self._pointer = event.pos
        return bool(super().process_events(event))

    def get_mouse_position(self) -> tuple[int, int]:
        return self.calculate_scaled_mouse_position(self._pointer)


def make_manager(ctx: UiContext) -> GuiManager:
    """A manager for the current window size, palette and text size, with DejaVu Sans as its font."""
    return GuiManager(ctx.screen_rect.size, gui_theme(ctx.theme, ctx.font_px(24), max(1, ctx.px(2))))
