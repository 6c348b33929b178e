"""Random bytes, YAML-ish text and random changes to a valid pack give problems, never an exception."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings, strategies as st

from rumours_game.pack import check_pack
from rumours_game.pack.yamlsrc import parse_yaml
from tests.pack.conftest import VALID

YAMLISH = st.text(alphabet=st.sampled_from(list("ab:-[]{}&*!#'\"\t\n ,.|>?%@`0123456789~")), max_size=200)
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20))
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes(raw: bytes) -> None:
    doc = parse_yaml(raw, "f.yaml")
    assert doc.problems or doc.root is not None  # read, or told why not
    assert all(p.line >= 1 and p.col >= 1 for p in doc.problems)


@settings(max_examples=300, deadline=None)
@given(YAMLISH)
def test_yamlish_text(text: str) -> None:
    doc = parse_yaml(text.encode(), "f.yaml")
    for problem in doc.problems:
        assert problem.line >= 1 and problem.col >= 1


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*path, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            found += _paths(child, (*path, i))
    return found


def _mutate(data: Any, path: tuple[Any, ...], new: Any, action: str) -> Any:
    if not path:
        return new
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    if action == "delete":
        del parent[path[-1]]
    elif action == "rename" and isinstance(parent, dict):
        parent[str(new)[:10] + "x"] = parent.pop(path[-1])
    else:
        parent[path[-1]] = new
    return data


FILES = sorted(p.name for p in VALID.glob("*.yaml"))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(FILES), st.data(), VALUES, st.sampled_from(["replace", "delete", "rename"]))
def test_mutated_valid_pack(name: str, data: st.DataObject, new: Any, action: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        pack = Path(tmp) / "pack"
        shutil.copytree(VALID, pack)
        content = yaml.safe_load((pack / name).read_text())
        path = data.draw(st.sampled_from(_paths(content)))
        changed = _mutate(content, path, new, action)
        (pack / name).write_text(yaml.safe_dump(changed, allow_unicode=True))
        result = check_pack(pack)
        assert (result.pack is None) == any(p.severity == "error" for p in result.problems)
        for problem in result.problems:
            assert problem.message and problem.line >= 1
