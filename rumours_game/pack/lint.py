"""Checks across a whole, well-formed pack: ids, references, assets, translations and reachability.

One function per kind of thing, each yielding problems at the file, line and column of the offending
value. They run once the pack's files have the right shape (the models validated).
"""

from __future__ import annotations

import functools
import typing
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from rumours_game.pack import models
from rumours_game.pack.assets import (
    FONT_SUFFIXES,
    IMAGE_SUFFIXES,
    SOUND_SUFFIXES,
    SUPPORTED_SUFFIXES,
    asset_problem,
    resolve_asset,
    suffix_of,
)
from rumours_game.pack.explain import Locate, union_options
from rumours_game.pack.limits import check_text_limits
from rumours_game.pack.problems import Problem
from rumours_game.pack.sources import MAX_ASSET_BYTES, TooLarge, unsafe_reason
from rumours_game.pack.suggest import did_you_mean

ASSETS = "assets/"
Path_ = tuple[Any, ...]


@dataclass(frozen=True)
class LintInput:
    """What the checks need: the pack, a way to find positions, the pack's files and a reader."""

    pack: models.Pack
    locate: Locate
    files: frozenset[str]
    read: Callable[[str, int], bytes]

    def problem(
        self, path: Path_, code: str, message: str, severity: str = "error", key: bool = False
    ) -> Problem:
        file, line, col = self.locate(path, key)
        return Problem(file, line, col, severity, code, message)  # type: ignore[arg-type]


def lint(inp: LintInput) -> list[Problem]:
    """Every cross-reference, asset, translation and reachability problem of a validated pack."""
    problems: list[Problem] = []
    for check in CHECKS:
        problems.extend(check(inp))
    return problems


# --------------------------------------------------------------------------- ids


def _ids(pack: models.Pack) -> dict[str, list[tuple[str, Path_]]]:
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
    ids = _ids(inp.pack)
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


# --------------------------------------------------------------------------- references


class _Refs:
    """Known ids by kind, and one helper that reports a reference to an unknown one."""

    def __init__(self, inp: LintInput) -> None:
        pack = inp.pack
        self.inp = inp
        self.known: dict[str, set[str]] = {kind: {i for i, _ in v} for kind, v in _ids(pack).items()}
        self.known["flag"] = set()

    def check(self, path: Path_, value: str | None, kind: str, context: str) -> Iterator[Problem]:
        if value is None or value in self.known[kind]:
            return
        yield self.inp.problem(
            path,
            "unknown-id",
            f"{context} '{value}', but there is no {kind} called '{value}'.{did_you_mean(value, self.known[kind])}",
        )

    def many(self, path: Path_, values: Sequence[str], kind: str, context: str) -> Iterator[Problem]:
        for i, value in enumerate(values):
            yield from self.check((*path, i), value, kind, context)

    def requires(self, path: Path_, req: models.Requires, owner: str) -> Iterator[Problem]:
        yield from self.many(
            (*path, "requires", "puzzles"), req.puzzles, "puzzle", f"{owner} requires the puzzle"
        )
        yield from self.many((*path, "requires", "items"), req.items, "item", f"{owner} requires the item")


def check_rooms(inp: LintInput) -> Iterator[Problem]:
    """Exits lead to rooms, objects open puzzles and give items that exist, and the start room exists."""
    refs = _Refs(inp)
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
    refs = _Refs(inp)
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


def check_survey(inp: LintInput) -> Iterator[Problem]:
    """Survey questions link to rumours that exist; rumour items come with fact items; the attention check
    expects a point on the scale."""
    survey = inp.pack.survey
    if survey is None:
        return
    refs = _Refs(inp)
    for i, item in enumerate(survey.items):
        yield from refs.check(
            ("survey", "items", i, "rumour"),
            item.rumour,
            "rumour",
            f"The survey question '{item.id}' is about",
        )
    kinds = [item.kind for item in survey.items]
    if "rumour" in kinds and "fact" not in kinds:
        yield inp.problem(
            ("survey", "items"),
            "survey-no-facts",
            "The survey has rumour statements but no true ones (kind: fact). Without facts to accept, the index "
            "cannot tell whether players learned to spot rumours or just disagree with everything; add a true "
            "statement from your rumours' facts with 'kind: fact'.",
            severity="warning",
            key=True,
        )
    check = survey.attention_check
    if check is not None and not 1 <= check.expect <= survey.scale.points:
        yield inp.problem(
            ("survey", "attention_check", "expect"),
            "bad-value",
            f"The attention check expects {check.expect}, but the scale only goes from 1 to {survey.scale.points}.",
        )


