"""Test-wide settings: pygame runs headless, and shared fixtures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

from tests.snapshot import SnapCompare

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

# No wall-clock verdicts: hypothesis' default 200 ms deadline per example failed tests on a busy machine
# (tests/survey/test_plan.py, eight developers on two cores). Slowness is measured by the benchmarks instead.
# No example database either: nothing is written into the checkout.
settings.register_profile("escape-rumours", deadline=None, database=None)
settings.load_profile("escape-rumours")

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


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--snapshot-update",
        action="store_true",
        help="rewrite the committed snapshot PNGs (tests/snapshots/) whose screen changed; look at them after",
    )


@pytest.fixture
def snap_compare(request: pytest.FixtureRequest, tmp_path: Path) -> SnapCompare:
    """``snap_compare(surface, name)``: the surface looks like tests/snapshots/<name>.png (see tests/snapshot.py)."""
    return SnapCompare(request.config.getoption("--snapshot-update"), tmp_path / "snapshot-failures")
