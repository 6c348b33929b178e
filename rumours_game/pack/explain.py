"""Turning pydantic's validation errors into plain-language problems at the right file, line and column.

pydantic reports a location such as ``('puzzles', 3, 'code', 'answer')``: the ``'code'`` there is the
puzzle type (a tag), not a key in the file, and ``str | dict`` fields add branch names such as
``'dict[constrained-str,str]'``. :func:`explain_errors` walks each location along the real data, drops
those extra parts, keeps only the errors of the union branch that matches what the author wrote, and
writes a message a 15-year-old understands.
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Callable, Sequence
from typing import Any

from pydantic import BaseModel
from pydantic_core import ErrorDetails

from rumours_game.pack import models
from rumours_game.pack.examples import example
from rumours_game.pack.problems import Problem
from rumours_game.pack.suggest import closest, did_you_mean

Locate = Callable[[Sequence[Any], bool], tuple[str, int, int]]
"""Finds (file, line, col) of a path in the merged pack data; ``True`` asks for the key's position."""

_THING: dict[str, str] = {
    "rooms": "room",
    "items": "item",
    "puzzles": "puzzle",
    "rumours": "rumour",
    "walkthroughs": "walkthrough",
    "objects": "object",
    "exits": "exit",
    "facts": "fact",
    "hints": "hint",
    "options": "option",
    "entries": "entry",
    "pairs": "pair",
    "targets": "target",
    "steps": "step",
}
_TAGGED_LISTS = (("puzzles", int), ("walkthroughs", int, "steps", int))
_TYPE_WORDS = {
    "string": "text",
    "int": "a whole number",
    "float": "a number",
    "bool": "true or false",
    "list": "a list (lines starting with '- ')",
    "dict": "a set of 'key: value' lines",
    "model": "a set of 'key: value' lines",
}


def explain_errors(
    errors: Sequence[ErrorDetails],
    data: dict[str, Any],
    locate: Locate,
    ignore: set[str] | None = None,
    root: type[BaseModel] = models.Pack,
) -> list[Problem]:
    """Plain-language problems for pydantic ``errors`` raised while validating ``data`` as ``root``
    (a Pack unless told; kiosk.yaml uses its own model).

    Errors under the top-level keys in ``ignore`` (already reported another way) are left out.
    """
    walked = [
        w for w in (_walk(err, data) for err in errors) if not (ignore and w[0][:1] and w[0][0] in ignore)
    ]
    chosen: dict[tuple[Any, ...], str | None] = {}
    for _path, branch, _ in walked:
        if branch is not None:
            union_path, label = branch
            value = _get(data, union_path)
            if union_path not in chosen:
                chosen[union_path] = None
            if _label_fits(label, value):
                chosen[union_path] = label
    problems: list[Problem] = []
    seen_unions: set[tuple[Any, ...]] = set()
    typos = _typo_targets(walked, data, root)
    for path, branch, err in walked:
        if err["type"] == "missing" and path in typos:
            continue  # "unknown key 'nmae', did you mean 'name'?" already says it
        if branch is None:
            problems.append(_problem(err, path, data, locate, root))
            continue
        union_path, label = branch
        if chosen[union_path] == label:
            problems.append(_problem(err, path, data, locate, root))
        elif chosen[union_path] is None and union_path not in seen_unions:
            seen_unions.add(union_path)
            labels = [b[1] for _, b, _ in walked if b is not None and b[0] == union_path]
            problems.append(_union_mismatch(union_path, labels, data, locate))
    return problems


def _typo_targets(walked: list[Any], data: Any, root: type[BaseModel]) -> set[tuple[Any, ...]]:
    """Paths of missing keys that an unknown key next to them is probably a typo of."""
    targets = set()
    for path, _, err in walked:
        if err["type"] == "extra_forbidden":
            parent = path[:-1]
            model = model_at(parent, data, root)
            best = closest(str(path[-1]), model.model_fields) if model else None
            if best is not None:
                targets.add((*parent, best))
    return targets


def _walk(
    err: ErrorDetails, data: Any
) -> tuple[tuple[Any, ...], tuple[tuple[Any, ...], str] | None, ErrorDetails]:
    """The real data path of an error, and the first union branch label skipped on the way (if any)."""
    loc = list(err["loc"])
    path: list[Any] = []
    branch: tuple[tuple[Any, ...], str] | None = None
    value = data
    i = 0
    while i < len(loc):
        step = loc[i]
        i += 1
        if isinstance(value, list) and isinstance(step, int) and 0 <= step < len(value):
            path.append(step)
            value = value[step]
            if _tagged(path) and i < len(loc) and loc[i] == _tag_of(value):
                i += 1  # the tag pydantic adds after a tagged-union element, e.g. 'code' for a code puzzle
        elif isinstance(value, dict) and step in value:
            path.append(step)
            value = value[step]
        elif err["type"] == "missing" and i == len(loc):
            path.append(step)
        elif branch is None:
            branch = (tuple(path), str(step))
    return tuple(path), branch, err


