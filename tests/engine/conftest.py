"""Engine test fixtures: the 'lab' pack, which uses every puzzle type."""

from __future__ import annotations

from pathlib import Path

import pytest

from rumours_game.pack.models import Pack
from rumours_game.pack.yamlsrc import parse_yaml

PACKS = Path(__file__).parent / "packs"


@pytest.fixture(scope="session")
def lab() -> Pack:
    return Pack.model_validate(parse_yaml((PACKS / "lab" / "pack.yaml").read_bytes(), "pack.yaml").data)
