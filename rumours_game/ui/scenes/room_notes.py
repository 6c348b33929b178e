"""What the room tells players after an action: a short note (title and text) from the engine's events, and the
box it shows in over the room picture."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from rumours_game.engine import Event, K, Why
from rumours_game.strings.wording import not_useful

if TYPE_CHECKING:
    from rumours_game.ui.context import UiContext
    from rumours_game.ui.scene import Scene
    from rumours_game.ui.widgets import Button


def room_note(ctx: UiContext, events: list[Event]) -> tuple[str, str] | None:
    """The note shown over the room picture for ``events`` (None when they say nothing to players): what an
    object shows, items found, exits opened, puzzles solved, items used and refusals."""
    pack = ctx.pack
    notes: list[str] = []
    title = ""
    for e in events:
        if e.kind == K.LOOKED and e.value:
            spot = pack.lookup("hotspot", e.id)
            title = ctx.tr(spot.name) if spot is not None else ""
            notes.append(str(ctx.tr(e.value)))
        elif e.kind == K.ITEM_GAINED:
            notes.append(ctx.t("room.found", item=ctx.tr(pack.item(e.id).name)))
        elif e.kind == K.EXIT_OPENED:
            notes.append(ctx.t("room.exit_opened"))
        elif e.kind == K.PUZZLE_SOLVED:
            puzzle = pack.puzzle(e.id)
            title = title or ctx.tr(puzzle.title)
            notes.append(ctx.tr(puzzle.success) or ctx.t("puzzle.right"))
        elif e.kind == K.ITEM_USED and e.value["text"] is not None:
            spot = pack.lookup("hotspot", e.id)
            title = ctx.tr(spot.name) if spot is not None else title
            notes.append(ctx.tr(e.value["text"]))
        elif e.kind == K.NOT_USEFUL:
            notes.append(not_useful(ctx, e))
        elif e.kind == K.REFUSED and (e.value != Why.LOCKED or pack.lookup("exit", e.id) is None):
            notes.append(ctx.t(f"refused.{e.value}"))
    if not notes:
        return None
    return title or ctx.t("room.note"), " ".join(notes)


def note_box(
    scene: Scene, note: tuple[str, str], picture: pygame.Rect, on_close: Callable[[], None]
) -> tuple[pygame.Rect, Button]:
    """Draw ``note`` in a box along the bottom of the room picture, as tall as its text needs, with an OK
    button that calls ``on_close``; returns the box and the button."""
    ctx = scene.ctx
    title, text = note
    close_w = max(ctx.px(120), scene.label_width(ctx.t("common.ok"), 22))
    text_w = picture.w - ctx.px(48 + 32 + 12) - close_w
    need = ctx.px(36 + 20) + scene.text_height(text, text_w, 20)
    box_h = min(picture.h - ctx.px(28), max(ctx.px(136), need))
    box = pygame.Rect(
        picture.x + ctx.px(24), picture.bottom - ctx.px(14) - box_h, picture.w - ctx.px(48), box_h
    )
    scene.panel(box, 240)
    inner = box.inflate(-ctx.px(32), -ctx.px(20))
    scene.write(
        title,
        pygame.Rect(inner.x, inner.y, inner.w - close_w - ctx.px(12), ctx.px(32)),
        22,
        bold=True,
        colour=ctx.theme.accent,
    )
    scene.write(
        text,
        pygame.Rect(inner.x, inner.y + ctx.px(36), inner.w - close_w - ctx.px(12), inner.h - ctx.px(36)),
        20,
    )
    close = scene.button(
        pygame.Rect(inner.right - close_w, inner.centery - ctx.px(28), close_w, ctx.px(56)),
        ctx.t("common.ok"),
        on_close,
        size=22,
        key="message-ok",
    )
    return box, close
