"""A puzzle type is declared once (its model in pack/puzzle_types.py); every registry must follow.

This is the one test that fails when a type is missing anywhere: the engine's rules, the window's
widgets, the terminal's forms, the interface strings (every language), the docs and the tests' lab pack.
CONTRIBUTING.md lists the files a new type needs.
"""

from __future__ import annotations

import re

import pytest

from rumours_game import strings
from rumours_game.engine import Answer, Session, Why
from rumours_game.engine.puzzles import REGISTRY, rule_for
from rumours_game.pack import load_pack
from rumours_game.pack.models import PUZZLE_MODELS, PUZZLE_TYPES, Pack, PuzzleModel
from tests.conftest import ROOT

LAB = ROOT / "tests" / "engine" / "packs" / "lab"
ANSWERED = [t for t, model in PUZZLE_MODELS.items() if model.solved_by == "answer"]


def test_the_types_are_the_models_of_the_union() -> None:
    assert tuple(PUZZLE_MODELS) == PUZZLE_TYPES
    assert set(PUZZLE_MODELS.values()) == set(PuzzleModel.__args__)
    for name, model in PUZZLE_MODELS.items():
        assert model.solved_by in ("answer", "use"), f"{name} declares what solves it"


def test_the_engine_has_a_rule_for_every_type() -> None:
    assert set(REGISTRY) == set(PUZZLE_TYPES)


def test_the_window_has_a_widget_for_every_type() -> None:
    from rumours_game.ui.puzzles import WIDGETS

    assert set(WIDGETS) == set(PUZZLE_TYPES)


def test_the_terminal_has_a_form_for_every_type_answered_by_typing() -> None:
    from rumours_game.text.puzzles import FORMS

    assert set(FORMS) == set(ANSWERED), "types solved by use are played with the 'use' command"


@pytest.mark.parametrize("lang", sorted(strings.LANGUAGE_NAMES))
def test_every_type_says_how_to_play_it_in_every_language(lang: str) -> None:
    catalog = strings.catalog(lang)
    assert [t for t in PUZZLE_TYPES if f"puzzle.how.{t}" not in catalog] == []


def test_the_docs_show_every_type() -> None:
    guide = (ROOT / "docs" / "puzzle-types.md").read_text(encoding="utf-8")
    reference = (ROOT / "docs" / "pack-format.md").read_text(encoding="utf-8")
    assert set(re.findall(r"^## `([a-z]+)`", guide, re.MULTILINE)) == set(PUZZLE_TYPES)
    section = reference.split("## Puzzle types", 1)[1].split("\n## ", 1)[0]
    assert set(re.findall(r"^### ([a-z]+)$", section, re.MULTILINE)) == set(PUZZLE_TYPES)


def test_the_lab_pack_uses_every_type() -> None:
    assert {p.type for p in load_pack(LAB).puzzles} == set(PUZZLE_TYPES)


def test_a_type_the_engine_lacks_is_refused_not_a_crash() -> None:
    lab = load_pack(LAB)
    code = lab.puzzle("door_code")
    stranger = code.model_copy(update={"type": "no-such-type"})
    others = [p for p in lab.puzzles if p.id != "door_code"]
    pack = Pack.model_construct(**{**dict(lab), "puzzles": [stranger, *others]})
    assert rule_for(stranger) is None
    (refused,) = Session(pack).apply(Answer("door_code", "1234"))
    assert refused.value is Why.NO_EFFECT


def test_contributing_names_every_file_a_new_type_needs_and_they_exist() -> None:
    guide = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    section = guide.split("## A new puzzle type", 1)[1]
    named = set(re.findall(r"`((?:rumours_game|docs|tests|scenarios)/[\w/.<>-]+)`", section))
    needed = {
        "rumours_game/pack/puzzle_types.py",
        "rumours_game/engine/puzzles/__init__.py",
        "rumours_game/ui/puzzles/__init__.py",
        "rumours_game/ui/driver/inputs.py",
        "rumours_game/text/puzzles.py",
        "docs/puzzle-types.md",
        "docs/pack-format.md",
        "tests/engine/packs/lab/pack.yaml",
        "tests/ui/puzzles/conftest.py",
    }
    assert needed <= named
    for path in named:
        example = path.replace("<name>", "sequence").replace("<lang>", "en")
        assert (ROOT / example).exists(), path
