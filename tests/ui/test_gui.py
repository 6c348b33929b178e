"""Where pygame_gui is used: only scenes with gui elements get a UIManager."""

from __future__ import annotations

from rumours_game.ui.driver import input_script

from .helpers import headless, post, scene_is, until


def test_the_puzzle_and_room_views_run_without_a_gui_manager():
    driver = headless()
    driver.start()
    until(driver, scene_is("room"))
    assert driver.app.top.manager is None
    until(driver, scene_is("puzzle"))
    assert driver.app.top.manager is None
    assert driver.app.top.widget is not None


def test_the_puzzle_view_redraws_while_a_wrong_answer_shakes_and_then_rests():
    driver = headless()
    driver.start()
    app = driver.app
    until(driver, scene_is("puzzle"))
    scene = app.top
    for event in input_script(scene.widget, "fact", "mouse"):  # the tutorial's first puzzle: a wrong answer
        post(app, event, frames=1)
    assert scene.widget.feedback.kind == "bad"
    drawn = app.frames_drawn
    for _ in range(20):
        app.frame(1 / 60)
    assert app.frames_drawn - drawn >= 19, "every frame of the shake is drawn"
    for _ in range(30):
        app.frame(1 / 60)
    drawn = app.frames_drawn
    for _ in range(30):
        app.frame(1 / 60)
    assert app.frames_drawn - drawn <= 1, "at rest only the clock's text can change"


def test_a_screen_with_text_boxes_rests_once_its_gui_has_settled():
    driver = headless()
    driver.start()
    app = driver.app
    until(driver, scene_is("briefing"))
    assert app.top.manager is not None and app.top.texts
    for _ in range(30):
        app.frame(1 / 60)
    drawn = app.frames_drawn
    for _ in range(60):
        app.frame(1 / 60)
    assert app.frames_drawn == drawn
