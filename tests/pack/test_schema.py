"""The committed JSON Schema is the one the models generate, and it agrees with the loader.

Editors apply the schema to each pack file on its own, so these tests do the same.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from rumours_game.pack.schema import pack_json_schema, schema_text
from rumours_game.pack.yamlsrc import parse_yaml
from tests.conftest import ROOT, shipped_packs
from tests.pack.conftest import BROKEN, VALID

COMMITTED = ROOT / "scenarios" / "schema" / "pack.schema.json"
SHAPE_CODES = {"unknown-key", "wrong-type", "bad-id", "unknown-puzzle-type", "bad-step", "unknown-section"}


def _schema_errors(pack: Path) -> list[str]:
    validator = jsonschema.Draft202012Validator(pack_json_schema())
    found = []
    for file in sorted(pack.rglob("*.yaml")):
        doc = parse_yaml(file.read_bytes(), file.name)
        assert doc.problems == [], doc.problems
        found += [f"{file.name}: {e.message}" for e in validator.iter_errors(doc.data)]
    return found


def test_committed_schema_is_fresh() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == schema_text(), "run `make schema` (rumours schema > ...)"


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(json.loads(COMMITTED.read_text(encoding="utf-8")))


@pytest.mark.parametrize("pack", [VALID, *shipped_packs()], ids=lambda p: p.name)
def test_schema_accepts_every_file_of_valid_packs(pack: Path) -> None:
    assert _schema_errors(pack) == []


SHAPE_CASES = [
    c
    for c in sorted(BROKEN.iterdir())
    if json.loads((c / "expected.json").read_text())["code"] in SHAPE_CODES
]


@pytest.mark.parametrize("case", SHAPE_CASES, ids=lambda p: p.name)
def test_schema_rejects_badly_shaped_files(case: Path) -> None:
    assert _schema_errors(case)
