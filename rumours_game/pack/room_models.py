"""The pack format's rooms and what is in them: objects (hotspots) with their item uses and overlays, exits,
words drawn on the pictures, and items. Re-exported by :mod:`rumours_game.pack.models`."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from rumours_game.pack.base import Id, LocalText, Model, Rect, Requires


class ItemUse(Model):
    """What happens when players use one item on an object."""

    item: Id = Field(description="The item players use on the object.")
    text: LocalText | None = Field(default=None, description="What players read when they use it.")
    puzzle: Literal["open", "solve"] | None = Field(
        default=None,
        description="'open' shows the object's puzzle; 'solve' solves it at once (its rewards are given).",
    )
    gives: list[Id] = Field(default=[], description="Items players get the first time they use it.")
    flags: list[Id] = Field(default=[], description="Flags set the first time they use it.")


class Overlay(Model):
    """A picture drawn over an object (on its rect) while a condition holds: how it looks now."""

    image: str = Field(description="Image file inside the pack's assets/ folder, drawn over the object.")
    when: Requires | None = Field(
        default=None,
        description="When it shows; default: once the object's puzzle (or a combine puzzle used on it) is solved.",
    )


class Hotspot(Model):
    """Something in a room players can look at: it may show text, give items or open a puzzle."""

    id: Id
    name: LocalText
    description: LocalText | None = None
    rect: Rect
    puzzle: Id | None = Field(default=None, description="The puzzle this object opens.")
    gives: list[Id] = Field(default=[], description="Items a player picks up by looking here (once).")
    requires: Requires = Requires()
    hidden: bool = Field(default=False, description="Invisible until 'requires' holds.")
    uses: list[ItemUse] = Field(
        default=[], description="Items that can be used on this object, and what they do."
    )
    wrong_item: LocalText | None = Field(
        default=None, description="What the object answers when players use an item that does not help."
    )
    image: str | None = Field(
        default=None,
        description="A close-up picture shown with the object's puzzle; default: its part of the room picture.",
    )
    overlays: list[Overlay] = Field(default=[], description="Pictures over the object as its state changes.")

    @model_validator(mode="after")
    def _uses(self) -> Hotspot:
        if any(u.puzzle for u in self.uses) and self.puzzle is None:
            raise ValueError("a use says 'puzzle: open' or 'puzzle: solve', but this object opens no puzzle")
        items = [u.item for u in self.uses]
        twice = sorted({i for i in items if items.count(i) > 1})
        if twice:
            raise ValueError(f"the item '{twice[0]}' is listed twice in 'uses'; list each item once")
        return self


class Exit(Model):
    """A way out of a room: to another room, or out of the escape room itself when ``escape`` is true."""

    id: Id | None = Field(default=None, description="Defaults to '<room>-to-<to>'.")
    to: Id | None = None
    escape: bool = False
    label: LocalText | None = None
    rect: Rect | None = None
    requires: Requires = Requires()
    locked_text: LocalText | None = Field(default=None, description="Shown when players try it too early.")

    @model_validator(mode="after")
    def _target(self) -> Exit:
        if self.escape == (self.to is not None):
            raise ValueError("an exit needs either 'to: <room>' or 'escape: true' (exactly one of them)")
        return self


class ArtText(Model):
    """Words that matter in a picture, drawn by the game in the player's language (never baked into the art)."""

    text: LocalText
    rect: Rect = Field(description="Where the words go on the picture; they are fitted inside it.")
    rotate: Annotated[float, Field(ge=-180, le=180)] = Field(default=0, description="Degrees, anticlockwise.")
    mirrored: bool = Field(default=False, description="Drawn back to front, as seen in a mirror.")
    colour: Annotated[str, Field(pattern=r"^#[0-9a-fA-F]{6}$")] = "#1e3a8a"
    bold: bool = True


class Room(Model):
    id: Id
    name: LocalText
    description: LocalText | None = None
    background: str | None = Field(default=None, description="Image file inside the pack's assets/ folder.")
    music: str | None = None
    objects: list[Hotspot] = []
    exits: list[Exit] = []
    texts: list[ArtText] = Field(default=[], description="Words drawn on the room picture in each language.")


class Item(Model):
    id: Id
    name: LocalText
    description: LocalText | None = None
    icon: str | None = None


def exit_id(room: Room, exit_: Exit) -> str:
    """The id of an exit: its own, or '<room>-to-<to>' ('<room>-escape' for an escape exit)."""
    if exit_.id:
        return exit_.id
    return f"{room.id}-to-{exit_.to}" if exit_.to else f"{room.id}-escape"
