"""docs/reliability.md names, for each promise, tests that exist."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "reliability.md"


def _tests_in(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name.startswith("test_")}


def test_every_promise_names_tests_that_exist() -> None:
    text = DOC.read_text(encoding="utf-8")
    promises = re.split(r"^## \d\. ", text, flags=re.M)[1:]
    assert len(promises) == 5
    for promise in promises:
        named = re.findall(r"`(tests/[\w/]+\.py)::(\w+)`", promise)
        assert named, promise.splitlines()[0]
        for file, test in named:
            assert (ROOT / file).is_file(), file
            assert test in _tests_in(ROOT / file), f"{file}::{test}"