def _tagged(path: list[Any]) -> bool:
    return any(
        len(path) == len(shape)
        and all(isinstance(p, s) if isinstance(s, type) else p == s for p, s in zip(path, shape, strict=True))
        for shape in _TAGGED_LISTS
    )


def _tag_of(value: Any) -> Any:
    if not isinstance(value, dict):
        return None
    return value["type"] if "type" in value else next((k for k in models.STEP_KINDS if k in value), None)


def _label_fits(label: str, value: Any) -> bool:
    if label.startswith("dict["):
        return isinstance(value, dict)
    if label.startswith("list["):
        return isinstance(value, list)
    if label in ("str", "constrained-str"):
        return isinstance(value, str)
    return False


def _get(data: Any, path: Sequence[Any]) -> Any:
    for step in path:
        try:
            data = data[step]
        except (KeyError, IndexError, TypeError):
            return None
    return data


# --------------------------------------------------------------------------- naming things


def where(path: Sequence[Any], data: Any) -> str:
    """How to name the thing at ``path`` for a player-facing message: "object 'desk' in room 'hall'"."""
    things: list[str] = []
    fields: list[str] = []
    value = data
    for i, step in enumerate(path):
        parent = value
        value = _get(value, [step])
        if isinstance(step, int) and isinstance(parent, list):
            key = path[i - 1] if i else ""
            kind = "survey question" if tuple(path[:i]) == ("survey", "items") else _THING.get(str(key))
            ident = value.get("id", value.get("name")) if isinstance(value, dict) else None
            if kind is None:
                things.append(f"entry {step + 1} of '{'.'.join(fields)}'")
            else:
                things.append(f"{kind} '{ident}'" if isinstance(ident, str) else f"{kind} {step + 1}")
            fields = []
        elif not (
            isinstance(step, str) and step in _THING and i + 1 < len(path) and isinstance(path[i + 1], int)
        ):
            fields.append(str(step))
    thing = " in ".join(reversed(things[-2:]))
    if fields:
        named = "'" + ".".join(fields) + "'"
        return f"{named} of {thing}" if thing else named
    return thing or "the pack"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def describe(value: Any) -> str:
    """What a value is, in words: "the text 'abc'", "a list", "empty"."""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        short = value if len(value) <= 40 else value[:37] + "..."
        return f"the text '{short}'"
    if isinstance(value, list):
        return "a list"
    return "a set of 'key: value' lines"


def model_at(path: Sequence[Any], data: Any, root: type[BaseModel] = models.Pack) -> type[BaseModel] | None:
    """The model class (under ``root``) that describes the mapping at ``path``, chosen by what is written there."""
    annotation: Any = root
    for i, step in enumerate(path):
        owner = _pick_model(annotation, _get(data, path[:i]))
        if isinstance(step, int):
            annotation = _element(annotation)
        elif owner is not None and step in owner.model_fields:
            annotation = owner.model_fields[step].annotation
        else:
            return None
    return _pick_model(annotation, _get(data, path))


def _element(annotation: Any) -> Any:
    for option in union_options(annotation):
        if typing.get_origin(option) is list:
            return typing.get_args(option)[0]
    return None


