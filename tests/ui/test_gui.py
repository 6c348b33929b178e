"""Where pygame_gui is used: only scenes with gui elements get a UIManager."""

from __future__ import annotations

from .helpers import headless, scene_is, until


def test_the_puzzle_and_room_views_run_without_a_gui_manager():
    driver = headless()
    driver.start()
    until(driver, scene_is("room"))
    assert driver.app.top.manager is None
    until(driver, scene_is("puzzle"))
    assert driver.app.top.manager is None
    assert driver.app.top.widget is not None
