"""Taking a hint: a dialog that shows the time penalty first, then the hint itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rumours_game.engine import Hint, K, next_hint
from rumours_game.engine.guide import guide_hint, what_now
from rumours_game.strings.wording import guide_text
from rumours_game.ui.scenes.dialog import Choice, DialogScene

if TYPE_CHECKING:
    from rumours_game.ui.host import SceneHost


def offer_hint(app: SceneHost, puzzle_id: str) -> None:
    """Show the cost of the puzzle's next hint and let players take it or not."""
    ctx = app.ctx
    pack, state = ctx.pack, ctx.state
    hint = next_hint(pack, state, puzzle_id)
    puzzle = pack.puzzle(puzzle_id)
    if hint is None:
        app.push(DialogScene.notice(ctx, ctx.t("hint.title"), ctx.t("hint.none"), name="hint-none"))
        return
    number = state.hints_taken(puzzle_id) + 1
    cost = ctx.t("hint.cost", seconds=hint.penalty) if hint.penalty else ctx.t("hint.free")
    body = f"{ctx.tr(puzzle.title)}\n\n{ctx.t('hint.number', n=number, total=len(puzzle.hints))}. {cost}"

    def take() -> None:
        events = ctx.dispatch(Hint(puzzle_id))
        shown = next((e for e in events if e.kind == K.HINT_SHOWN), None)
        if shown is not None:
            index = shown.value["index"] if isinstance(shown.value, dict) else number - 1
            text = ctx.tr(puzzle.hints[index].text)
            app.push(
                DialogScene.notice(
                    ctx, ctx.t("hint.number", n=index + 1, total=len(puzzle.hints)), text, name="hint-text"
                )
            )

    app.push(
        DialogScene(
            ctx,
            ctx.t("hint.title"),
            body,
            [Choice("take", ctx.t("hint.take"), take, "primary"), Choice("cancel", ctx.t("hint.cancel"))],
            name="hint-offer",
        )
    )


def offer_guide(app: SceneHost) -> None:
    """The room's "What now?": the next useful step (free), and the hint of its puzzle with its cost."""
    ctx = app.ctx
    pack, state = ctx.pack, ctx.state
    step = what_now(pack, state)
    body = guide_text(ctx, step)
    choices = [Choice("ok", ctx.t("common.ok"), None, "primary")]
    hint = guide_hint(pack, state, step)
    if hint is not None:
        title = ctx.tr(pack.puzzle(step.id).title)
        body += "\n\n" + ctx.t("guide.more", title=title, seconds=hint.penalty)
        choices.insert(
            0, Choice("take", ctx.t("hint.take_cost", seconds=hint.penalty), lambda: offer_hint(app, step.id))
        )
    app.push(DialogScene(ctx, ctx.t("guide.title"), body, choices, name="guide"))
