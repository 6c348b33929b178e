"""Choosing the game on the title when the app offers several packs (`rumours play A B`, `make play`)."""

from __future__ import annotations

import pygame
import pytest

from rumours_game import strings
from rumours_game.pack import load_pack
from rumours_game.pack.i18n import tr
from rumours_game.survey import MemorySink
from rumours_game.ui.driver import Driver, Plan
from rumours_game.ui.run import make_app
from rumours_game.ui.text import fit

from .helpers import HD, ROOT, TUTORIAL, button, click, headless, key, post, scene_is, tap, until

ESCAPE = ROOT / "scenarios" / "escape-rumours"
MIN_PX = 18


@pytest.fixture(scope="module")
def packs():
    return [(TUTORIAL, load_pack(TUTORIAL)), (ESCAPE, load_pack(ESCAPE))]


def two_packs(packs, lang: str = "en"):
    """A headless app offering the tutorial and the Escape Rumours game, on its title screen."""
    path, pack = packs[0]
    app = make_app(pack, path, lang, MemorySink(), HD, headless=True, seed=1)
    app.packs = list(packs)
    app.flow.title()
    app.frame(1 / 60, [])
    return app


def shown_title(app) -> str:
    return button(app, "game").text


def test_the_title_with_two_packs_offers_the_game_and_with_one_does_not(packs):
    app = two_packs(packs)
    assert app.top.name == "title"
    label = shown_title(app)
    assert label.startswith("Game: ") and tr(packs[0][1].title, "en", "en") in label and "1 of 2" in label
    single = headless().app
    single.flow.title()
    assert all(b.key != "game" for b in single.top.buttons)


@pytest.mark.parametrize("via", ["click", "tap", "enter"])
def test_a_click_a_tap_or_enter_on_the_game_switches_the_pack_shown(packs, via):
    app = two_packs(packs)
    escape_title = tr(packs[1][1].title, "en", "en")
    if via == "enter":
        for _ in range(len(app.top.buttons)):
            if app.top.focus.visible and app.top.focus.current.key == "game":
                break
            post(app, *key(pygame.K_TAB))
        assert app.top.focus.current.key == "game"
        post(app, *key(pygame.K_RETURN))
    else:
        centre = button(app, "game").rect.center
        post(app, *(click(centre) if via == "click" else tap(app, centre)))
    assert app.ctx.pack is packs[1][1] and app.ctx.pack_path == ESCAPE and app.pack_index == 1
    assert escape_title in shown_title(app) and "2 of 2" in shown_title(app)
    assert app.ctx.assets.root == ESCAPE  # its pictures and sounds
    if via == "enter":  # the focus stays on the game: Enter again goes round to the first pack
        assert app.top.focus.current.key == "game"
        post(app, *key(pygame.K_RETURN))
        assert app.ctx.pack is packs[0][1] and "1 of 2" in shown_title(app)
    assert app.ctx.fonts.overflows == []


def test_the_language_falls_back_to_the_new_packs_default_only_when_it_lacks_it(packs):
    app = two_packs(packs, "el")  # the tutorial speaks Greek, the Escape Rumours game does not
    button(app, "game").activate()
    app.frame(1 / 60, [])
    assert app.ctx.lang == packs[1][1].default_language
    assert {b.key for b in app.top.buttons} >= {f"lang-{code}" for code in packs[1][1].languages}
    app = two_packs(packs, "uk")  # both speak Ukrainian
    button(app, "game").activate()
    app.frame(1 / 60, [])
    assert app.ctx.lang == "uk" and "Гра: " in shown_title(app)


def test_starting_plays_the_chosen_pack(packs):
    app = two_packs(packs)
    button(app, "game").activate()
    app.frame(1 / 60, [])
    pack = packs[1][1]
    driver = Driver(app, Plan(pack, pack.walkthroughs[0], "en", "touch"))
    driver.start()
    assert app.top.name == "title" and app.ctx.pack is pack  # the next team keeps the chosen game
    until(driver, scene_is("room"))
    assert app.ctx.session.pack is pack and app.ctx.session.state.room == pack.first_room


def test_the_next_team_starts_in_the_default_language_the_pack_has(packs):
    app = two_packs(packs, "el")
    button(app, "game").activate()
    app.flow.title()  # a team finished: the game stays, Greek is not in it
    assert app.ctx.pack is packs[1][1] and app.ctx.lang == "en"
    button(app, "game").activate()
    app.flow.title()
    assert app.ctx.pack is packs[0][1] and app.ctx.lang == "el"


@pytest.mark.parametrize("lang", sorted(strings.LANGUAGE_NAMES))
def test_the_game_label_fits_at_18_px_or_more_in_every_catalog_language(packs, lang):
    app = two_packs(packs)
    inner = button(app, "game").rect.inflate(-2 * app.ctx.px(12), -2 * app.ctx.px(12))
    for _, pack in packs:
        label = strings.lookup(
            lang, "title.game", title=tr(pack.title, lang, pack.default_language), n=2, total=2
        )
        assert "{" not in label
        font, _ = fit(app.ctx, label, inner.w, inner.h, app.ctx.font_px(26), bold=True, keep_words=True)
        assert font.point_size >= MIN_PX, (lang, label, font.point_size)
    assert app.ctx.fonts.overflows == []


def test_f5_reloads_the_pack_chosen_and_keeps_it_chosen(packs):
    app = two_packs(packs)
    button(app, "game").activate()
    post(app, *key(pygame.K_F5))
    assert app.top.name == "title" and app.pack_index == 1 and app.ctx.pack_path == ESCAPE
    assert app.packs[1][1] is app.ctx.pack and app.ctx.pack is not packs[1][1]  # the one read again
    assert app.packs[0] == packs[0]
