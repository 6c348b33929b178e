"""make test leaves slow tests out locally and runs them all in CI (CI=true), as README.md says, on every core."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _pytest_line(**env: str) -> str:
    environ = {k: v for k, v in os.environ.items() if k not in ("CI", "SLOW", "MAKEFLAGS", "MAKELEVEL")}
    out = subprocess.run(
        ["make", "-n", "--no-print-directory", "test"],
        cwd=ROOT,
        env={**environ, **env},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return next(line for line in out.splitlines() if "-m pytest" in line)


def test_slow_tests_run_in_ci_and_on_request_only() -> None:
    assert _pytest_line().endswith('-m "not slow"')
    assert "not slow" not in _pytest_line(CI="true")
    assert "not slow" not in _pytest_line(SLOW="1")


def test_pytest_runs_on_every_core_locally_and_in_ci() -> None:
    for line in (_pytest_line(), _pytest_line(CI="true")):
        assert " -n auto --dist loadfile " in line
    assert " -n " not in _pytest_line(JOBS="0")
