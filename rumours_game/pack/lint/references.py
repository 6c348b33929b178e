"""References between rooms, objects, exits, items and puzzles: every id they name exists."""

from __future__ import annotations

from collections.abc import Iterator

from rumours_game.pack import models
from rumours_game.pack.lint.ids import Refs
from rumours_game.pack.lint.inputs import LintInput, Path_
from rumours_game.pack.problems import Problem
from rumours_game.pack.suggest import did_you_mean


def check_rooms(inp: LintInput) -> Iterator[Problem]:
    """Exits lead to rooms, objects open puzzles and give items that exist, and the start room exists."""
    refs = Refs(inp)
    yield from refs.check(("start_room",), inp.pack.start_room, "room", "The pack starts in the room")
    for r, room in enumerate(inp.pack.rooms):
        for e, exit_ in enumerate(room.exits):
            at = ("rooms", r, "exits", e)
            yield from refs.check((*at, "to"), exit_.to, "room", f"Room '{room.id}' has an exit to")
            yield from refs.requires(at, exit_.requires, f"The exit '{models.exit_id(room, exit_)}'")
        for h, spot in enumerate(room.objects):
            at = ("rooms", r, "objects", h)
            owner = f"The object '{spot.id}' in room '{room.id}'"
            yield from refs.check((*at, "puzzle"), spot.puzzle, "puzzle", f"{owner} opens the puzzle")
            yield from refs.many((*at, "gives"), spot.gives, "item", f"{owner} gives the item")
            yield from refs.requires(at, spot.requires, owner)
            for u, use in enumerate(spot.uses):
                yield from refs.check((*at, "uses", u, "item"), use.item, "item", f"{owner} can be used with")
                yield from refs.many((*at, "uses", u, "gives"), use.gives, "item", f"{owner} gives the item")


def check_puzzles(inp: LintInput) -> Iterator[Problem]:
    """Puzzle requirements, rewards, rumours, answers and the items and objects they use exist."""
    refs = Refs(inp)
    for p, puzzle in enumerate(inp.pack.puzzles):
        at: Path_ = ("puzzles", p)
        owner = f"The puzzle '{puzzle.id}'"
        yield from refs.requires(at, puzzle.requires, owner)
        rewards = puzzle.rewards
        yield from refs.many((*at, "rewards", "items"), rewards.items, "item", f"{owner} gives the item")
        yield from refs.many(
            (*at, "rewards", "remove_items"), rewards.remove_items, "item", f"{owner} uses up the item"
        )
        yield from refs.many(
            (*at, "rewards", "open_exits"), rewards.open_exits, "exit", f"{owner} opens the exit"
        )
        yield from refs.many(
            (*at, "rewards", "rumours"), rewards.rumours, "rumour", f"{owner} busts the rumour"
        )
        yield from refs.check((*at, "rumour"), puzzle.rumour, "rumour", f"{owner} is about the rumour")
        if isinstance(puzzle, models.ChoicePuzzle):
            options = {o.id for o in puzzle.options}
            answers = puzzle.answer_ids()
            for i, answer in enumerate(answers):
                if answer not in options:
                    path = (*at, "answer", i) if isinstance(puzzle.answer, list) else (*at, "answer")
                    yield inp.problem(
                        path,
                        "unknown-id",
                        f"{owner} has the answer '{answer}', but none of its options has that id."
                        f"{did_you_mean(answer, options)}",
                    )
        elif isinstance(puzzle, models.CombinePuzzle):
            yield from refs.many((*at, "use"), puzzle.use, "item", f"{owner} uses the item")
            yield from refs.check((*at, "on"), puzzle.on, "object", f"{owner} is used on the object")
        elif isinstance(puzzle, models.CipherPuzzle):
            yield from refs.check((*at, "key_item"), puzzle.key_item, "item", f"{owner} needs the key item")
