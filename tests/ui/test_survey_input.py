"""Survey answers are the ones players gave: a double tap answers once, Enter chooses only where the focus is
visible, players can go back and change an answer (the store counts the last one), consent's Yes and No
look the same, and "one last time" comes before the survey after the game. Real events, a real store."""

from __future__ import annotations

import sqlite3

import pygame
import pytest

from rumours_game.store import Store
from rumours_game.store.db import DB_NAME
from rumours_game.ui.scenes.survey import INPUT_GUARD

from .helpers import button, click, headless, key, post, scene_is, tap, until


@pytest.fixture
def store(data_dir):
    s = Store.open(data_dir)
    yield s
    s.close()


def rows(data_dir, sql: str) -> list[tuple]:
    with sqlite3.connect(data_dir / DB_NAME) as conn:
        return conn.execute(sql).fetchall()


def wait(app, seconds: float) -> None:
    """Let ``seconds`` pass in frames of 1/60 s (time is the frames' dt: no wall clock)."""
    for _ in range(round(seconds * 60)):
        app.frame(1 / 60)


def at_first_statement(store):
    driver = headless(sink=store)
    driver.start()
    until(driver, scene_is("survey-question"))
    return driver.app


def statement_number(app) -> int:
    return app.top.step.index


@pytest.mark.parametrize("via", ["mouse", "touch"])
def test_a_double_tap_answers_one_statement_not_two(store, data_dir, via):
    app = at_first_statement(store)
    wait(app, INPUT_GUARD)
    press = click if via == "mouse" else (lambda pos: tap(app, pos))
    post(app, *press(button(app, "value-2").rect.center), frames=1)
    assert statement_number(app) == 2
    wait(app, 0.12)  # the second tap of a double tap, 120 ms later
    post(app, *press(button(app, "value-4").rect.center), frames=1)
    assert statement_number(app) == 2, "statement 2 was answered before it could be read"
    assert [v for (v,) in rows(data_dir, "SELECT value FROM responses")] == [2]
    wait(app, INPUT_GUARD)
    post(app, *press(button(app, "value-4").rect.center))
    assert statement_number(app) == 3
    assert sorted(v for (v,) in rows(data_dir, "SELECT value FROM responses")) == [2, 4]


def test_keys_pressed_as_a_screen_appears_are_ignored_too(store, data_dir):
    app = at_first_statement(store)
    post(app, *key(pygame.K_TAB), *key(pygame.K_RETURN), frames=1)
    assert not app.top.focus.visible
    assert rows(data_dir, "SELECT count(*) FROM responses") == [(0,)]


def test_enter_answers_only_where_the_focus_is_visible(store, data_dir):
    app = at_first_statement(store)
    wait(app, INPUT_GUARD)
    assert not app.top.focus.visible
    post(app, *key(pygame.K_RETURN))
    assert statement_number(app) == 1, "Enter chose an answer nobody could see"
    assert rows(data_dir, "SELECT count(*) FROM responses") == [(0,)]
    assert app.top.focus.visible, "the first Enter shows where the focus is"
    shown = app.top.focus.current.key
    post(app, *key(pygame.K_RETURN))
    assert statement_number(app) == 2
    assert rows(data_dir, "SELECT value FROM responses") == [(int(shown.split("-")[1]),)]


def test_a_player_goes_back_and_changes_an_answer_and_the_store_counts_the_last(store, data_dir):
    app = at_first_statement(store)
    assert not any(b.key == "back" for b in app.top.buttons), "nothing to go back to on the first statement"
    first = app.top.step.item.id
    wait(app, INPUT_GUARD)
    post(app, *tap(app, button(app, "value-2").rect.center))
    wait(app, INPUT_GUARD)
    post(app, *tap(app, button(app, "back").rect.center))
    assert statement_number(app) == 1 and app.top.step.item.id == first
    assert button(app, "value-2").selected, "the answer given is shown"
    wait(app, INPUT_GUARD)
    post(app, *click(button(app, "value-5").rect.center))
    assert statement_number(app) == 2
    answers = rows(data_dir, f"SELECT value FROM responses WHERE item_id = '{first}' ORDER BY answered_at")
    assert answers == [(2,), (5,)], "every answer is kept"
    assert rows(data_dir, f"SELECT value FROM latest WHERE item_id = '{first}'") == [(5,)]
    # going back and keeping the same answer writes nothing new
    wait(app, INPUT_GUARD)
    post(app, *key(pygame.K_TAB))
    back = button(app, "back")
    app.top.focus.focus(back)
    post(app, *key(pygame.K_RETURN))
    assert statement_number(app) == 1
    wait(app, INPUT_GUARD)
    post(app, *click(button(app, "value-5").rect.center))
    assert rows(data_dir, f"SELECT count(*) FROM responses WHERE item_id = '{first}'") == [(2,)]


def test_consent_yes_and_no_have_the_same_weight_and_enter_alone_does_not_consent(store, data_dir):
    driver = headless(sink=store)
    driver.start()
    app = driver.app
    until(driver, scene_is("survey-consent"))
    yes, no = button(app, "agree"), button(app, "decline")
    assert yes.kind == no.kind == "normal" and not yes.selected and not no.selected
    assert yes.rect.size == no.rect.size
    face = {b.key: pygame.image.tobytes(b._faces["normal"], "RGBA") for b in (yes, no)}
    colour = {k: max(set(v[i : i + 4] for i in range(0, len(v), 4)), key=v.count) for k, v in face.items()}
    assert colour["agree"] == colour["decline"], "both answers have the same background"
    wait(app, INPUT_GUARD)
    post(app, *key(pygame.K_RETURN))
    assert app.top.name == "survey-consent"
    assert rows(data_dir, "SELECT count(*) FROM players") == [(0,)]


def test_one_last_time_comes_before_the_survey_after_the_game(store):
    driver = headless(sink=store)
    ok, message = driver.run()
    assert ok, message
    names = driver.visited
    again = names.index("survey-again")
    assert names[again - 1] == "debrief" and names[again + 1] == "survey-question"
    assert names.count("survey-again") == 1
