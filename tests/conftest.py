"""Test-wide settings: pygame runs headless, and shared fixtures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = ROOT / "scenarios"


def shipped_packs() -> list[Path]:
    """Every playable pack shipped in scenarios/ (folders with a pack.yaml)."""
    return sorted(p.parent for p in SCENARIOS.glob("*/pack.yaml"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh, empty data folder for the store."""
    d = tmp_path / "data"
    d.mkdir()
    return d
