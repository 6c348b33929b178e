"""Every pack shipped in scenarios/ validates with no errors (the list grows as packs are added)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rumours_game.pack import check_pack
from tests.conftest import shipped_packs


@pytest.mark.parametrize("pack", shipped_packs(), ids=lambda p: p.name)
def test_shipped_pack_has_no_errors(pack: Path) -> None:
    result = check_pack(pack)
    assert [p.format() for p in result.problems if p.severity == "error"] == []
    assert result.pack is not None
