"""The room view: the room's picture with hotspots and exits, the inventory, the clock, hints and pause."""

from __future__ import annotations

from functools import partial

import pygame

from rumours_game.engine import (
    Access,
    Clock,
    Escape,
    Go,
    K,
    Look,
    Use,
    exits_here,
    overlays_shown,
    spot_puzzle,
    visible_objects,
)
from rumours_game.ui import draw as drawing
from rumours_game.ui.focus import Focusable
from rumours_game.ui.scene import Scene
from rumours_game.ui.scenes.hint import offer_guide
from rumours_game.ui.scenes.inventory import LABEL_SIZE, Inventory, ItemScene
from rumours_game.ui.scenes.room_bar import bar_height, top_bar
from rumours_game.ui.scenes.room_clock import ClockLabel
from rumours_game.ui.scenes.room_notes import note_box, room_note
from rumours_game.ui.scenes.room_picture import Spot, draw_texts, highlight, mark, name_label, place
from rumours_game.ui.widgets import Button

TOP_H = 48
SIDE_W = 200
STATUS_H = 42
"""The top bar's height, the inventory column's width and the status line's height in logical pixels
without large text (large text makes them as much bigger as the text, so labels keep their size)."""


class RoomScene(Scene):
    name = "room"

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.selected: str | None = None
        self.message: tuple[str, str] | None = None
        self.hover: Spot | None = None
        self.spots: list[Spot] = []
        self.items: dict[str, Button] = {}
        self.inventory = Inventory()
        self.clock = ClockLabel()

    # ------------------------------------------------------------------ layout
    @property
    def state(self):
        return self.ctx.state

    @property
    def top_h(self) -> int:
        """The top bar's logical height: taller with large text, and with a room name that needs two lines."""
        return bar_height(self, self.state, TOP_H)

    @property
    def side_w(self) -> int:
        """The inventory column's logical width: wider with large text, and for an item name's longest word
        (names wrap between words, never inside one)."""
        ctx = self.ctx
        words = [w for item in ctx.pack.items for w in ctx.tr(item.name).split()]
        longest = max((self.label_width(w, LABEL_SIZE) for w in words), default=0) / ctx.layout.scale
        return max(round(SIDE_W * ctx.text_scale), round(longest) + 20)

    @property
    def status_h(self) -> int:
        return round(STATUS_H * self.ctx.text_scale)

    def picture_rect(self, image_size: tuple[int, int] | None) -> pygame.Rect:
        """Where the room picture goes: as large as fits left of the inventory, its aspect kept."""
        area = self.ctx.rect(0, self.top_h, 1280 - self.side_w, 720 - self.top_h - self.status_h)
        if not image_size:
            return area
        iw, ih = image_size
        scale = min(area.w / iw, area.h / ih)
        rect = pygame.Rect(0, 0, round(iw * scale), round(ih * scale))
        rect.center = area.center
        return rect

    def make_static(self) -> pygame.Surface:
        ctx = self.ctx
        pal = ctx.theme
        surface = self.layer()
        surface.fill(pal.bg)
        room = ctx.pack.room(self.state.room)
        original = ctx.assets.image(room.background) if room.background else None
        self.picture = self.picture_rect(original.get_size() if original is not None else (16, 9))
        surface.blit(ctx.assets.image(room.background, self.picture.size), self.picture)
        self.art_words = draw_texts(ctx, surface, self.picture, room.texts)
        self.overlays = [
            (image, place(ctx, self.picture, spot.rect))
            for spot in visible_objects(ctx.pack, self.state)
            for image in overlays_shown(ctx.pack, self.state, spot)
        ]
        for image, where in self.overlays:
            surface.blit(ctx.assets.image(image, where.size), where)
        top = ctx.rect(0, 0, 1280, self.top_h)
        top.x, top.w = 0, ctx.screen_rect.w
        pygame.draw.rect(surface, pal.panel, top)
        side = ctx.rect(1280 - self.side_w, self.top_h, self.side_w, 720 - self.top_h)
        side.h = ctx.screen_rect.h - side.y
        pygame.draw.rect(surface, pal.panel, side)
        pygame.draw.line(surface, pal.panel_edge, side.topleft, side.bottomleft, ctx.px(2))
        return surface

    def layout(self) -> None:
        ctx = self.ctx
        pal = ctx.theme
        state = self.state
        pack = ctx.pack
        room = pack.room(state.room)
        ctx.audio.music(room.music)
        emblem = drawing.emblem(ctx.team.get("emblem", drawing.EMBLEMS[0]), ctx.px(34), pal.accent)
        self.canvas.blit(emblem, ctx.rect(10, 7, 34, 34))
        self.pause, self.clock_rect = top_bar(self, state, self.top_h, self.open_pause)
        self._make_spots()
        self._make_inventory()
        self.hint = self.button(
            ctx.rect(1280 - self.side_w + 10, 640, self.side_w - 20, 70),
            ctx.t("guide.title"),
            self.take_hint,
            size=22,
            key="hint",
        )
        self.status_rect = ctx.rect(12, 720 - self.status_h, 1280 - self.side_w - 24, self.status_h)
        if self.selected is not None and self.selected in state.inventory:
            status = ctx.t("room.selected", item=ctx.tr(pack.item(self.selected).name))
        else:
            self.selected = None
            status = ctx.t("room.how")
        self.write(status, self.status_rect, 19, colour=pal.muted, valign="center")
        self._make_message()
        self._update_clock()

    def _make_spots(self) -> None:
        ctx = self.ctx
        pack, state = ctx.pack, self.state
        pic = self.picture
        self.spots = []
        for spot in visible_objects(pack, state):
            self.spots.append(
                Spot(
                    f"spot-{spot.id}",
                    place(ctx, pic, spot.rect),
                    name_label(ctx, ctx.tr(spot.name)),
                    partial(self.click_hotspot, spot.id),
                    done=spot.puzzle is not None and spot.puzzle in state.solved,
                )
            )
        self.exit_buttons = []
        side_exits = []
        for view in exits_here(pack, state):
            ex = view.exit
            name = ctx.tr(ex.label) or (
                ctx.t("room.escape") if ex.escape or ex.to is None else ctx.tr(pack.room(ex.to).name)
            )
            act = partial(self.click_exit, view)
            if ex.rect is not None:
                self.spots.append(
                    Spot(
                        f"exit-{view.id}",
                        place(ctx, pic, ex.rect),
                        name_label(ctx, name),
                        act,
                        "exit",
                        locked=not view.open,
                    )
                )
            else:
                side_exits.append((view, name, act))
        for i, (view, name, act) in enumerate(side_exits):
            text = ("➜ " if view.open else "✗ ") + name
            self.exit_buttons.append(
                self.button(
                    ctx.rect(1280 - self.side_w + 10, 560 - i * 76, self.side_w - 20, 70),
                    text,
                    act,
                    size=18,
                    key=f"exit-{view.id}",
                )
            )
        for s in self.spots:
            mark(ctx, self.canvas, s)

    def _make_inventory(self) -> None:
        ctx = self.ctx
        pal = ctx.theme
        left = 1280 - self.side_w + 10
        head = self.top_h + 4
        self.write(
            ctx.t("room.inventory"),
            ctx.rect(left, head, self.side_w - 20, 32 * ctx.text_scale),
            20,
            bold=True,
            colour=pal.muted,
            align="center",
        )
        held = list(self.state.inventory)
        self.items = {}
        if not held:
            self.write(
                ctx.t("room.inventory_empty"),
                ctx.rect(left, head + 38 * ctx.text_scale, self.side_w - 20, 160),
                18,
                colour=pal.muted,
                align="center",
            )
            return
        top = round(head + 36 * ctx.text_scale)
        bottom = (560 - 76 * (len(self.exit_buttons) - 1) - 6) if self.exit_buttons else 632
        self.items = self.inventory.build(
            self, (left, top, self.side_w - 20, bottom - top), held, self.click_item, self.selected
        )

    def _make_message(self) -> None:
        self.message_rect = None
        if self.message is not None:
            self.message_rect, self.close = note_box(self, self.message, self.picture, self.dismiss)

    def focus_order(self) -> list[Focusable]:
        order: list = []
        if self.message is not None:
            order.append(self.close)
        order += self.spots
        order += self.exit_buttons
        order += list(self.items.values())
        order += [b for b in self.buttons if b.key in ("items-prev", "items-next")]
        order += [self.hint, self.pause]
        return order

    def default_focus(self):
        return self.close if self.message is not None else (self.spots[0] if self.spots else None)

    # ------------------------------------------------------------------ actions
    def refresh(self) -> None:
        self.build(self.manager)
        if self.app is not None:
            self.app.dirty = True

    def on_resume(self) -> None:
        """Back from a puzzle or a dialog: show what changed meanwhile (items, exits, busted rumours)."""
        self.refresh()

    def say(self, title: str, text: str) -> None:
        self.message = (title, text)
        self.refresh()

    def dismiss(self) -> None:
        self.message = None
        self.refresh()

    def click_hotspot(self, hotspot_id: str) -> None:
        ctx = self.ctx
        if self.selected is not None:
            self.use_selected(hotspot_id)
            return
        ctx.dispatch(Look(hotspot_id))
        found = spot_puzzle(ctx.pack, self.state, hotspot_id)
        if found.puzzle is not None and found.access in (Access.ANSWER, Access.USE):
            self.message = None
            self.app.flow.open_puzzle(found.puzzle.id)

    def click_exit(self, view) -> None:
        if view.exit.escape:
            self.ctx.dispatch(Escape(view.id))
        else:
            self.ctx.dispatch(Go(view.exit.to))
        if not view.open:
            text = self.ctx.tr(view.exit.locked_text) or self.ctx.t("refused.locked")
            self.say(self.ctx.tr(view.exit.label) or self.ctx.t("room.locked"), text)

    def click_item(self, item_id: str) -> None:
        """Nothing in hand: read the item close up. The item in hand: put it back. Another: combine them."""
        if self.selected is None:
            self.app.push(ItemScene(self.ctx, item_id, on_use=self.take))
        elif self.selected == item_id:
            self.selected = None
            self.refresh()
        else:
            self.use_selected(item_id)

    def take(self, item_id: str) -> None:
        """Put an item in hand (the close-up's Use): the next thing touched is where it is used."""
        self.selected, self.message = item_id, None
        self.refresh()

    def use_selected(self, on: str) -> None:
        """Use the selected item on a thing or another item; it stays selected when it did not help."""
        item, self.selected = self.selected, None
        if item is None:
            return
        events = self.ctx.dispatch(Use(item, on))
        if any(e.kind == K.NOT_USEFUL for e in events) and item in self.state.inventory:
            self.selected = item
            self.refresh()

    def take_hint(self) -> None:
        """What now? The next useful step, and the hint of its puzzle (the button is never greyed out)."""
        offer_guide(self.app)

    def open_pause(self) -> None:
        from rumours_game.ui.scenes.pause import PauseScene

        self.app.push(PauseScene(self.ctx))

    def on_escape(self) -> bool:
        if self.selected is not None or self.message is not None:
            self.selected, self.message = None, None
            self.refresh()
        else:
            self.open_pause()
        return True

    def on_events(self, events: list) -> None:
        """After an action: open the puzzle it opened (next frame) and show what it did as a note."""
        if self.app is not None:
            for e in events:
                if e.kind == K.PUZZLE_OPENED:
                    self.app.later(partial(self.app.flow.open_puzzle, e.id))
        note = room_note(self.ctx, events)
        if note is not None:
            self.message = note
        self.refresh()

    # ------------------------------------------------------------------ frames
    def _update_clock(self) -> bool:
        now = self.app.flow.clock() if self.app is not None else Clock(None, self.state.time_used)
        return self.clock.update(self.ctx, now, self.clock_rect)

    def update(self, dt: float) -> bool:
        if self.app is not None:
            self.app.flow.tick(dt)
        return self._update_clock()

    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.MOUSEMOTION:
            hover = next((s for s in reversed(self.spots) if s.rect.collidepoint(event.pos)), None)
            if hover is not self.hover:
                self.hover = hover
                if self.app is not None:
                    self.app.dirty = True
        if super().handle_event(event):
            return True
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            self._pressed = next((s for s in reversed(self.spots) if s.rect.collidepoint(event.pos)), None)
            return self._pressed is not None
        if event.type == pygame.MOUSEBUTTONUP and event.button == 1:
            pressed, self._pressed = getattr(self, "_pressed", None), None
            if pressed is not None and pressed.rect.collidepoint(event.pos):
                self.focus.focus(pressed)
                pressed.activate()
                return True
        return False

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        ctx = self.ctx
        self.clock.draw(surface)
        shown = {self.hover} | ({self.focus.current} if self.focus.visible else set())
        for spot in self.spots:
            if spot in shown:
                highlight(ctx, surface, spot, self.picture)
