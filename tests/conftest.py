"""Test-wide settings: pygame runs headless, and shared fixtures."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
import pytest
from hypothesis import settings

if TYPE_CHECKING:
    from tests.snapshot import SnapCompare

# before anything imports pygame (tests.snapshot does): its banner would end a run's output under xdist
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


@pytest.fixture(autouse=True, scope="session")
def user_data_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The platform's user data folder, as the game finds it without ``--data-dir``, is a temporary one: a
    test that forgets ``--data-dir`` (or a crash log written on its behalf) never lands in the real data
    folder, and test processes running side by side (pytest-xdist) never share one. Processes started by
    tests inherit it through ``XDG_DATA_HOME`` (Linux)."""
    folder = tmp_path_factory.mktemp("user-data")

    def user_data_dir(appname: str | None = None, *args: object, **kwargs: object) -> str:
        return str(folder / appname) if appname else str(folder)

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_DATA_HOME", str(folder))
        patch.setattr(platformdirs, "user_data_dir", user_data_dir)
        yield folder


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
    from tests.snapshot import SnapCompare

    return SnapCompare(request.config.getoption("--snapshot-update"), tmp_path / "snapshot-failures")


def _freeze_what_lives_on() -> None:
    """Collect garbage, then move every object still alive out of the collector's sight (``gc.freeze``).

    The game collects garbage each time a screen is left (``App._collect``: its pictures must go at once).
    A full collection walks every object the process holds; in a kiosk that is the game, in the test
    process it is also every test module, parameter list and fixture collected so far, so one walkthrough
    took 12 s instead of 2. What lives on after a collection (modules, session fixtures, caches) is
    frozen; whatever a test makes afterwards is still collected as in the game.
    """
    gc.collect()
    gc.freeze()


def pytest_collection_finish(session: pytest.Session) -> None:
    _freeze_what_lives_on()


@pytest.fixture(autouse=True, scope="module")
def _frozen_between_modules() -> Iterator[None]:
    """What a test module leaves alive (its module fixtures are gone by now) is frozen too."""
    yield
    _freeze_what_lives_on()
