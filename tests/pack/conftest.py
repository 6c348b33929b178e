"""Fixtures for the pack tests: a small valid pack to copy and break."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
VALID = HERE / "valid" / "minimal"
BROKEN = HERE / "broken"


@pytest.fixture
def valid_pack(tmp_path: Path) -> Path:
    """A fresh copy of the minimal valid pack (one room, one puzzle, one rumour, a walkthrough)."""
    dest = tmp_path / "pack"
    shutil.copytree(VALID, dest)
    return dest
