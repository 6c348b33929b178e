"""The room's top bar: the room's name, the rumours busted, the clock and Pause, each as wide as its words need
in the players' language and text size (the name takes what is left, on two lines when it must)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

import pygame

if TYPE_CHECKING:
    from rumours_game.engine import GameState
    from rumours_game.ui.scene import Scene
    from rumours_game.ui.widgets import Button


class BarWidths(NamedTuple):
    """The busted text, and the real widths of Pause, the clock, the busted text and the room's name."""

    busted: str
    pause_w: int
    clock_w: int
    busted_w: int
    name_w: int


def bar_widths(scene: Scene, state: GameState) -> BarWidths:
    """How wide each part of the bar is for ``state`` (the name gets the rest of the stage's width)."""
    ctx, stage, gap = scene.ctx, scene.ctx.stage, scene.ctx.px(10)
    busted = ctx.t("room.busted", n=len(state.busted), total=len(ctx.pack.rumours))
    pause_w = scene.label_width(ctx.t("room.pause"), 20)
    clock_w = scene.label_width("⚠ " + ctx.t("room.time_left", time="00:00"), 22) - ctx.px(24)
    busted_w = scene.label_width(busted, 20, bold=False) - ctx.px(24)
    name_w = stage.w - ctx.px(56) - pause_w - clock_w - busted_w - 6 * gap
    return BarWidths(busted, pause_w, clock_w, busted_w, name_w)


def bar_height(scene: Scene, state: GameState, base_h: int) -> int:
    """The bar's logical height: ``base_h`` grown with large text, and with a room name that needs two lines."""
    ctx = scene.ctx
    name = ctx.tr(ctx.pack.room(state.room).name)
    need = scene.text_height(name, bar_widths(scene, state).name_w, 24, bold=True) / ctx.layout.scale
    return max(round(base_h * ctx.text_scale), -int(-need // 1) + 10)


def top_bar(
    scene: Scene, state: GameState, height: int, on_pause: Callable[[], None]
) -> tuple[Button, pygame.Rect]:
    """Lay out the bar ``height`` logical pixels high on the scene: Pause (calling ``on_pause``), the busted
    text and the room's name; returns the Pause button and where the clock goes."""
    ctx, pal, stage = scene.ctx, scene.ctx.theme, scene.ctx.stage
    gap, y, h = ctx.px(10), stage.y + ctx.px(4), ctx.px(height - 8)
    busted, pause_w, clock_w, busted_w, _ = bar_widths(scene, state)
    pause = scene.button(
        pygame.Rect(stage.right - gap - pause_w, y + ctx.px(1), pause_w, min(h - ctx.px(2), ctx.px(54))),
        ctx.t("room.pause"),
        on_pause,
        size=20,
        key="pause",
    )
    clock_rect = pygame.Rect(pause.rect.x - 2 * gap - clock_w, y, clock_w, h)
    busted_rect = pygame.Rect(clock_rect.x - 2 * gap - busted_w, y, busted_w, h)
    scene.write(busted, busted_rect, 20, colour=pal.muted, valign="center")
    left = stage.x + ctx.px(56)
    name = ctx.tr(ctx.pack.room(state.room).name)
    scene.write(name, pygame.Rect(left, y, busted_rect.x - gap - left, h), 24, bold=True, valign="center")
    return pause, clock_rect
