"""Close-ups in the puzzle view: the object a puzzle is about, and the team's bag, read without leaving."""

from __future__ import annotations

import pygame

from rumours_game.pack.models import Hotspot
from rumours_game.ui.context import UiContext
from rumours_game.ui.scenes.inventory import Inventory, ItemScene
from rumours_game.ui.scenes.overlay import Overlay
from rumours_game.ui.scenes.room_picture import draw_texts

MARGIN = 0.15
"""How much of the room picture around the object its default close-up shows (a fraction of its size)."""


def host_of(ctx: UiContext, puzzle_id: str) -> Hotspot | None:
    """The object in the current room that opens this puzzle."""
    room = ctx.pack.room(ctx.state.room)
    return next((h for h in room.objects if h.puzzle == puzzle_id), None)


def closeup(
    ctx: UiContext, spot: Hotspot, room_background: str | None, size: tuple[int, int]
) -> pygame.Surface | None:
    """The object's own close-up picture, else its part of the room picture (with the room's words in the
    player's language), scaled to fit ``size``; made once per size and language and kept in the app's
    picture cache (callers blit it, never draw on it)."""
    key = ("closeup", str(ctx.pack_path), spot.id, spot.image, room_background, size, ctx.lang)
    found = ctx.surfaces.find(key)
    if found is None:
        found = _closeup(ctx, spot, room_background, size)
        if found is not None:
            ctx.surfaces.put(key, found)
    return found


def _closeup(
    ctx: UiContext, spot: Hotspot, room_background: str | None, size: tuple[int, int]
) -> pygame.Surface | None:
    if spot.image:
        picture = ctx.assets.image(spot.image)
    elif room_background:
        art = ctx.assets.image(room_background).copy()
        draw_texts(ctx, art, art.get_rect(), ctx.pack.room(ctx.state.room).texts)
        w, h = art.get_size()
        r = spot.rect
        mx, my = r.w * MARGIN, r.h * MARGIN
        crop = pygame.Rect(
            round((r.x - mx) * w), round((r.y - my) * h), round((r.w + 2 * mx) * w), round((r.h + 2 * my) * h)
        )
        crop = crop.clip(art.get_rect())
        if crop.w < 2 or crop.h < 2:
            return None
        picture = art.subsurface(crop)
    else:
        return None
    pw, ph = picture.get_size()
    scale = min(size[0] / pw, size[1] / ph)
    return pygame.transform.smoothscale(picture, (max(1, round(pw * scale)), max(1, round(ph * scale))))


class CloseupScene(Overlay):
    """The object's close-up as large as the screen allows, over the puzzle (Close or Escape)."""

    name = "closeup"

    def __init__(self, ctx: UiContext, spot: Hotspot) -> None:
        super().__init__(ctx)
        self.spot = spot

    def layout(self) -> None:
        ctx = self.ctx
        area = ctx.rect(40, 20, 1200, 580)
        room = ctx.pack.room(ctx.state.room)
        picture = closeup(ctx, self.spot, room.background, area.size)
        if picture is not None:
            self.canvas.blit(picture, picture.get_rect(center=area.center))
        self.close_button(ctx.rect(490, 616, 300, 88), kind="primary")

    def default_focus(self):
        return self.close


class BagScene(Overlay):
    """The team's items over the puzzle: touch one to read it close up (reading only: no Use here)."""

    name = "bag"

    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        self.inventory = Inventory()

    def layout(self) -> None:
        ctx = self.ctx
        box = ctx.rect(390, 30, 500, 660)
        self.panel(box, 250)
        self.write(ctx.t("room.inventory"), ctx.rect(410, 40, 460, 44), 28, bold=True, align="center")
        held = list(ctx.state.inventory)
        if not held:
            self.write(ctx.t("room.inventory_empty"), ctx.rect(420, 100, 440, 120), 22, align="center")
        self.items = self.inventory.build(self, (440, 92, 400, 480), held, self.read)
        self.close_button(ctx.rect(490, 590, 300, 84), kind="primary")

    def read(self, item_id: str) -> None:
        assert self.app is not None
        self.app.push(ItemScene(self.ctx, item_id))

    def default_focus(self):
        return next(iter(self.items.values()), self.close)
