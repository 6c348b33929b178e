"""Every shipped pack played through the real screens in each of its languages, with no text overflowing."""

from __future__ import annotations

from pathlib import Path

import pytest

from rumours_game.pack import load_pack
from tests.conftest import shipped_packs

from .helpers import headless


def _cases() -> list[tuple[Path, str]]:
    cases = []
    for pack_dir in shipped_packs():
        pack = load_pack(pack_dir)
        cases += [(pack_dir, lang) for lang in pack.languages]
    return cases


@pytest.mark.slow
@pytest.mark.parametrize(("pack_dir", "lang"), _cases(), ids=lambda v: getattr(v, "name", v))
def test_the_first_walkthrough_plays_in_every_language_without_overflow(pack_dir: Path, lang: str) -> None:
    first = load_pack(pack_dir).walkthroughs[0].name
    driver = headless(pack_dir, lang=lang, walkthrough=first)
    ok, message = driver.run()
    assert ok, message
    assert driver.app.ctx.fonts.overflows == [], driver.app.ctx.fonts.overflows
