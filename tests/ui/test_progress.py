"""Progress players can see: Continue after a right answer, hints that keep what was typed, What now?."""

from __future__ import annotations

import pygame

from tests.ui.helpers import button, click, headless, post, until


def in_puzzle(puzzle_id: str):
    return lambda app: app.top is not None and app.top.name == "puzzle" and app.top.puzzle_id == puzzle_id


def type_text(app, text: str) -> None:
    post(app, pygame.event.Event(pygame.TEXTINPUT, text=text))


def test_taking_a_hint_keeps_what_was_typed() -> None:
    driver = headless()
    driver.start()
    until(driver, in_puzzle("mirror-writing"))
    app = driver.app
    type_text(app, "check the")
    assert app.top.widget.value == "check the"
    post(app, *click(button(app, "hint").rect.center))
    assert app.top.name == "hint-offer" and "costs 15 s" in app.top.body
    post(app, *click(button(app, "take").rect.center))
    post(app, *click(button(app, "ok").rect.center))
    puzzle = app.top
    assert puzzle.name == "puzzle" and app.ctx.state.hints_taken("mirror-writing") == 1
    assert puzzle.widget.value == "check the", "a hint never erases the answer being typed"


def test_a_right_answer_offers_a_large_continue_back_to_the_room() -> None:
    driver = headless()
    driver.start()
    until(driver, in_puzzle("mirror-writing"))
    app = driver.app
    type_text(app, "check the source")
    post(app, *click(app.top.widget.control("check").rect.center), frames=3)
    puzzle = app.top
    assert "mirror-writing" in app.ctx.state.solved
    go_on = button(app, "continue")
    assert go_on.kind == "primary" and go_on.rect.h >= 80
    assert puzzle.focus.current is go_on
    post(app, *click(go_on.rect.center))
    assert app.top.name == "room"


def test_what_now_is_always_there_and_points_at_the_next_step() -> None:
    driver = headless()
    driver.start()
    until(driver, lambda app: app.top is not None and app.top.name == "room")
    app = driver.app
    hint = button(app, "hint")
    assert hint.enabled
    post(app, *click(hint.rect.center))
    assert app.top.name == "guide"
    assert 'Touch Phone and work on "Rumour or fact?".' in app.top.body
    assert "costs 15 s" in app.top.body
