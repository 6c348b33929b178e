"""Every new team starts with the defaults: what one team chose (language, large text, contrast, sound,
emblem) does not leak to the next team; the defaults are those the game was started with."""

from __future__ import annotations

import pygame

from rumours_game.ui.context import Settings

from .helpers import button, click, headless, key, post, scene_is, until


def choose_everything_and_quit(driver) -> None:
    app = driver.app
    driver.start()
    post(app)
    for name in ("lang-el", "large-text", "contrast", "sound"):
        post(app, *click(button(app, name).rect.center))
    assert app.ctx.lang == "el" and app.ctx.settings.high_contrast
    driver.plan.lang = "el"  # the headless team plays on in Greek
    until(driver, scene_is("briefing"))
    assert app.ctx.lang == "el" and app.ctx.settings.high_contrast
    post(app, *click(button(app, "emblem-moon").rect.center))
    assert app.ctx.team["emblem"] == "moon"
    until(driver, scene_is("room"))
    post(app, *key(pygame.K_ESCAPE))
    post(app, *click(button(app, "quit").rect.center))
    post(app, *click(button(app, "quit").rect.center))  # the confirmation dialog
    assert app.top.name == "title"


def test_the_next_team_starts_with_the_defaults():
    driver = headless()
    choose_everything_and_quit(driver)
    app = driver.app
    assert app.ctx.lang == "en" and app.ctx.settings == Settings()
    assert button(app, "lang-en").selected and not button(app, "large-text").selected
    assert "emblem" not in app.ctx.team
    assert not app.ctx.audio.muted


def test_the_defaults_are_those_the_game_started_with():
    driver = headless(settings=Settings(large_text=True))
    assert driver.app.ctx.settings.large_text
    choose_everything_and_quit(driver)
    assert driver.app.ctx.settings == Settings(large_text=True)
