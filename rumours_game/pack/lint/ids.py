"""Ids: unique per kind across the pack, and the helper every reference check uses to report an unknown id."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from rumours_game.pack import models
from rumours_game.pack.lint.inputs import LintInput, Path_
from rumours_game.pack.problems import Problem
from rumours_game.pack.suggest import did_you_mean


def declared_ids(pack: models.Pack) -> dict[str, list[tuple[str, Path_]]]:
    """Every declared id by kind, with the path where it is written."""
    found: dict[str, list[tuple[str, Path_]]] = {
        k: [] for k in ("room", "object", "exit", "item", "puzzle", "rumour")
    }
    for r, room in enumerate(pack.rooms):
        found["room"].append((room.id, ("rooms", r, "id")))
        for h, spot in enumerate(room.objects):
            found["object"].append((spot.id, ("rooms", r, "objects", h, "id")))
        for e, exit_ in enumerate(room.exits):
            where = ("rooms", r, "exits", e, "id") if exit_.id else ("rooms", r, "exits", e)
            found["exit"].append((models.exit_id(room, exit_), where))
    found["item"] = [(item.id, ("items", i, "id")) for i, item in enumerate(pack.items)]
    found["puzzle"] = [(p.id, ("puzzles", i, "id")) for i, p in enumerate(pack.puzzles)]
    found["rumour"] = [(r.id, ("rumours", i, "id")) for i, r in enumerate(pack.rumours)]
    survey = pack.survey
    found["survey question"] = (
        [(s.id, ("survey", "items", i, "id")) for i, s in enumerate(survey.items)] if survey else []
    )
    if survey is not None and survey.attention_check is not None:
        found["survey question"].append((survey.attention_check.id, ("survey", "attention_check", "id")))
    found["walkthrough"] = [(w.name, ("walkthroughs", i, "name")) for i, w in enumerate(pack.walkthroughs)]
    return found


def _duplicates(inp: LintInput, kind: str, entries: Iterable[tuple[str, Path_]]) -> Iterator[Problem]:
    first: dict[str, Path_] = {}
    for ident, path in entries:
        if ident in first:
            file, line, _ = inp.locate(first[ident], False)
            extra = " Give this exit its own 'id'." if kind == "exit" and path[-1] != "id" else ""
            yield inp.problem(
                path,
                "duplicate-id",
                f"There are two {kind}s with the id '{ident}' (the first is in {file}, line {line}). "
                f"Ids must be unique in the pack.{extra}",
            )
        else:
            first[ident] = path


def check_ids(inp: LintInput) -> Iterator[Problem]:
    """Ids unique per kind pack-wide, and items and objects never sharing an id ('use X on Y' names either)."""
    ids = declared_ids(inp.pack)
    for kind, entries in ids.items():
        yield from _duplicates(inp, kind, entries)
    objects = {i for i, _ in ids["object"]}
    for ident, path in ids["item"]:
        if ident in objects:
            yield inp.problem(
                path,
                "duplicate-id",
                f"The item '{ident}' has the same id as an object in a room; 'use ... on' could not tell them "
                "apart. Rename one of them.",
            )
    for p, puzzle in enumerate(inp.pack.puzzles):
        for field in ("options", "entries", "pairs", "targets"):
            parts = getattr(puzzle, field, None) or []
            yield from _duplicates(
                inp,
                field.rstrip("s") if field != "entries" else "entry",
                ((part.id, ("puzzles", p, field, i, "id")) for i, part in enumerate(parts)),
            )


class Refs:
    """Known ids by kind, and one helper that reports a reference to an unknown one."""

    def __init__(self, inp: LintInput) -> None:
        pack = inp.pack
        self.inp = inp
        self.known: dict[str, set[str]] = {kind: {i for i, _ in v} for kind, v in declared_ids(pack).items()}
        self.known["flag"] = set()

    def check(self, path: Path_, value: str | None, kind: str, context: str) -> Iterator[Problem]:
        """An unknown-id problem at ``path`` unless ``value`` is absent or a known id of ``kind``."""
        if value is None or value in self.known[kind]:
            return
        yield self.inp.problem(
            path,
            "unknown-id",
            f"{context} '{value}', but there is no {kind} called '{value}'.{did_you_mean(value, self.known[kind])}",
        )

    def many(self, path: Path_, values: Sequence[str], kind: str, context: str) -> Iterator[Problem]:
        """``check`` for each value of a list, at its index."""
        for i, value in enumerate(values):
            yield from self.check((*path, i), value, kind, context)

    def requires(self, path: Path_, req: models.Requires, owner: str) -> Iterator[Problem]:
        """The puzzles and items a ``requires`` block names exist."""
        yield from self.many(
            (*path, "requires", "puzzles"), req.puzzles, "puzzle", f"{owner} requires the puzzle"
        )
        yield from self.many((*path, "requires", "items"), req.items, "item", f"{owner} requires the item")
