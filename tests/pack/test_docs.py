"""docs/pack-format.md explains every problem code, and its puzzle examples validate."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from rumours_game.pack import CODES, check_pack
from rumours_game.pack.models import PUZZLE_TYPES
from tests.conftest import ROOT

DOC = (ROOT / "docs" / "pack-format.md").read_text(encoding="utf-8")


def test_error_table_matches_codes() -> None:
    table = DOC.split("## Problem codes", 1)[1]
    rows = dict(re.findall(r"^\| `([a-z0-9-]+)` \| (.+) \|$", table, re.MULTILINE))
    assert rows == {code: text.replace("|", "/") for code, text in CODES.items()}


def _examples() -> list[tuple[str, str]]:
    section = DOC.split("## Puzzle types", 1)[1].split("\n## ", 1)[0]
    found = []
    for part in section.split("\n### ")[1:]:
        title = part.split("\n", 1)[0].strip()
        found += [(title, block) for block in re.findall(r"```yaml\n(.*?)```", part, re.DOTALL)]
    return found


def test_one_example_per_puzzle_type() -> None:
    assert sorted({title for title, _ in _examples()}) == sorted(PUZZLE_TYPES)


@pytest.mark.parametrize(("kind", "block"), _examples(), ids=[t for t, _ in _examples()])
def test_puzzle_example_validates(kind: str, block: str, valid_pack: Path) -> None:
    puzzles = yaml.safe_load(block)["puzzles"]
    assert [p["type"] for p in puzzles] == [kind]
    (valid_pack / "example.yaml").write_text(block, encoding="utf-8")
    result = check_pack(valid_pack)
    assert [p.format() for p in result.problems if p.severity == "error"] == []
