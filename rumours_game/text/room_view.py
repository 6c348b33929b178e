"""What text play shows of the room: its objects and ways out as a numbered menu, the clock, what the
players carry, and the commands. Pure rendering: lines from the state, as the engine answers it."""

from __future__ import annotations

from typing import Any

from rumours_game.engine import ExitView, GameState, clock, exits_here, visible_objects
from rumours_game.pack.models import Hotspot
from rumours_game.text.context import TextContext
from rumours_game.text.names import Named
from rumours_game.text.render import exit_label, format_time, item_name

HELP_KEYS = ("number", "look", "go", "use", "inv", "hint", "time", "back", "quit")


def view_key(ctx: TextContext, state: GameState) -> tuple[Any, ...]:
    """What the room view shows (the room, its objects, open exits, solved puzzles): when it changes after
    an action, the view is shown again."""
    return (
        state.room,
        tuple(h.id for h in visible_objects(ctx.pack, state)),
        tuple((v.id, v.open) for v in exits_here(ctx.pack, state)),
        state.solved,
    )


def _spot_entry(ctx: TextContext, state: GameState, spot: Hotspot) -> Named[Any]:
    name = ctx.tr(spot.name)
    shown = ctx.t("text.solved_mark", name=name) if spot.puzzle in state.solved else name
    return Named(spot, shown, (spot.id, name))


def _exit_entry(ctx: TextContext, view: ExitView) -> Named[Any]:
    label = exit_label(ctx, view)
    shown = label if view.open else ctx.t("text.locked", name=label)
    names = [view.id, label]
    if view.exit.to is not None:
        names += [view.exit.to, ctx.tr(ctx.pack.room(view.exit.to).name)]
    return Named(view, shown, tuple(names))


def room_menu(ctx: TextContext, state: GameState) -> list[Named[Any]]:
    """The numbered choices in the room: its visible objects, then its ways out."""
    spots = [_spot_entry(ctx, state, h) for h in visible_objects(ctx.pack, state)]
    return spots + [_exit_entry(ctx, v) for v in exits_here(ctx.pack, state)]


def room_lines(ctx: TextContext, state: GameState, menu: list[Named[Any]], describe: bool) -> list[str]:
    """The room, ``menu`` numbered under its headings, the time left and what players carry; ``describe``
    adds the room's description (on entering it, and for ``look``)."""
    room = ctx.pack.room(state.room)
    lines = [ctx.t("text.room", name=ctx.tr(room.name))]
    if describe and room.description is not None:
        lines.append(ctx.tr(room.description))
    lines += time_lines(ctx, state, quiet=True)
    spots = [e for e in menu if isinstance(e.thing, Hotspot)]
    ways = [e for e in menu if not isinstance(e.thing, Hotspot)]
    number = 1
    for title, entries in ((ctx.t("text.you_see"), spots), (ctx.t("text.ways"), ways)):
        if entries:
            lines.append(title)
        for entry in entries:
            lines.append(f"{number}. {entry.label}")
            number += 1
    return [*lines, carrying_line(ctx, state), ctx.t("text.choose")]


def time_lines(ctx: TextContext, state: GameState, quiet: bool = False) -> list[str]:
    """The time left (``quiet``: nothing when the pack has no timer)."""
    left = clock(ctx.pack, state).left
    if left is not None:
        return [ctx.t("text.time_left", time=format_time(left))]
    return [] if quiet else [ctx.t("text.no_timer")]


def carrying_line(ctx: TextContext, state: GameState) -> str:
    """The names of the items held, on one line."""
    names = [item_name(ctx, i) for i in state.inventory]
    if names:
        return ctx.t("text.carrying", items=ctx.t("text.list_sep").join(names))
    return ctx.t("text.carrying_nothing")


def inventory_lines(ctx: TextContext, state: GameState) -> list[str]:
    """Every item held, with its description."""
    lines = [carrying_line(ctx, state)]
    for item_id in state.inventory:
        item = ctx.pack.lookup("item", item_id)
        if item is not None and item.description is not None:
            lines.append(f"{ctx.tr(item.name)}: {ctx.tr(item.description)}")
    return lines


def help_lines(ctx: TextContext) -> list[str]:
    """The commands."""
    return [ctx.t("text.help.title"), *(ctx.t(f"text.help.{key}") for key in HELP_KEYS)]
