"""A screen over the game that dims what lies under it and closes with its Close button or Escape."""

from __future__ import annotations

import pygame

from rumours_game.ui.scene import Scene
from rumours_game.ui.widgets import Button


class Overlay(Scene):
    """Close-ups, the bag and an item's card: shown over the room or puzzle, closed by Close or Escape."""

    opaque = False

    def make_static(self) -> pygame.Surface:
        return self.shade_layer()

    def close_button(self, rect: pygame.Rect, kind: str = "normal") -> Button:
        """The Close button (28 px words) in ``rect``."""
        self.close = self.button(
            rect, self.ctx.t("item.close"), self.close_it, kind=kind, size=28, key="close"
        )
        return self.close

    def close_it(self) -> None:
        assert self.app is not None
        self.app.pop()

    def on_escape(self) -> bool:
        self.close_it()
        return True
