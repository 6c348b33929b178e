"""The clock warns with a sign as well as colour when time runs low, in the room and in every puzzle view."""

from __future__ import annotations

from pathlib import Path

import pytest

from rumours_game.engine import Look
from rumours_game.pack.models import Timer
from rumours_game.survey import MemorySink
from rumours_game.ui.run import make_app
from rumours_game.ui.scenes.puzzle import PuzzleScene
from rumours_game.ui.scenes.room import RoomScene
from rumours_game.ui.scenes.room_clock import HURRY_SIGN

from .helpers import HD
from .puzzles.conftest import make_pack


@pytest.mark.parametrize("where", ["room", "puzzle"])
def test_low_time_shows_a_warning_sign_not_only_red(where: str) -> None:
    pack = make_pack().model_copy(update={"timer": Timer(minutes=5)})
    app = make_app(pack, Path("/nonexistent-pack"), "en", MemorySink(), HD, headless=True, seed=1)
    app.flow.play()
    app.ctx.dispatch(Look("drawer"))
    if where == "puzzle":
        app.flow.open_puzzle(pack.puzzles[0].id)
    app.frame(1 / 60)
    scene = app.top
    assert scene is not None and scene.name == where

    def words() -> str:
        if isinstance(scene, RoomScene):
            return scene.clock.text
        assert isinstance(scene, PuzzleScene)
        return scene.clock_shown

    assert not words().startswith(HURRY_SIGN), "plenty of time: no warning yet"
    app.frame(5 * 60 - 30)
    assert words().startswith(HURRY_SIGN), f"30 s left on the {where} screen, but the clock says {words()!r}"
