"""Using an item on an object in the window: the mirror on the whiteboard, and a wrong item answered."""

from __future__ import annotations

from rumours_game.pack import load_pack
from rumours_game.pack.models import Pack
from rumours_game.survey import MemorySink
from rumours_game.ui.run import make_app
from tests.ui.helpers import HD, TUTORIAL, button, click, headless, post, until


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
    """Choose an item to use, as a player does: touch it, then Use in its close-up."""
    post(app, *click(app.top.items[item].rect.center))
    assert app.top.name == "item"
    post(app, *click(button(app, "use").rect.center))
    assert app.top.name == "room"


def test_reading_an_item_does_not_select_it() -> None:
    driver = headless()
    driver.start()
    until(driver, in_room_with_the_mirror)
    app = driver.app
    post(app, *click(app.top.items["pocket-mirror"].rect.center))
    closeup = app.top
    assert closeup.name == "item" and closeup.item_id == "pocket-mirror"
    assert app.stack[-2].selected is None, "reading is not choosing"
    post(app, *click(button(app, "close").rect.center))
    room = app.top
    assert room.name == "room" and room.selected is None
    post(app, *click(spot(app, "drawer").rect.center))
    assert room.message is not None and "Pocket mirror" not in room.message[1], "a look, not a use"


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


def test_twelve_items_stay_readable_a_page_at_a_time() -> None:
    pack = load_pack(TUTORIAL)
    data = pack.model_dump(exclude_none=True)
    names = [
        "Library card",
        "Torch",
        "Old newspaper",
        "Street map",
        "Phone charger",
        "Notebook",
        "Sticky notes",
        "Badge",
    ]
    data["items"] += [
        {"id": f"extra-{i}", "name": name, "description": "A test item."} for i, name in enumerate(names)
    ]
    big = Pack.model_validate(data)
    app = make_app(big, TUTORIAL, "en", MemorySink(), HD, headless=True, seed=1)
    app.flow.play()
    held = [i.id for i in big.items]
    assert len(held) == 12
    app.ctx.session.state = app.ctx.session.state.evolve(inventory=tuple(held))
    room = app.top
    room.refresh()
    seen: list[str] = []
    for _ in range(6):
        seen += [i for i in room.items if i not in seen]
        assert all(tile.label_px >= 18 for tile in room.items.values()), "labels at least 18 px at 1280x720"
        following = button(app, "items-next")
        if not following.enabled:
            break
        post(app, *click(following.rect.center))
    assert seen == held, "every item can be reached by turning pages"
    assert app.ctx.fonts.overflows == []
