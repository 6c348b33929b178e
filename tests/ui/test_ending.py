"""An ending worth reaching: labelled times, stars, the emblem, confetti, and Play again after time's up."""

from __future__ import annotations

from tests.ui.helpers import button, click, headless, post, scene_is, until


def test_times_up_offers_play_again_into_a_fresh_game() -> None:
    driver = headless(walkthrough="too-slow")
    driver.start()
    until(driver, scene_is("ending"))
    app = driver.app
    ending = app.top
    assert app.ctx.state.phase == "out_of_time"
    again = button(app, "again")
    assert again.text == "Play again" and again.enabled
    first = list(app.ctx.sink.sessions)[-1]
    post(app, *click(again.rect.center))
    assert app.top.name == "room" and app.top is not ending
    assert app.ctx.state.phase == "playing" and app.ctx.state.elapsed == 0
    assert app.ctx.sink.sessions[first]["ending"] == "out_of_time", "the game that ended stays recorded"
    assert list(app.ctx.sink.sessions)[-1] != first, "the new game is a session of its own"


def test_an_escape_shows_stars_labelled_times_and_confetti() -> None:
    driver = headless()
    driver.start()
    until(driver, scene_is("ending"))
    app = driver.app
    ending = app.top
    assert app.ctx.state.phase == "escaped"
    assert not any(b.key == "again" for b in ending.buttons)
    assert ending.confetti is not None and ending.update(0.1), "the celebration animates"
    for _ in range(60):
        ending.update(0.1)
    assert not ending.update(0.1), "and then rests"
    assert app.ctx.fonts.overflows == []
