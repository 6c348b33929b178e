"""Player-visible texts: a walk over every translatable value of a pack, and their length and character limits."""

from __future__ import annotations

import functools
import typing
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from rumours_game.pack import models
from rumours_game.pack.explain import union_options
from rumours_game.pack.limits import check_text_limits
from rumours_game.pack.lint.inputs import LintInput, Path_
from rumours_game.pack.problems import Problem


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


def check_texts(inp: LintInput) -> Iterator[Problem]:
    """Texts are short enough to lay out quickly, words fit a line, no control characters."""
    strings = (
        (("strings", lang, key), text)
        for lang, texts in inp.pack.strings.items()
        for key, text in texts.items()
    )
    yield from check_text_limits(inp, (*texts(inp.pack, ()), *strings))
