"""Small generated packs for solver tests."""

from __future__ import annotations

from bench.packgen import META
from rumours_game.pack.models import Pack


def _rect(i: int) -> dict[str, float]:
    return {"x": 0.1 + 0.2 * i, "y": 0.1, "w": 0.15, "h": 0.15}


def two_escapes() -> Pack:
    """A hub with two rooms, each with a tool wanted by a crate and by a seal; the hub has two escapes, one per
    seal. Opening one crate is harmless (the other escape remains); opening both traps the players."""
    rooms: list[dict] = [{"id": "hub", "name": "Hub", "objects": [], "exits": []}]
    items, puzzles = [], []
    for r in range(2):
        rid = f"room{r}"
        items += [{"id": f"{rid}-tool", "name": "Tool"}, {"id": f"{rid}-bonus", "name": "Bonus"}]
        objects = [
            {"id": f"{rid}-toolbox", "name": "Toolbox", "rect": _rect(0), "gives": [f"{rid}-tool"]},
            {"id": f"{rid}-crate", "name": "Crate", "rect": _rect(1)},
            {"id": f"{rid}-seal", "name": "Seal", "rect": _rect(2)},
        ]
        for kind, reward in (("crate", {"items": [f"{rid}-bonus"]}), ("seal", {"flags": [f"{rid}-sealed"]})):
            puzzles.append(
                {
                    "type": "combine",
                    "id": f"{rid}-{kind}-it",
                    "title": kind,
                    "prompt": "Use the tool.",
                    "use": [f"{rid}-tool"],
                    "on": f"{rid}-{kind}",
                    "rewards": reward,
                }
            )
        rooms.append({"id": rid, "name": rid, "objects": objects, "exits": [{"to": "hub"}]})
        rooms[0]["exits"] += [
            {"to": rid},
            {"id": f"escape-{r}", "escape": True, "requires": {"flags": [f"{rid}-sealed"]}},
        ]
    return Pack.model_validate(
        {"id": "two-escapes", **META, "rooms": rooms, "items": items, "puzzles": puzzles}
    )


def one_room(puzzles: list[dict], items: list[dict] | None = None, objects: list[dict] | None = None) -> Pack:
    """A one-room pack: every puzzle but combine ones opened by its own object; the escape needs them all."""
    spots = [
        {"id": f"{p['id']}-spot", "name": p["id"], "rect": _rect(0), "puzzle": p["id"]}
        for p in puzzles
        if p["type"] != "combine"
    ]
    room = {
        "id": "room",
        "name": "Room",
        "objects": [*spots, *(objects or [])],
        "exits": [{"id": "out", "escape": True, "requires": {"puzzles": [p["id"] for p in puzzles]}}],
    }
    full = [{"title": p["id"], "prompt": "?", **p} for p in puzzles]
    return Pack.model_validate(
        {"id": "one-room", **META, "rooms": [room], "items": items or [], "puzzles": full}
    )
