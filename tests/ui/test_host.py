"""Scenes reach the app only through the typed SceneHost protocol (rumours_game/ui/host.py)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from rumours_game.ui.host import SceneHost
from rumours_game.ui.scenes.title import TitleScene

from .helpers import ROOT, headless

SCENES = ROOT / "rumours_game" / "ui" / "scenes"


def test_the_app_is_a_scene_host_and_shown_scenes_know_it() -> None:
    app = headless().app
    members = {n for n in vars(SceneHost) if not n.startswith("_")} | set(SceneHost.__annotations__)
    assert {"flow", "push", "pop", "dirty", "ctx", "reload"} <= members
    assert all(hasattr(app, name) for name in members)
    app.flow.title()
    assert app.top is not None and app.top.app is app


def test_a_scene_not_shown_yet_says_so() -> None:
    scene = TitleScene(headless().app.ctx)
    with pytest.raises(RuntimeError, match="'title' scene is not shown by an app"):
        _ = scene.app


@pytest.mark.parametrize("path", sorted(SCENES.glob("*.py")), ids=lambda p: p.name)
def test_scenes_never_import_the_app_itself(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert "rumours_game.ui.app" not in imported, f"{path.name}: talk to the app through ui/host.py"
