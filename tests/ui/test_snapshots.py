"""Key screens at 1280x720 compared with committed pictures (tests/snapshots/, see tests/snapshot.py).

Deterministic: the dummy video driver, fixed seeds, and the driver's fixed frame time instead of a clock.
A screen changed on purpose is updated with ``make snapshots``; look at the new PNG before committing it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pygame
import pytest

from rumours_game.engine import Look
from rumours_game.pack.models import PUZZLE_TYPES
from rumours_game.survey import MemorySink
from rumours_game.ui.run import make_app

from .helpers import HD, headless
from .puzzles.conftest import make_pack

pytestmark = pytest.mark.snapshot

TUTORIAL_SCREENS = {
    "room": "room",
    "fact-card": "fact-card",
    "ending": "ending",
    "survey-question": "survey-statement",
}
"""Scene name in the tutorial's main walkthrough -> snapshot name (the first time the scene shows)."""


@pytest.fixture(scope="module")
def tutorial_screens() -> dict[str, pygame.Surface]:
    """The tutorial played by mouse through its main walkthrough; a copy of each key screen when it first shows."""
    driver = headless()
    driver.start()
    shots: dict[str, pygame.Surface] = {}
    while (verdict := driver.step()) is None:
        top = driver.app.top
        if top is not None and top.name in TUTORIAL_SCREENS and top.name not in shots:
            driver.app.draw()
            shots[top.name] = driver.app.screen.copy()
    assert verdict[0], verdict[1]
    return shots


@pytest.mark.parametrize("scene", sorted(TUTORIAL_SCREENS))
def test_tutorial_screen(
    tutorial_screens: dict[str, pygame.Surface],
    scene: str,
    snap_compare: Callable[[pygame.Surface, str], None],
) -> None:
    assert scene in tutorial_screens, f"the walkthrough never showed the {scene} screen"
    snap_compare(tutorial_screens[scene], TUTORIAL_SCREENS[scene])


@pytest.mark.parametrize("kind", PUZZLE_TYPES)
def test_puzzle_screen(kind: str, snap_compare: Callable[[pygame.Surface, str], None]) -> None:
    """The puzzle screen of each type, as a team carrying the drawer's items opens it."""
    pack = make_pack()
    puzzle = next((p for p in pack.puzzles if p.type == kind), None)
    assert puzzle is not None, (
        f"add a '{kind}' puzzle to the widget test pack in tests/ui/puzzles/conftest.py"
    )
    app = make_app(pack, Path("/nonexistent-pack"), "en", MemorySink(), HD, headless=True, seed=1)
    app.flow.play()
    app.ctx.dispatch(Look("drawer"))
    app.flow.open_puzzle(puzzle.id)
    app.frame(1 / 60)
    app.draw()
    snap_compare(app.screen, f"puzzle-{kind}")
