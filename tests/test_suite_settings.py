"""The suite gives the same verdict on a busy machine: no per-example time limit, nothing written to the checkout
or to the real data folder."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

from hypothesis import settings

from rumours_game.cli.common import data_dir


def test_hypothesis_has_no_wall_clock_deadline_and_no_example_database() -> None:
    assert settings.default.deadline is None
    assert settings.default.database is None


def test_what_the_suite_keeps_alive_is_out_of_the_games_collections() -> None:
    """The game collects garbage at each screen change; in the test process that must not walk every test
    module and fixture (tests/conftest.py freezes them), or each walkthrough takes seconds longer."""
    assert gc.get_freeze_count() > 10_000


def test_the_game_finds_a_temporary_user_data_folder_in_tests_and_their_processes(
    user_data_folder: Path,
) -> None:
    assert data_dir(None).parent == user_data_folder
    code = "from rumours_game.cli.common import data_dir; print(data_dir(None))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    if sys.platform.startswith("linux"):  # platformdirs reads XDG_DATA_HOME on Linux only
        assert Path(out.strip()).parent == user_data_folder
    assert os.environ["XDG_DATA_HOME"] == str(user_data_folder)