def union_options(annotation: Any) -> list[Any]:
    """The types a field accepts, with Annotated and unions (including Optional) unwrapped."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return union_options(typing.get_args(annotation)[0])
    if origin is typing.Union or origin is types.UnionType:
        return [o for arg in typing.get_args(annotation) for o in union_options(arg)]
    return [annotation]


def _pick_model(annotation: Any, value: Any) -> type[BaseModel] | None:
    candidates = [o for o in union_options(annotation) if isinstance(o, type) and issubclass(o, BaseModel)]
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    keys = set(value) if isinstance(value, dict) else set()
    tag = _tag_of(value)

    def score(model: type[BaseModel]) -> tuple[bool, int]:
        field = model.model_fields.get("type")
        by_type = field is not None and tag in typing.get_args(field.annotation)
        return (by_type or tag in model.model_fields, len(keys & set(model.model_fields)))

    return max(candidates, key=score)


# --------------------------------------------------------------------------- messages


def _problem(
    err: ErrorDetails, path: tuple[Any, ...], data: Any, locate: Locate, root: type[BaseModel]
) -> Problem:
    kind = err["type"]
    ctx = err.get("ctx") or {}
    value = err.get("input")
    code, message = "bad-value", ""
    if kind == "missing":
        parent, key = path[:-1], path[-1]
        file, line, col = locate(parent, False)
        return Problem(file, line, col, "error", "missing-key", f"{_cap(where(parent, data))} needs '{key}'.")
    file, line, col = locate(path, kind == "extra_forbidden")
    here = where(path, data)
    if kind == "extra_forbidden":
        parent, key = path[:-1], path[-1]
        model = model_at(parent, data, root)
        allowed = [k for k in model.model_fields if k not in (_get(data, parent) or {})] if model else []
        hint = did_you_mean(str(key), allowed) or (f" Allowed here: {', '.join(allowed)}." if allowed else "")
        code = "unknown-key"
        message = f"{_cap(where(parent, data))} has an unknown key '{key}'.{hint}"
    elif kind in ("union_tag_invalid", "union_tag_not_found"):
        code = "unknown-puzzle-type"
        names = ", ".join(models.PUZZLE_TYPES)
        if kind == "union_tag_invalid":
            file, line, col = locate((*path, "type"), False)
            message = (
                f"{_cap(here)} has type '{ctx.get('tag')}', which is not a puzzle type."
                f"{did_you_mean(str(ctx.get('tag')), models.PUZZLE_TYPES)} The types are: {names}."
            )
        else:
            message = f"{_cap(here)} needs a 'type': one of {names}."
    elif kind == "walkthrough_step":
        code = "bad-step"
        first = next(iter(value), "") if isinstance(value, dict) else ""
        message = (
            f"{_cap(here)} must start with one of: {', '.join(models.STEP_KINDS)}."
            f"{did_you_mean(str(first), models.STEP_KINDS) if first else ''}"
        )
    elif kind == "string_pattern_mismatch":
        code, message = _pattern_message(ctx.get("pattern", ""), value, here)
    elif kind.endswith(("_type", "_parsing")) or kind in ("int_from_float", "model_attributes_type"):
        code = "wrong-type"
        word = _TYPE_WORDS.get(kind.split("_")[0], kind.split("_")[0])
        message = f"{_cap(here)} should be {word}, but it is {describe(value)}.{example(path)}"
    elif kind in ("too_short", "too_long", "string_too_short", "string_too_long"):
        message = _length_message(kind, ctx, here)
    elif kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        bound = {"greater_than": "more than", "greater_than_equal": "at least", "less_than": "less than"}
        limit = next(iter(ctx.values()), "")
        message = f"{_cap(here)} is {value}, but it must be {bound.get(kind, 'at most')} {limit}."
    elif kind == "literal_error":
        choices = re.findall(r"'([^']*)'|(\d+)", str(ctx.get("expected", "")))
        words = [a or b for a, b in choices]
        message = (
            f"{_cap(here)} is {describe(value)}, but it must be {ctx.get('expected')}."
            f"{did_you_mean(str(value), words)}"
        )
    elif kind in ("value_error", "assertion_error"):
        reason = str(ctx.get("error", err.get("msg", "")))
        message = f"{_cap(here)}: {reason}."
    else:
        message = f"{_cap(here)}: {err.get('msg', 'this value is not right')}."
    return Problem(file, line, col, "error", code, message)


def _pattern_message(pattern: str, value: Any, here: str) -> tuple[str, str]:
    if pattern == models.ID_PATTERN:
        example = re.sub(r"[^a-z0-9_-]+", "-", str(value).lower()).strip("-_") or "my-room"
        return (
            "bad-id",
            f"'{value}' is not a valid id ({here}). Use only lower-case letters, digits, '-' and '_', "
            f"starting with a letter or digit, for example '{example}'.",
        )
    if pattern == models.LANG_PATTERN:
        return ("bad-value", f"'{value}' ({here}) is not a language code like 'en', 'es' or 'pt-BR'.")
    if "\\d+(\\.\\d+)" in pattern:
        return ("bad-value", f"'{value}' ({here}) is not a version number like '1.0' or '1.2.3'.")
    if "\\d{1,2}-\\d{1,2}" in pattern:
        return ("bad-value", f"'{value}' ({here}) is not an age band like '14-15'.")
    return ("bad-value", f"'{value}' ({here}) is not written the right way.")


def _length_message(kind: str, ctx: dict[str, Any], here: str) -> str:
    if kind.startswith("string"):
        if kind == "string_too_short":
            return f"{_cap(here)} must not be empty."
        return f"{_cap(here)} is too long: at most {ctx.get('max_length')} characters."
    if kind == "too_short":
        least = ctx.get("min_length")
        noun = "entry" if least == 1 else "entries"
        return f"{_cap(here)} needs at least {least} {noun} (it has {ctx.get('actual_length')})."
    return f"{_cap(here)} has too many entries: at most {ctx.get('max_length')}."


def _union_mismatch(path: tuple[Any, ...], labels: list[str], data: Any, locate: Locate) -> Problem:
    file, line, col = locate(path, False)
    words: list[str] = []
    for label in labels:
        if label.startswith("dict["):
            word = "translations like 'en: ...' on the next lines"
        elif label.startswith("list["):
            word = "a list (lines starting with '- ')"
        else:
            word = "text" if "str" in label else label
        if word not in words:
            words.append(word)
    value = _get(data, path)
    message = f"{_cap(where(path, data))} should be {' or '.join(words)}, but it is {describe(value)}.{example(path)}"
    return Problem(file, line, col, "error", "wrong-type", message)
