"""pygame_gui managers themed like the shell (fonts, palette, scale), for scenes that host gui widgets."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame_gui

from rumours_game.ui.theme import gui_theme

if TYPE_CHECKING:
    from rumours_game.ui.context import UiContext


def make_manager(ctx: UiContext) -> pygame_gui.UIManager:
    """A UIManager for the current window size, palette and text size, with DejaVu Sans as its font."""
    font_px = ctx.font_px(22)
    manager = pygame_gui.UIManager(
        ctx.screen_rect.size, gui_theme(ctx.theme, font_px, ctx.px(2)), enable_live_theme_updates=False
    )
    return manager
