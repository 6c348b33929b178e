"""The room's clock: the time left (or used) as m:ss, with a warning sign as well as colour when time runs low."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from rumours_game.engine import Clock
from rumours_game.ui.text import text_block

if TYPE_CHECKING:
    from rumours_game.ui.context import UiContext


def clock_text(seconds: float) -> str:
    """Seconds as m:ss."""
    seconds = max(0, int(seconds + 0.999))
    return f"{seconds // 60}:{seconds % 60:02d}"


HURRY_SIGN = "⚠ "


def clock_words(ctx: UiContext, now: Clock) -> str:
    """The clock's words: the time left (or used, in a game with no timer), behind a warning sign when time
    runs low (so the warning is never colour alone)."""
    if now.left is None:
        text = ctx.t("room.time_used", time=clock_text(now.used))
    else:
        text = ctx.t("room.time_left", time=clock_text(now.left))
    return HURRY_SIGN + text if now.hurry else text


class ClockLabel:
    """The clock's words in the room's top bar, drawn again only when they change (once a second)."""

    def __init__(self) -> None:
        self.text = ""
        self.image: pygame.Surface | None = None
        self.at = pygame.Rect(0, 0, 0, 0)

    def update(self, ctx: UiContext, now: Clock, rect: pygame.Rect) -> bool:
        """Show ``now`` in ``rect``; True when the words changed (the frame must be drawn again)."""
        text = clock_words(ctx, now)
        if text == self.text and self.image is not None:
            return False
        self.text = text
        colour = ctx.theme.bad if now.hurry else ctx.theme.text
        self.image, self.at = text_block(
            ctx,
            text,
            rect,
            ctx.font_px(22),
            colour,
            bold=True,
            align="right",
            valign="center",
        )
        return True

    def draw(self, surface: pygame.Surface) -> None:
        """Blit the clock (nothing before its first update)."""
        if self.image is not None:
            surface.blit(self.image, self.at)
