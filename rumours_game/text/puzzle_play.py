"""A puzzle in text play: opening it from an object, showing its form, reading answers, and hints.

The functions act for a :class:`~rumours_game.text.game.TextGame` (its open puzzle, what it says, the
engine it applies actions to); the game calls them while a puzzle is open or for ``hint``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rumours_game.engine import (
    Access,
    Answer,
    Hint,
    K,
    SpotPuzzle,
    next_hint,
    puzzle_open,
)
from rumours_game.engine.guide import guide_hint, what_now
from rumours_game.pack.models import Hotspot, Puzzle
from rumours_game.strings.wording import guide_text
from rumours_game.text.puzzles import FORMS

if TYPE_CHECKING:
    from rumours_game.text.game import TextGame


def open_puzzle(game: TextGame, found: SpotPuzzle, spot: Hotspot) -> None:
    """Show a hotspot's puzzle and take the following lines as answers (puzzles solved by using items
    show their prompt and how to use an item)."""
    ctx, puzzle = game.ctx, found.puzzle
    if puzzle is None or found.access is Access.LOCKED:
        game.say(ctx.t("text.puzzle_locked"))
        return
    if found.access is Access.USE:
        game.say(ctx.t("text.puzzle", title=ctx.tr(puzzle.title)))
        game.say(ctx.tr(puzzle.prompt))
        game.say(ctx.t("text.puzzle_combine", name=ctx.tr(spot.name)))
        return
    game.puzzle = puzzle
    show_puzzle(game, puzzle)


def show_puzzle(game: TextGame, puzzle: Puzzle) -> None:
    """The puzzle: title, prompt, its form (options, key, places...) and how to leave it."""
    game.say(game.ctx.t("text.puzzle", title=game.ctx.tr(puzzle.title)))
    game.say(game.ctx.tr(puzzle.prompt))
    show_form(game, puzzle)
    game.say(game.ctx.t("text.puzzle_leave"))


def show_form(game: TextGame, puzzle: Puzzle) -> None:
    """The puzzle's form: options, key, places..."""
    game.ctx.console.say_all(FORMS[puzzle.type].lines(game.ctx, game.state, puzzle))


def handle_puzzle(game: TextGame, puzzle: Puzzle, line: str) -> None:
    """A line typed while a puzzle is open: a command or an answer."""
    command = game.command_word(line.strip()) if " " not in line.strip() else None
    if command == "back":
        game.leave_puzzle()
    elif command == "look":
        show_puzzle(game, puzzle)
    elif command in ("help", "inv", "time", "quit"):
        game.handle_command(line)
    elif command == "hint":
        hint_for(game, puzzle)
    else:
        answer(game, puzzle, line)


def answer(game: TextGame, puzzle: Puzzle, line: str) -> None:
    """Send the answer(s) a line stands for, and say how it went."""
    parsed = FORMS[puzzle.type].parse(game.ctx, game.state, puzzle, line)
    if isinstance(parsed, str):
        game.say(parsed)
        return
    found = wrong = False
    for value in parsed:
        events = game.apply(Answer(puzzle.id, value))
        game.report(events)
        found = found or any(e.kind == K.TARGET_FOUND for e in events)
        wrong = wrong or any(e.kind == K.WRONG_ANSWER for e in events)
        if game.state.over or puzzle.id in game.state.solved or any(e.kind == K.REFUSED for e in events):
            break
    if game.state.over:
        return
    if puzzle.id in game.state.solved or not puzzle_open(game.ctx.pack, game.state, puzzle.id):
        game.leave_puzzle()
    elif found:
        show_form(game, puzzle)
    elif wrong:  # the question and its options again, under the verdict: no scrolling back to them
        game.say(game.ctx.tr(puzzle.prompt))
        show_form(game, puzzle)


def hint_here(game: TextGame) -> None:
    """``hint`` in the room: what now (the next useful step, free), then the hint of its puzzle with its
    cost: the window's "What now?" rule, asked of the engine (:func:`guide_hint`)."""
    pack, state = game.ctx.pack, game.state
    step = what_now(pack, state)
    game.say(game.ctx.t("guide.title") + " " + guide_text(game.ctx, step))
    if guide_hint(pack, state, step) is not None:
        hint_for(game, pack.puzzle(step.id))


def hint_for(game: TextGame, puzzle: Puzzle) -> None:
    """Offer the puzzle's next hint with its cost; take it when the player says yes."""
    ctx = game.ctx
    title = ctx.tr(puzzle.title)
    hint = next_hint(ctx.pack, game.state, puzzle.id)
    if hint is None:
        game.say(ctx.t("text.no_more_hints", title=title))
    elif ctx.confirm(ctx.t("text.hint_cost", title=title, seconds=hint.penalty)):
        game.report(game.apply(Hint(puzzle.id)))
    else:
        game.say(ctx.t("text.hint_kept"))
