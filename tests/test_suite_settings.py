"""The suite gives the same verdict on a busy machine: no per-example time limit, nothing written to the checkout."""

from __future__ import annotations

from hypothesis import settings


def test_hypothesis_has_no_wall_clock_deadline_and_no_example_database() -> None:
    assert settings.default.deadline is None
    assert settings.default.database is None