def check_walkthroughs(inp: LintInput) -> Iterator[Problem]:
    """Walkthrough steps name rooms, objects, puzzles, items and escape exits that exist."""
    refs = _Refs(inp)
    escapes = {i for r in inp.pack.rooms for e in r.exits if e.escape for i in [models.exit_id(r, e)]}
    kinds: dict[type, tuple[str, str]] = {
        models.GoStep: ("go", "room"),
        models.LookStep: ("look", "object"),
        models.SolveStep: ("solve", "puzzle"),
        models.HintStep: ("hint", "puzzle"),
        models.UseStep: ("use", "item"),
    }
    survey_ids = refs.known["survey question"]
    for w, walk in enumerate(inp.pack.walkthroughs):
        for s, step in enumerate(walk.steps):
            at = ("walkthroughs", w, "steps", s)
            owner = f"Step {s + 1} of walkthrough '{walk.name}' names"
            if type(step) in kinds:
                field, kind = kinds[type(step)]
                yield from refs.check((*at, field), getattr(step, field), kind, f"{owner} the {kind}")
            if isinstance(step, models.UseStep) and step.on not in refs.known["object"] | refs.known["item"]:
                yield inp.problem(
                    (*at, "on"),
                    "unknown-id",
                    f"{owner} '{step.on}' after 'on', but there is no object or item called '{step.on}'."
                    f"{did_you_mean(step.on, refs.known['object'] | refs.known['item'])}",
                )
            if isinstance(step, models.EscapeStep) and step.escape not in escapes:
                yield inp.problem(
                    (*at, "escape"),
                    "unknown-id",
                    f"{owner} the escape exit '{step.escape}', but no exit with 'escape: true' has that id."
                    f"{did_you_mean(step.escape, escapes)}",
                )
        if walk.survey is not None:
            for phase in ("pre", "post"):
                for item_id in getattr(walk.survey, phase):
                    if item_id not in survey_ids:
                        yield inp.problem(
                            ("walkthroughs", w, "survey", phase, item_id),
                            "unknown-id",
                            f"Walkthrough '{walk.name}' answers the survey question '{item_id}', but there is no "
                            f"survey question called '{item_id}'.{did_you_mean(item_id, survey_ids)}",
                            key=True,
                        )


# --------------------------------------------------------------------------- reachability


def check_reachability(inp: LintInput) -> Iterator[Problem]:
    """A way out exists, puzzles can be opened, required flags are given, endings match the timer."""
    pack = inp.pack
    if not any(e.escape for r in pack.rooms for e in r.exits):
        yield inp.problem(
            ("rooms",),
            "no-escape",
            "No exit in any room has 'escape: true', so players could never escape. Add one to the last room.",
            key=True,
        )
    opened = {spot.puzzle for room in pack.rooms for spot in room.objects}
    for p, puzzle in enumerate(pack.puzzles):
        if puzzle.id not in opened and puzzle.solved_by == "answer":
            yield inp.problem(
                ("puzzles", p, "id"),
                "puzzle-not-opened",
                f"No object in any room opens the puzzle '{puzzle.id}', so players can never try it. "
                f"Add 'puzzle: {puzzle.id}' to an object in a room.",
                severity="warning",
            )
    given = {flag for p in pack.puzzles for flag in p.rewards.flags}
    given |= {flag for room in pack.rooms for spot in room.objects for use in spot.uses for flag in use.flags}
    for path, req in _all_requires(pack):
        for i, flag in enumerate(req.flags):
            if flag not in given:
                yield inp.problem(
                    (*path, "requires", "flags", i),
                    "flag-never-set",
                    f"The flag '{flag}' is required here, but no puzzle or item use gives it."
                    f"{did_you_mean(flag, given)}",
                    severity="warning",
                )
    if pack.timer is not None and pack.endings.out_of_time is None:
        yield inp.problem(
            ("endings",),
            "missing-ending",
            "The pack has a timer but no 'out_of_time' ending: write what players see when time runs out.",
            severity="warning",
        )
    for w, walk in enumerate(pack.walkthroughs):
        if walk.ending == "out_of_time" and pack.timer is None:
            yield inp.problem(
                ("walkthroughs", w, "ending"),
                "missing-ending",
                f"Walkthrough '{walk.name}' should end out of time, but the pack has no timer.",
            )


