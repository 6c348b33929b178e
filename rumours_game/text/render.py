"""Turning engine events, facts and endings into short lines of text."""

from __future__ import annotations

from rumours_game.engine import Event, ExitView, GameState, K, Why, ending_for
from rumours_game.engine.score import MAX_STARS, score
from rumours_game.pack.models import Fact, Rumour, SearchPuzzle
from rumours_game.strings.wording import close_call, not_useful
from rumours_game.text.context import TextContext


def format_time(seconds: float) -> str:
    """Seconds as ``m:ss`` (rounded up, so 0:00 means the time is really over)."""
    total = max(0, int(-(-seconds // 1)))
    return f"{total // 60}:{total % 60:02d}"


def item_name(ctx: TextContext, item_id: str) -> str:
    """The name of an item in the player's language."""
    item = ctx.pack.lookup("item", item_id)
    return ctx.tr(item.name) if item is not None else item_id


def exit_label(ctx: TextContext, view: ExitView) -> str:
    """What an exit is called: its label, 'Go to <room>', or 'The way out'."""
    exit_ = view.exit
    if exit_.label is not None:
        return ctx.tr(exit_.label)
    if exit_.escape or exit_.to is None:
        return ctx.t("text.way_out")
    return ctx.t("text.go_to", name=ctx.tr(ctx.pack.room(exit_.to).name))


def fact_lines(ctx: TextContext, fact: Fact) -> list[str]:
    """A fact with its source (publisher, title, year, link) and its nuance."""
    source = fact.source
    lines = [
        ctx.t("text.fact.fact", text=ctx.tr(fact.text)),
        ctx.t("text.fact.source", publisher=source.publisher, title=source.title, year=source.year),
    ]
    if source.url:
        lines.append(ctx.t("text.fact.url", url=source.url))
    if fact.nuance is not None:
        lines.append(ctx.t("text.fact.nuance", text=ctx.tr(fact.nuance)))
    return lines


def busted_card(ctx: TextContext, rumour: Rumour) -> list[str]:
    """The 'rumour busted' card: the rumour and every fact that busts it."""
    lines = [ctx.t("text.fact.busted"), ctx.t("text.fact.rumour", statement=ctx.tr(rumour.statement))]
    for fact in rumour.facts:
        lines += fact_lines(ctx, fact)
    return lines


def _exit_view(ctx: TextContext, exit_id: str) -> ExitView:
    return ExitView(exit_id, ctx.pack.exits()[exit_id], True)


def _refusal(ctx: TextContext, event: Event) -> str:
    exit_ = ctx.pack.exits().get(event.id)
    if event.value == Why.LOCKED and exit_ is not None and exit_.locked_text is not None:
        return ctx.tr(exit_.locked_text)
    return ctx.t(f"text.refused.{event.value}")


def event_lines(ctx: TextContext, events: list[Event]) -> list[str]:
    """What players read about these events (room changes and endings are shown elsewhere)."""
    lines: list[str] = []
    for event in events:
        match event.kind:
            case K.LOOKED if event.value is not None:
                lines.append(ctx.tr(event.value))
            case K.ITEM_GAINED:
                lines.append(ctx.t("text.gained", item=item_name(ctx, event.id)))
            case K.ITEM_LOST:
                lines.append(ctx.t("text.lost", item=item_name(ctx, event.id)))
            case K.PUZZLE_SOLVED:
                lines.append(ctx.t("text.solved", title=ctx.tr(ctx.pack.puzzle(event.id).title)))
                if event.value is not None:
                    lines.append(ctx.tr(event.value))
            case K.WRONG_ANSWER:
                search = ctx.pack.puzzle(event.id).type == "search"
                lines.append(
                    close_call(ctx, event.value) or ctx.t("text.nothing_there" if search else "text.wrong")
                )
            case K.TARGET_FOUND:
                puzzle = ctx.pack.puzzle(event.id)
                targets = puzzle.targets if isinstance(puzzle, SearchPuzzle) else []
                target = next((t for t in targets if t.id == event.value), None)
                lines.append(ctx.t("text.found", name=ctx.tr(target.name) if target else event.value))
            case K.RUMOUR_BUSTED:
                lines += busted_card(ctx, ctx.pack.rumour(event.id))
            case K.EXIT_OPENED:
                lines.append(ctx.t("text.opened", name=exit_label(ctx, _exit_view(ctx, event.id))))
            case K.HINT_SHOWN:
                hints = ctx.pack.puzzle(event.id).hints
                index = event.value["index"]
                lines.append(
                    ctx.t("text.hint", n=index + 1, total=len(hints), text=ctx.tr(hints[index].text))
                )
            case K.REFUSED:
                lines.append(_refusal(ctx, event))
            case K.ITEM_USED if event.value["text"] is not None:
                lines.append(ctx.tr(event.value["text"]))
            case K.NOT_USEFUL:
                lines.append(not_useful(ctx, event))
    return lines


def ending_lines(ctx: TextContext, state: GameState) -> list[str]:
    """The ending (escaped or out of time), the game's figures and the per-rumour debrief."""
    ending = ending_for(ctx.pack, state)
    if ending is None:
        lines = [ctx.t("text.out_of_time.title"), ctx.t("text.out_of_time.text")]
    else:
        lines = [ctx.tr(ending.title), ctx.tr(ending.text)]
    result = score(ctx.pack, state)
    lines += [
        "",
        ctx.t("ending.stars", n=result.stars, total=MAX_STARS) + " " + "★" * result.stars,
        ctx.t("text.ending.time_used", time=format_time(result.time_used)),
        *(
            [ctx.t("ending.time_left", time=format_time(result.time_left)) + "."]
            if result.time_left is not None
            else []
        ),
        ctx.t("text.ending.hints", n=sum(count for _, count in state.hints)),
        ctx.t("text.ending.wrong", n=state.wrong),
    ]
    rumours = ctx.pack.rumours
    if rumours:
        lines.append(ctx.t("text.ending.busted", n=len(state.busted), total=len(rumours)))
        lines += ["", ctx.t("text.debrief.title")]
        for rumour in rumours:
            lines += debrief_lines(ctx, rumour, rumour.id in state.busted)
    return lines


def debrief_lines(ctx: TextContext, rumour: Rumour, busted: bool) -> list[str]:
    """One rumour in the debrief: whether it was busted, its debrief text, and its facts when it was not."""
    lines = ["", ctx.t("text.debrief.rumour", statement=ctx.tr(rumour.statement))]
    if busted:
        lines.append(ctx.t("text.debrief.busted"))
    else:
        lines.append(ctx.t("text.debrief.not_busted"))
        for fact in rumour.facts:
            lines += fact_lines(ctx, fact)
    if rumour.debrief is not None:
        lines.append(ctx.tr(rumour.debrief))
    return lines
