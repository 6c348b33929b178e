"""The suite gives the same verdict on a busy machine: no per-example time limit, nothing written to the checkout."""

from __future__ import annotations

import gc

from hypothesis import settings


def test_hypothesis_has_no_wall_clock_deadline_and_no_example_database() -> None:
    assert settings.default.deadline is None
    assert settings.default.database is None


def test_what_the_suite_keeps_alive_is_out_of_the_games_collections() -> None:
    """The game collects garbage at each screen change; in the test process that must not walk every test
    module and fixture (tests/conftest.py freezes them), or each walkthrough takes seconds longer."""
    assert gc.get_freeze_count() > 10_000
