"""Engine test fixtures: the 'lab' pack, which uses every puzzle type."""

from __future__ import annotations

from pathlib import Path

import pytest

from rumours_game.pack import load_pack
from rumours_game.pack.models import Pack

PACKS = Path(__file__).parent / "packs"


@pytest.fixture(scope="session")
def lab() -> Pack:
    return load_pack(PACKS / "lab")