def _all_requires(pack: models.Pack) -> Iterator[tuple[Path_, models.Requires]]:
    for r, room in enumerate(pack.rooms):
        for h, spot in enumerate(room.objects):
            yield ("rooms", r, "objects", h), spot.requires
        for e, exit_ in enumerate(room.exits):
            yield ("rooms", r, "exits", e), exit_.requires
    for p, puzzle in enumerate(pack.puzzles):
        yield ("puzzles", p), puzzle.requires


# --------------------------------------------------------------------------- assets


def _asset_refs(pack: models.Pack) -> Iterator[tuple[Path_, str, tuple[str, ...], str]]:
    """(path, file name, allowed suffixes, what it is) for every asset the pack names."""
    for r, room in enumerate(pack.rooms):
        if room.background:
            yield ("rooms", r, "background"), room.background, IMAGE_SUFFIXES, "picture"
        if room.music:
            yield ("rooms", r, "music"), room.music, SOUND_SUFFIXES, "sound"
    for i, item in enumerate(pack.items):
        if item.icon:
            yield ("items", i, "icon"), item.icon, IMAGE_SUFFIXES, "picture"
    for p, puzzle in enumerate(pack.puzzles):
        if isinstance(puzzle, models.SearchPuzzle) and puzzle.image:
            yield ("puzzles", p, "image"), puzzle.image, IMAGE_SUFFIXES, "picture"


def check_assets(inp: LintInput) -> Iterator[Problem]:
    """Named assets are safe paths, exist in assets/, have the right kind; every asset file decodes."""
    for path, name, suffixes, what in _asset_refs(inp.pack):
        reason = unsafe_reason(name)
        if reason is not None:
            yield inp.problem(path, "unsafe-path", f"The file name '{name}' is not allowed: {reason}.")
            continue
        if suffix_of(name) not in suffixes:
            yield inp.problem(
                path,
                "unsupported-asset",
                f"'{name}' should be a {what} file ({', '.join(suffixes)}).",
            )
            continue
        if resolve_asset(name, inp.files) is None:
            assets = [f for f in inp.files if f.startswith(ASSETS)]
            yield inp.problem(
                path,
                "missing-asset",
                f"There is no file '{name}' in the pack (pictures and sounds go in the assets/ folder)."
                f"{did_you_mean(name, assets)}",
            )
    for file in sorted(inp.files):
        if file.startswith(ASSETS) and suffix_of(file) in SUPPORTED_SUFFIXES:
            yield from _decode_check(inp, file)


def _decode_check(inp: LintInput, file: str) -> Iterator[Problem]:
    def at(code: str, message: str) -> Problem:
        return Problem(file, 1, 1, "error", code, message)

    try:
        data = inp.read(file, MAX_ASSET_BYTES)
    except TooLarge:
        yield at(
            "asset-too-large", f"'{file}' is bigger than {MAX_ASSET_BYTES // 2**20} MB; make it smaller."
        )
        return
    except OSError as err:
        yield at("file-unreadable", f"'{file}' cannot be read ({err}).")
        return
    reason = asset_problem(file, data)
    if reason is not None:
        kind = "font" if suffix_of(file) in FONT_SUFFIXES else "file"
        yield at(
            "bad-asset", f"The {kind} '{file}' cannot be used: {reason}. Export it again from your editor."
        )


# --------------------------------------------------------------------------- translations


