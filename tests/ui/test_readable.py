"""Every screen a player meets, walked with real input at 1280x720 in the longest languages, with and without
large text: every text a player must read is drawn at least 18 px high (with large text at least 23 px and
never smaller than without it), and every text fits its box (docs/ui.md, "Text sizes").

The walk plays the shipped walkthroughs (title, team set-up, consent, survey statements, briefing, rooms,
every puzzle type, hint offer and hint, fact cards, item close-ups, ending, time's up, one last time, thanks)
and on the way opens the screens no walkthrough needs: pause, quit confirmation, the Bag and the object's
close-up from a puzzle. The app records every text it draws (``ctx.text_log``); the test reads that record
after each step, so nothing is sampled from pictures.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pygame
import pytest

from rumours_game.ui.context import Settings

from .helpers import ROOT, TUTORIAL, click, headless, key, unreadable

ESCAPE = ROOT / "scenarios" / "escape-rumours"
WALKS = [
    *[("tutorial", "main", lang, large) for lang in ("en", "el", "uk", "de") for large in (False, True)],
    ("tutorial", "too-slow", "de", True),
    ("tutorial", "too-slow", "el", False),
    ("escape-rumours", "main", "uk", False),
    ("escape-rumours", "main", "uk", True),
]
EXTRA = {"room": [["pause", "quit", "stay", "resume"]], "puzzle": [["bag"], ["closeup"]]}
"""Screens opened on the way: the keys of the buttons pressed in turn (Escape closes the bag and close-up)."""


def with_german(tmp_path: Path) -> Path:
    """A copy of the tutorial that also offers German (the interface's longest words; the pack's own texts
    fall back to English)."""
    copy = tmp_path / "tutorial-de"
    shutil.copytree(TUTORIAL, copy)
    pack = copy / "pack.yaml"
    text = pack.read_text(encoding="utf-8")
    assert "languages: [en, es, el, uk]" in text
    pack.write_text(text.replace("languages: [en, es, el, uk]", "languages: [en, es, el, uk, de]"), "utf-8")
    return copy


def press(app, key_name: str) -> bool:
    """Click the top scene's button ``key_name`` with the mouse (False when it has none)."""
    top = app.top
    found = next((b for b in top.buttons if b.key == key_name and b.enabled), None)
    if found is None:
        return False
    app.frame(top.input_wait + 1 / 60)
    for event in click(found.rect.center):
        pygame.event.post(event)
    for _ in range(3):
        app.frame(1 / 60)
    return True


def detour(app, presses: list[list[str]], check) -> None:
    """Open the screens each list of button presses leads to and check each; come back to where the walk was."""
    start = app.top
    for keys in presses:
        for key_name in keys:
            assert press(app, key_name), f"no '{key_name}' button on the {app.top.name} screen"
            check()
        if app.top is not start:  # the bag and the close-up close with Escape
            app.frame(app.top.input_wait + 1 / 60)
            for event in key(pygame.K_ESCAPE):
                pygame.event.post(event)
            app.frame(1 / 60)
            app.frame(1 / 60)
            check()
        assert app.top is start, f"back on the {start.name} screen after the detour, not {app.top.name}"


@pytest.mark.parametrize(("pack", "walk", "lang", "large"), WALKS)
def test_every_screen_is_readable_and_fits(tmp_path, pack, walk, lang, large):
    path = ESCAPE if pack == "escape-rumours" else with_german(tmp_path) if lang == "de" else TUTORIAL
    driver = headless(path, lang=lang, walkthrough=walk, settings=Settings(large_text=large))
    app = driver.app
    problems: list[str] = []
    seen: set[str] = set()

    def check() -> None:
        name = app.top.name if app.top is not None else "no screen"
        seen.add(name)
        problems.extend(unreadable(app.ctx.text_log.take(), name, app.ctx.layout.scale, large))

    driver.start()
    check()
    detours = dict(EXTRA)
    for _ in range(60_000):
        verdict = driver.step()
        check()
        name = app.top.name if app.top is not None else ""
        keys = detours.get(name)
        if keys and (name != "puzzle" or any(b.key == "closeup" for b in app.top.buttons)):
            del detours[name]
            detour(app, keys, check)
        if verdict is not None:
            break
    assert verdict is not None and verdict[0], verdict
    assert not detours, f"never reached {sorted(detours)}"
    assert {"pause", "quit-confirm", "bag", "closeup"} <= seen
    assert not problems, "\n".join(sorted(set(problems)))
