"""Puzzles show what they are about: the object's close-up, and the bag read without leaving."""

from __future__ import annotations

from tests.ui.helpers import button, click, headless, post, until


def in_puzzle(puzzle_id: str):
    return lambda app: app.top is not None and app.top.name == "puzzle" and app.top.puzzle_id == puzzle_id


def test_the_map_puzzle_shows_the_map_and_the_bag() -> None:
    driver = headless()
    driver.start()
    until(driver, in_puzzle("refugee-map"))
    app = driver.app
    post(app, *click(button(app, "closeup").rect.center))
    closeup = app.top
    assert closeup.name == "closeup" and closeup.spot.id == "map"
    post(app, *click(button(app, "close").rect.center))
    assert app.top.name == "puzzle"
    post(app, *click(button(app, "bag").rect.center))
    assert app.top.name == "bag" and "unhcr-report" in app.top.items
    post(app, *click(app.top.items["unhcr-report"].rect.center))
    assert app.top.name == "item" and not any(b.key == "use" for b in app.top.buttons), "reading only"
    post(app, *click(button(app, "close").rect.center))
    post(app, *click(button(app, "close").rect.center))
    assert app.top.name == "puzzle" and app.top.puzzle_id == "refugee-map"


def test_words_in_the_art_are_drawn_in_the_players_language() -> None:
    for lang, words in (("es", ["BUSCA LA", "FUENTE"]), ("uk", ["ПЕРЕВІР", "ДЖЕРЕЛО"])):
        driver = headless(lang=lang)
        driver.start()
        until(driver, lambda app: app.top is not None and app.top.name == "room")
        assert driver.app.top.art_words == words


def test_objects_change_picture_with_their_state() -> None:
    driver = headless()
    driver.start()
    until(driver, lambda app: app.top is not None and app.top.name == "room")
    app = driver.app
    assert app.top.overlays == []
    session = app.ctx.session
    session.state = session.state.evolve(solved=frozenset({"drawer-lock", "door-keycard"}))
    app.top.refresh()
    shown = [image for image, _ in app.top.overlays]
    assert shown == ["assets/rooms/drawer-open.png", "assets/rooms/reader-green.png"]
