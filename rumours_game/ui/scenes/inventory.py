"""The inventory: a paged column of item tiles, and the close-up that shows one item (look, then use).

Touching an item opens its close-up (picture, name, description); only the close-up's Use button puts the
item in hand. Reading never selects, so the next touch in the room is never an accidental "use".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

import pygame

from rumours_game.ui.context import UiContext
from rumours_game.ui.layout import row
from rumours_game.ui.scene import Scene
from rumours_game.ui.scenes.overlay import Overlay
from rumours_game.ui.widgets import Button

TILE_H = 110
"""Logical height of an item tile: an icon over a name of up to two lines at 18 px."""
PAGER_H = 52
LABEL_SIZE = 18


@dataclass
class Inventory:
    """The item tiles a scene shows in ``area`` (logical pixels), a page at a time."""

    page: int = 0

    def per_page(self, area_h: int, count: int, scale: float = 1.0) -> int:
        """How many tiles fit; a row for the page buttons is kept when they do not all fit (``scale``: the
        text scale, by which tiles grow with large text)."""
        tile, pager = round(TILE_H * scale), round(PAGER_H * scale)
        fits = max(1, (area_h + 6) // (tile + 6))
        if count <= fits:
            return fits
        return max(1, (area_h - pager + 6) // (tile + 6))

    def build(
        self,
        scene: Scene,
        area: tuple[int, int, int, int],
        held: list[str],
        on_item: Callable[[str], None],
        selected: str | None = None,
    ) -> dict[str, Button]:
        """Create the tiles of the current page (and the page buttons); returns the tiles by item id."""
        ctx = scene.ctx
        x, y, w, h = area
        per = self.per_page(h, len(held), ctx.text_scale)
        tile, pager = round(TILE_H * ctx.text_scale), round(PAGER_H * ctx.text_scale)
        pages = max(1, -(-len(held) // per))
        if selected in held:
            self.page = held.index(selected) // per
        self.page = min(self.page, pages - 1)
        tiles: dict[str, Button] = {}
        for i, item_id in enumerate(held[self.page * per : (self.page + 1) * per]):
            item = ctx.pack.item(item_id)
            icon = ctx.assets.image(item.icon) if item.icon else None
            tiles[item_id] = scene.button(
                ctx.rect(x, y + i * (tile + 6), w, tile),
                ctx.tr(item.name),
                partial(on_item, item_id),
                size=LABEL_SIZE,
                selected=item_id == selected,
                key=f"item-{item_id}",
                icon=icon,
            )
        if pages > 1:
            bar = ctx.rect(x, y + h - pager + 4, w, pager - 4)
            prev_r, label_r, next_r = row(bar, 3, ctx.px(4))
            scene.button(
                prev_r, "◀", lambda: self.turn(scene, -1), size=22, enabled=self.page > 0, key="items-prev"
            )
            scene.write(
                f"{self.page + 1}/{pages}", label_r, LABEL_SIZE, bold=True, align="center", valign="center"
            )
            scene.button(
                next_r,
                "▶",
                lambda: self.turn(scene, 1),
                size=22,
                enabled=self.page < pages - 1,
                key="items-next",
            )
        return tiles

    def turn(self, scene: Scene, delta: int) -> None:
        """Show the previous or next page."""
        self.page = max(0, self.page + delta)
        scene.build(scene.manager)
        if scene.app is not None:
            scene.app.dirty = True


class ItemScene(Overlay):
    """One item close up: its picture, name and description, with Use (when it can be used here) and Close."""

    name = "item"

    def __init__(self, ctx: UiContext, item_id: str, on_use: Callable[[str], None] | None = None) -> None:
        super().__init__(ctx)
        self.item_id = item_id
        self.on_use = on_use

    def layout(self) -> None:
        ctx = self.ctx
        item = ctx.pack.item(self.item_id)
        box = ctx.rect(140, 90, 1000, 540)
        self.panel(box, 250)
        pad = ctx.px(28)
        inner = box.inflate(-2 * pad, -2 * pad)
        pic = pygame.Rect(inner.x, inner.y, ctx.px(260), ctx.px(260))
        if item.icon:
            self.canvas.blit(ctx.assets.image(item.icon, pic.size), pic)
        text_x = pic.right + ctx.px(28)
        text_w = inner.right - text_x
        self.write(ctx.tr(item.name), pygame.Rect(text_x, inner.y, text_w, ctx.px(60)), 34, bold=True)
        body = pygame.Rect(text_x, inner.y + ctx.px(72), text_w, inner.h - ctx.px(72) - ctx.px(104))
        self.write(ctx.tr(item.description), body, 24)
        buttons = pygame.Rect(inner.x, inner.bottom - ctx.px(84), inner.w, ctx.px(84))
        count = 2 if self.on_use is not None else 1
        rects = row(buttons, count, ctx.px(20))
        if self.on_use is not None:
            self.use = self.button(
                rects[0], ctx.t("item.use"), self.use_it, kind="primary", size=28, key="use"
            )
        self.close_button(rects[-1])

    def default_focus(self) -> Button:
        return self.buttons[0]

    def use_it(self) -> None:
        """Put the item in hand: the next touch in the room uses it there."""
        on_use = self.on_use
        self.close_it()
        if on_use is not None:
            on_use(self.item_id)
