"""The headless driver drives the product from outside (as Textual's Pilot does): no scene or widget knows
of it, and the scene base no longer pulls the driver (and through it every scene) in."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import rumours_game.ui as ui
from rumours_game.ui.driver.inputs import SCRIPTS, input_script
from rumours_game.ui.puzzles import WIDGETS

UI = Path(ui.__file__).parent
ENTRY_POINTS = {"run.py"}
"""Modules that start headless play (``rumours play --headless --walkthrough`` is part of the product)."""


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return found


def test_no_scene_or_widget_imports_the_driver() -> None:
    offenders = [
        str(path.relative_to(UI))
        for path in UI.rglob("*.py")
        if "driver" not in path.relative_to(UI).parts
        and str(path.relative_to(UI)) not in ENTRY_POINTS
        and any(m.startswith("rumours_game.ui.driver") for m in _imports(path))
    ]
    assert offenders == []


def test_no_production_class_carries_autoplay_knowledge() -> None:
    names = {"autoplay", "input_script", "keys_to", "press_controls", "key_for"}
    found = []
    for path in UI.rglob("*.py"):
        if "driver" in path.relative_to(UI).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name in names:
                found.append(f"{path.relative_to(UI)}:{node.lineno} {node.name}")
    assert found == []


def test_the_scene_base_loads_without_the_driver_or_other_scenes() -> None:
    code = (
        "import sys, rumours_game.ui.app, rumours_game.ui.scene\n"
        "print(','.join(sorted(m for m in sys.modules if m.startswith(('rumours_game.ui.driver', "
        "'rumours_game.ui.scenes')))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_every_widget_has_an_input_script() -> None:
    for widget in WIDGETS.values():
        assert any(cls in SCRIPTS for cls in widget.__mro__), widget.__name__
    assert callable(input_script)
