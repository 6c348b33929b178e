"""One text form per puzzle type: what to show, and how a typed line becomes an engine answer.

A form's ``parse`` returns the answer values to send (a search line may hold several taps) or, when the
line cannot be an answer at all, a message for the player (nothing is sent: it is not a wrong answer).
Combine puzzles have no form: players solve them with ``use ITEM on THING``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from rumours_game.engine import CipherView, GameState, cipher_view, display_order, visible_objects
from rumours_game.pack.models import (
    ChoicePuzzle,
    CipherPuzzle,
    CodePuzzle,
    MatchPuzzle,
    OrderPuzzle,
    Rect,
    SearchPuzzle,
)
from rumours_game.pack.puzzle_types import SequencePuzzle
from rumours_game.text.context import TextContext, small_number
from rumours_game.text.names import Named, resolve
from rumours_game.text.render import item_name

Parsed = list[Any] | str
KEY_COLUMNS = 9
"""Letter pairs per line in a cipher key table."""


@dataclass(frozen=True)
class Form:
    """How one puzzle type is shown and answered in text."""

    lines: Callable[[TextContext, GameState, Any], list[str]]
    parse: Callable[[TextContext, GameState, Any, str], Parsed]


def _numbers(line: str, count: int) -> list[int] | None:
    """0-based indexes of the numbers typed (separated by spaces or commas), or None if any is not one."""
    numbers = [small_number(t) for t in re.split(r"[\s,;]+", line.strip()) if t]
    if not numbers or not all(n is not None and 1 <= n <= count for n in numbers):
        return None
    return [n - 1 for n in numbers if n is not None]


def _listed(options: list[str], marks: str | None = None) -> list[str]:
    labels = marks or [str(n) for n in range(1, len(options) + 1)]
    return [f"{label}. {text}" for label, text in zip(labels, options, strict=False)]


# ---------------------------------------------------------------- code


def _code_key(puzzle: CodePuzzle) -> str:
    return "digits" if puzzle.alphabet == "digits" else "letters"


def _code_lines(ctx: TextContext, state: GameState, puzzle: CodePuzzle) -> list[str]:
    return [ctx.t(f"text.code.{_code_key(puzzle)}", n=len(puzzle.answer))]


def _code_parse(ctx: TextContext, state: GameState, puzzle: CodePuzzle, line: str) -> Parsed:
    code = "".join(line.split())
    fits = code.isdigit() if puzzle.alphabet == "digits" else code.isalpha()
    if not fits or len(code) != len(puzzle.answer):
        return ctx.t(f"text.code.bad_{_code_key(puzzle)}", n=len(puzzle.answer))
    return [code]


# ---------------------------------------------------------------- choice


def _choice_lines(ctx: TextContext, state: GameState, puzzle: ChoicePuzzle) -> list[str]:
    ask = "text.choice.one" if isinstance(puzzle.answer, str) else "text.choice.many"
    return [*_listed([ctx.tr(o.text) for o in puzzle.options]), ctx.t(ask)]


def _choice_parse(ctx: TextContext, state: GameState, puzzle: ChoicePuzzle, line: str) -> Parsed:
    picked = _numbers(line, len(puzzle.options))
    single = isinstance(puzzle.answer, str)
    if picked is None or (single and len(picked) != 1):
        return ctx.t("text.not_a_choice", max=len(puzzle.options))
    ids = [puzzle.options[i].id for i in dict.fromkeys(picked)]
    return [ids[0] if single else tuple(ids)]


# ---------------------------------------------------------------- order


def _order_shown(state: GameState, puzzle: OrderPuzzle) -> list[str]:
    return display_order(state, puzzle.id, [e.id for e in puzzle.entries])


def _example(count: int) -> str:
    return " ".join(str(n) for n in range(1, count + 1))


def _order_lines(ctx: TextContext, state: GameState, puzzle: OrderPuzzle) -> list[str]:
    texts = {e.id: ctx.tr(e.text) for e in puzzle.entries}
    shown = [texts[i] for i in _order_shown(state, puzzle)]
    return [*_listed(shown), ctx.t("text.order.ask", example=_example(len(shown)))]


def _order_parse(ctx: TextContext, state: GameState, puzzle: OrderPuzzle, line: str) -> Parsed:
    count = len(puzzle.entries)
    compact = line.strip()
    if count < 10 and compact.isdigit() and len(compact) == count:
        line = " ".join(compact)
    picked = _numbers(line, count)
    if picked is None or sorted(picked) != list(range(count)):
        return ctx.t("text.order.bad", n=count, example=_example(count))
    shown = _order_shown(state, puzzle)
    return [tuple(shown[i] for i in picked)]


# ---------------------------------------------------------------- match

_PAIR = re.compile(r"(\d+)\s*[-=:.]?\s*([^\W\d_])")


def _letters(ctx: TextContext, count: int) -> str:
    letters = ctx.t("text.match.letters").casefold()
    return letters if len(letters) >= count else "abcdefghijklmnopqrstuvwxyz"


def _match_example(ctx: TextContext, puzzle: MatchPuzzle) -> str:
    letters = _letters(ctx, len(puzzle.pairs))
    return " ".join(f"{n}{letters[n - 1]}" for n in range(1, min(3, len(puzzle.pairs)) + 1))


def _match_lines(ctx: TextContext, state: GameState, puzzle: MatchPuzzle) -> list[str]:
    rights = {p.id: ctx.tr(p.right) for p in puzzle.pairs}
    shown = [rights[i] for i in display_order(state, puzzle.id, [p.id for p in puzzle.pairs])]
    lines = _listed([ctx.tr(p.left) for p in puzzle.pairs])
    lines += _listed(shown, _letters(ctx, len(shown)))
    return [*lines, ctx.t("text.match.ask", example=_match_example(ctx, puzzle))]


def _match_parse(ctx: TextContext, state: GameState, puzzle: MatchPuzzle, line: str) -> Parsed:
    count = len(puzzle.pairs)
    letters = _letters(ctx, count)[:count]
    text = line.casefold()
    found = _PAIR.findall(text)
    leftover = _PAIR.sub("", text).strip(" ,;")
    numbers = [n for n in (small_number(t) for t, _ in found) if n is not None]
    chosen = [letter for _, letter in found]
    valid = (
        not leftover
        and len(numbers) == len(found)
        and sorted(numbers) == list(range(1, count + 1))
        and all(c in letters for c in chosen)
        and len(set(chosen)) == count
    )
    if not valid:
        return ctx.t("text.match.bad", n=count, example=_match_example(ctx, puzzle))
    shown = display_order(state, puzzle.id, [p.id for p in puzzle.pairs])
    return [{puzzle.pairs[n - 1].id: shown[letters.index(c)] for n, c in zip(numbers, chosen, strict=True)}]


# ---------------------------------------------------------------- text and cipher


def _typed_parse(ctx: TextContext, state: GameState, puzzle: Any, line: str) -> Parsed:
    return [line] if line.strip() else ctx.t("text.empty_answer")


def _text_lines(ctx: TextContext, state: GameState, puzzle: Any) -> list[str]:
    return [ctx.t("text.text.ask")]


def _key_lines(ctx: TextContext, view: CipherView) -> list[str]:
    if view.backwards:
        return [ctx.t("text.cipher.backwards")]
    pairs = [f"{coded}={plain}" for coded, plain in view.pairs]
    rows = [" ".join(pairs[i : i + KEY_COLUMNS]) for i in range(0, len(pairs), KEY_COLUMNS)]
    return [ctx.t("text.cipher.key"), *rows]


def _cipher_lines(ctx: TextContext, state: GameState, puzzle: CipherPuzzle) -> list[str]:
    view = cipher_view(ctx.pack, state, puzzle, ctx.lang)
    lines = [ctx.t("text.cipher.coded", text=view.coded)]
    if view.needs_item is None:
        lines += _key_lines(ctx, view)
    else:
        lines.append(ctx.t("text.cipher.need_key", item=item_name(ctx, view.needs_item)))
    return [*lines, ctx.t("text.cipher.ask")]


# ---------------------------------------------------------------- search


@dataclass(frozen=True)
class Place:
    """A numbered place to look in: a target of the search, or a decoy from the room."""

    key: str
    name: str
    point: tuple[float, float]
    found: bool = False


def _empty_point(rect: Rect, puzzle: SearchPuzzle) -> tuple[float, float] | None:
    """A point of ``rect`` (its centre, else the centre of a quarter) that is in no target, or None."""
    x, y, w, h = rect.x, rect.y, rect.w, rect.h
    points = [rect.centre] + [(x + w * fx, y + h * fy) for fy in (0.25, 0.75) for fx in (0.25, 0.75)]
    return next((p for p in points if not any(t.rect.contains(*p) for t in puzzle.targets)), None)


def places(ctx: TextContext, state: GameState, puzzle: SearchPuzzle) -> list[Place]:
    """The places to look in: targets and decoys, in a seeded shuffled order that never changes (a found
    target keeps its number and is marked found)."""
    targets = [Place(f"target:{t.id}", ctx.tr(t.name), t.rect.centre) for t in puzzle.targets]
    taken = {p.name.casefold() for p in targets}
    decoys = []
    for spot in visible_objects(ctx.pack, state):
        name = ctx.tr(spot.name)
        if spot.puzzle == puzzle.id or name.casefold() in taken:
            continue
        point = _empty_point(spot.rect, puzzle)
        if point is not None:
            decoys.append(Place(f"decoy:{spot.id}", name, point))
            taken.add(name.casefold())
    by_key = {p.key: p for p in targets + decoys}
    found = {f"target:{t}" for t in state.found_targets(puzzle.id)}
    return [replace(by_key[k], found=k in found) for k in display_order(state, puzzle.id, list(by_key))]


def _search_lines(ctx: TextContext, state: GameState, puzzle: SearchPuzzle) -> list[str]:
    progress = ctx.t(
        "text.search.progress", found=len(state.found_targets(puzzle.id)), total=len(puzzle.targets)
    )
    shown = [
        ctx.t("text.solved_mark", name=p.name) if p.found else p.name for p in places(ctx, state, puzzle)
    ]
    return [progress, *_listed(shown), ctx.t("text.search.ask")]


def _search_parse(ctx: TextContext, state: GameState, puzzle: SearchPuzzle, line: str) -> Parsed:
    spots = places(ctx, state, puzzle)
    picked = _numbers(line, len(spots))
    if picked is None:
        open_spots = [Named(i, p.name, (p.name,)) for i, p in enumerate(spots) if not p.found]
        named = resolve(line, open_spots)
        if len(named) != 1:
            return ctx.t("text.not_a_choice", max=len(spots))
        picked = [named[0].thing]
    fresh = [i for i in dict.fromkeys(picked) if not spots[i].found]
    if not fresh:
        return ctx.t("text.solved_mark", name=spots[picked[0]].name)
    return [spots[i].point for i in fresh]


# ---------------------------------------------------------------- sequence


def _sequence_example(puzzle: SequencePuzzle) -> str:
    return " ".join(str(1 + n % len(puzzle.buttons)) for n in range(len(puzzle.answer)))


def _sequence_lines(ctx: TextContext, state: GameState, puzzle: SequencePuzzle) -> list[str]:
    ask = ctx.t("text.sequence.ask", n=len(puzzle.answer), example=_sequence_example(puzzle))
    return [*_listed([ctx.tr(b.text) for b in puzzle.buttons]), ask]


def _sequence_parse(ctx: TextContext, state: GameState, puzzle: SequencePuzzle, line: str) -> Parsed:
    count, presses = len(puzzle.buttons), len(puzzle.answer)
    compact = line.strip()
    if count < 10 and compact.isdigit() and len(compact) == presses:
        line = " ".join(compact)
    picked = _numbers(line, count)
    if picked is None or len(picked) != presses:
        return ctx.t("text.sequence.bad", n=presses, max=count, example=_sequence_example(puzzle))
    return [tuple(puzzle.buttons[i].id for i in picked)]


FORMS: dict[str, Form] = {
    "code": Form(_code_lines, _code_parse),
    "choice": Form(_choice_lines, _choice_parse),
    "order": Form(_order_lines, _order_parse),
    "match": Form(_match_lines, _match_parse),
    "text": Form(_text_lines, _typed_parse),
    "cipher": Form(_cipher_lines, _typed_parse),
    "search": Form(_search_lines, _search_parse),
    "sequence": Form(_sequence_lines, _sequence_parse),
}
"""The text form of every puzzle type answered by typing (all but combine)."""
