"""What the room tells players after an action: a short note (title and text) from the engine's events."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rumours_game.engine import Event, K, Why
from rumours_game.strings.wording import not_useful

if TYPE_CHECKING:
    from rumours_game.ui.context import UiContext


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
