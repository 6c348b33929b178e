"""Sentences both front ends build the same way from an engine event, the pack and the interface texts."""

from __future__ import annotations

from typing import Any, Protocol


class Speaker(Protocol):
    """What a front end's context offers: the pack, interface texts (``t``) and pack texts (``tr``)."""

    pack: Any

    def t(self, key: str, **fmt: Any) -> str: ...

    def tr(self, value: Any) -> str: ...


def _name(ctx: Speaker, kind: str, thing: str) -> str:
    found = ctx.pack.lookup(kind, thing)
    return ctx.tr(found.name) if found is not None else thing


def not_useful(ctx: Speaker, event: Any) -> str:
    """What an object answers to an item that does not help (a ``not_useful`` event): the pack's
    ``wrong_item`` words, else a sentence naming both."""
    if event.value["text"] is not None:
        return ctx.tr(event.value["text"])
    target = "hotspot" if ctx.pack.lookup("hotspot", event.id) is not None else "item"
    return ctx.t(
        "use.not_useful", item=_name(ctx, "item", event.value["item"]), object=_name(ctx, target, event.id)
    )


def close_call(ctx: Speaker, detail: Any) -> str | None:
    """How close a wrong answer was (the ``wrong_answer`` event's value), or None when the engine did not say."""
    if not isinstance(detail, dict):
        return None
    if detail.get("near"):
        return ctx.t("answer.near")
    if "right" in detail:
        return ctx.t("answer.some_right", n=detail["right"], total=detail["of"])
    return None


def guide_text(ctx: Speaker, step: Any) -> str:
    """The room's "What now?" hint in words, from the engine's :func:`~rumours_game.engine.guide.what_now`."""
    pack = ctx.pack
    if step.kind == "escape":
        exit_ = pack.exits()[step.id]
        return ctx.t("guide.escape", name=ctx.tr(exit_.label) or ctx.t("room.escape"))
    if step.kind == "solve":
        title = ctx.tr(pack.puzzle(step.id).title)
        return ctx.t("guide.solve", title=title, object=_name(ctx, "hotspot", step.at))
    if step.kind == "use":
        target = "hotspot" if pack.lookup("hotspot", step.at) is not None else "item"
        return ctx.t("guide.use", item=_name(ctx, "item", step.item), object=_name(ctx, target, step.at))
    if step.kind == "look":
        return ctx.t("guide.look", object=_name(ctx, "hotspot", step.id))
    if step.kind == "go":
        return ctx.t("guide.go", room=_name(ctx, "room", step.id))
    return ctx.t("guide.none")
