"""Every shipped pack played through the real screens in each of its languages, with normal and with large
text: every text a player reads is drawn at least at the readable minimum and fits its box (docs/ui.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rumours_game.pack import load_pack
from rumours_game.ui.context import Settings
from rumours_game.ui.driver.run import MAX_FRAMES
from tests.conftest import shipped_packs

from .helpers import headless, unreadable


def _cases() -> list[tuple[Path, str, bool]]:
    cases = []
    for pack_dir in shipped_packs():
        pack = load_pack(pack_dir)
        cases += [(pack_dir, lang, large) for lang in pack.languages for large in (False, True)]
    return cases


def _id(value: object) -> str:
    if isinstance(value, bool):
        return "large" if value else "normal"
    return getattr(value, "name", str(value))


@pytest.mark.slow
@pytest.mark.parametrize(("pack_dir", "lang", "large"), _cases(), ids=_id)
def test_the_first_walkthrough_is_readable_in_every_language(pack_dir: Path, lang: str, large: bool) -> None:
    first = load_pack(pack_dir).walkthroughs[0].name
    driver = headless(pack_dir, lang=lang, walkthrough=first, settings=Settings(large_text=large))
    app = driver.app
    problems: list[str] = []
    driver.start()
    verdict = None
    for _ in range(MAX_FRAMES):
        verdict = driver.step()
        name = app.top.name if app.top is not None else "no screen"
        problems.extend(unreadable(app.ctx.text_log.take(), name, app.ctx.layout.scale, large))
        if verdict is not None:
            break
    assert verdict is not None and verdict[0], verdict
    assert app.ctx.fonts.overflows == [], app.ctx.fonts.overflows
    assert not problems, "\n".join(sorted(set(problems)))
