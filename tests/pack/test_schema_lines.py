"""Every YAML file of a shipped pack starts with a yaml-language-server line pointing at the schema."""

from __future__ import annotations

import re

import pytest

from tests.conftest import SCENARIOS

FILES = sorted(p for p in SCENARIOS.rglob("*.yaml") if "schema" not in p.parts)
LINE = re.compile(r"^# yaml-language-server: \$schema=(\S+)$")


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(SCENARIOS)))
def test_schema_line_resolves(path):
    first = path.read_text(encoding="utf-8").splitlines()[0]
    match = LINE.match(first)
    assert match, f"{path} does not start with the schema line"
    assert (path.parent / match.group(1)).resolve() == (SCENARIOS / "schema" / "pack.schema.json").resolve()