@functools.cache
def _text_fields(model: type[BaseModel]) -> tuple[tuple[str, str], ...]:
    """The fields of a model worth visiting for player-visible text, with their kind: 'text', 'list'
    (LocalTextList), 'anchors' (scale labels) or 'inner' (models or lists of models that hold text)."""
    text = union_options(models.LocalText)[-1]  # dict[Lang, str]
    text_list = union_options(models.LocalTextList)[-1]  # dict[Lang, list[str]]
    found: list[tuple[str, str]] = []
    for name, info in model.model_fields.items():
        options = union_options(info.annotation)
        if text in options:
            found.append((name, "text"))
        elif text_list in options:
            found.append((name, "list"))
        elif typing.get_origin(info.annotation) is dict and typing.get_args(info.annotation)[0] is int:
            found.append((name, "anchors"))
        elif any(_text_fields(inner) for inner in _inner_models(options)):
            found.append((name, "inner"))
    return tuple(found)


def _inner_models(options: list[Any]) -> list[type[BaseModel]]:
    """Model classes among a field's types, directly or as list elements."""
    found: list[type[BaseModel]] = []
    for option in options:
        if typing.get_origin(option) is list:
            found += _inner_models(union_options(typing.get_args(option)[0]))
        elif isinstance(option, type) and issubclass(option, BaseModel):
            found.append(option)
    return found


def texts(value: BaseModel | list[Any], path: Path_) -> Iterator[tuple[Path_, Any]]:
    """Every translatable value in a model tree, with its path."""
    if isinstance(value, list):
        for i, child in enumerate(value):
            yield from texts(child, (*path, i))
        return
    for name, kind in _text_fields(type(value)):
        child = getattr(value, name)
        if child is None:
            continue
        if kind == "inner":
            yield from texts(child, (*path, name))
        elif kind == "anchors":
            for point, label in child.items():
                yield (*path, name, point), label
        else:
            yield (*path, name), child


def check_translations(inp: LintInput) -> Iterator[Problem]:
    """Each text has every declared language (warning), and no language the pack does not declare."""
    pack = inp.pack
    declared = pack.languages
    others = [lang for lang in declared if lang != pack.default_language]
    for path, value in texts(pack, ()):
        if isinstance(value, dict):
            for lang in declared:
                if lang not in value:
                    yield inp.problem(
                        path,
                        "missing-translation",
                        f"This text has no '{lang}' translation.",
                        severity="warning",
                    )
            for lang in value:
                if lang not in declared:
                    yield inp.problem(
                        (*path, lang),
                        "unknown-language",
                        f"'{lang}' is not one of the pack's languages ({', '.join(declared)}); add it to "
                        "'languages' in pack.yaml or remove this translation.",
                        severity="warning",
                        key=True,
                    )
        elif others:
            yield inp.problem(
                path,
                "missing-translation",
                f"This text is only in '{pack.default_language}'; it has no "
                f"{' or '.join(repr(lang) for lang in others)} translation.",
                severity="warning",
            )
    yield from _check_strings(inp)


def _check_strings(inp: LintInput) -> Iterator[Problem]:
    strings = inp.pack.strings
    every_key = {key for texts in strings.values() for key in texts}
    for lang in strings:
        if lang not in inp.pack.languages:
            yield inp.problem(
                ("strings", lang),
                "unknown-language",
                f"'strings' has texts for '{lang}', which is not one of the pack's languages.",
                severity="warning",
                key=True,
            )
    for lang in inp.pack.languages:
        if strings and lang in strings:
            for key in sorted(every_key - set(strings[lang])):
                yield inp.problem(
                    ("strings", lang),
                    "missing-translation",
                    f"'strings' has '{key}' in another language but not in '{lang}'.",
                    severity="warning",
                    key=True,
                )


def check_texts(inp: LintInput) -> Iterator[Problem]:
    """Texts are short enough to lay out quickly, words fit a line, no control characters."""
    strings = (
        (("strings", lang, key), text)
        for lang, texts in inp.pack.strings.items()
        for key, text in texts.items()
    )
    yield from check_text_limits(inp, (*texts(inp.pack, ()), *strings))


CHECKS: tuple[Callable[[LintInput], Iterable[Problem]], ...] = (
    check_ids,
    check_rooms,
    check_puzzles,
    check_survey,
    check_walkthroughs,
    check_reachability,
    check_assets,
    check_translations,
    check_texts,
)
"""Every check, in the order they run."""
