"""docs/architecture.md tells the truth: its package table is the real imports, layers point one way, and
every path its "where does X live" map names exists."""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("architecture_tool", ROOT / "tools" / "architecture.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_package_table_is_the_real_imports() -> None:
    tool = _tool()
    text = tool.DOC.read_text(encoding="utf-8")
    assert tool.document(text) == text, (
        "docs/architecture.md is out of date: run 'python tools/architecture.py'"
    )


def test_packages_import_only_the_layers_below_them() -> None:
    tool = _tool()
    layer = {name: depth for depth, names in enumerate(tool.LAYERS) for name in names}
    for package in tool.packages():
        assert package in layer, f"rumours_game/{package} is in no layer of tools/architecture.py LAYERS"
        inside, _ = tool.imports(package)
        upward = sorted(n for n in inside if n in layer and layer[n] >= layer[package])
        assert upward == [], f"{package} imports {upward}, which are not below it"


def test_the_table_sees_function_level_and_relative_imports() -> None:
    tool = _tool()
    code = "def f():\n    from rumours_game import store\n    from ..engine import step\n    import pygame.font\n"
    found = set(tool._imported(ast.parse(code), "rumours_game.ui.scenes.room"))
    assert {"rumours_game.store", "rumours_game.ui.engine", "pygame.font"} <= found


def test_every_path_in_the_where_does_it_live_map_exists() -> None:
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    section = text.split("## Where does X live", 1)[1]
    paths = re.findall(r"`((?:rumours_game|docs|tests|tools)/[^`]*)`", section)
    assert len(paths) > 10
    missing = [p for p in paths if not (ROOT / p).exists()]
    assert missing == [], f"docs/architecture.md names paths that do not exist: {missing}"
