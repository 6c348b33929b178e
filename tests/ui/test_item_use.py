"""Using an item on an object in the window: the mirror on the whiteboard, and a wrong item answered."""

from __future__ import annotations

from tests.ui.helpers import click, headless, post, until


def in_room_with_the_mirror(app) -> bool:
    session = app.ctx.session
    return (
        app.top is not None
        and app.top.name == "room"
        and session is not None
        and "pocket-mirror" in session.state.inventory
    )


def spot(app, hotspot: str):
    return next(s for s in app.top.spots if s.key == f"spot-{hotspot}")


def select(app, item: str) -> None:
    """Choose an item to use, as a player does."""
    post(app, *click(app.top.items[item].rect.center))


def test_the_mirror_on_the_whiteboard_opens_the_mirror_writing() -> None:
    driver = headless()
    driver.start()
    until(driver, in_room_with_the_mirror)
    app = driver.app
    select(app, "pocket-mirror")
    assert app.top.selected == "pocket-mirror"
    post(app, *click(spot(app, "whiteboard").rect.center), frames=3)
    assert app.top.name == "puzzle" and app.top.puzzle_id == "mirror-writing"
    post(app, *click(app.top.back.rect.center))
    room = app.top
    assert room.name == "room"
    assert room.message is not None and "the letters turn the right way round" in room.message[1]


def test_a_wrong_item_gets_an_answer_and_stays_selected() -> None:
    driver = headless()
    driver.start()
    until(driver, in_room_with_the_mirror)
    app = driver.app
    select(app, "pocket-mirror")
    post(app, *click(spot(app, "door-reader").rect.center))
    room = app.top
    assert room.name == "room"
    assert room.message is not None and room.message[1] == "The reader only takes a key card."
    assert room.selected == "pocket-mirror", "the item stays in hand to try elsewhere"
    post(app, *click(spot(app, "shelf").rect.center))
    assert (
        app.top.message[1] == "Using Pocket mirror on Archive shelf does not help. Try it on something else."
    )
    assert "Nothing happens" not in app.top.message[1]
