"""Generated packs for benchmarks: big, branching, valid."""

from __future__ import annotations

from typing import Any

from rumours_game.pack.models import Pack

META: dict[str, Any] = {
    "title": "Generated",
    "summary": "A generated pack.",
    "version": "1.0",
    "format_version": 1,
    "languages": ["en"],
    "default_language": "en",
    "authors": ["bench"],
    "minutes": 60,
    "licence": "CC0-1.0",
    "endings": {"escaped": {"title": "Out", "text": "Out."}},
}


def _rect(i: int) -> dict[str, float]:
    return {"x": (i % 10) / 10, "y": (i // 10 % 10) / 10, "w": 0.05, "h": 0.05}


def branching_pack(rooms: int = 10, chain: int = 18, contested: int = 5) -> Pack:
    """A hub with ``rooms`` side rooms. Each side room holds a chain of code puzzles plus an optional one, and
    a tool that is used up sealing the room. In the first ``contested`` rooms a crate wants the same tool (a
    contested consumable: opening the crate first is a softlock). The hub's escape needs every seal.
    Puzzles: rooms * (chain + 2) + contested."""
    hub_objects: list[dict] = []
    room_list: list[dict] = [{"id": "hub", "name": "Hub", "objects": hub_objects, "exits": []}]
    puzzles: list[dict] = []
    items: list[dict] = []
    seals = []
    for r in range(rooms):
        rid = f"room{r}"
        objects = [{"id": f"{rid}-toolbox", "name": "Toolbox", "rect": _rect(0), "gives": [f"{rid}-tool"]}]
        items.append({"id": f"{rid}-tool", "name": "Tool"})
        if r < contested:
            items.append({"id": f"{rid}-bonus", "name": "Bonus"})
        for c in range(chain):
            pid = f"{rid}-p{c}"
            requires = {"puzzles": [f"{rid}-p{c - 1}"]} if c else {}
            puzzles.append(
                {
                    "type": "code",
                    "id": pid,
                    "title": "Lock",
                    "prompt": "Code?",
                    "answer": str(1000 + c),
                    "requires": requires,
                }
            )
            objects.append({"id": f"{rid}-spot{c}", "name": "Lock", "rect": _rect(c + 1), "puzzle": pid})
        puzzles.append(
            {"type": "code", "id": f"{rid}-optional", "title": "Extra", "prompt": "Code?", "answer": "42"}
        )
        objects.append(
            {"id": f"{rid}-extra", "name": "Extra", "rect": _rect(60), "puzzle": f"{rid}-optional"}
        )
        objects.append({"id": f"{rid}-seal", "name": "Seal", "rect": _rect(80)})
        if r < contested:
            objects.append({"id": f"{rid}-crate", "name": "Crate", "rect": _rect(70)})
            puzzles.append(
                {
                    "type": "combine",
                    "id": f"{rid}-open-crate",
                    "title": "Crate",
                    "prompt": "Use a tool.",
                    "use": [f"{rid}-tool"],
                    "on": f"{rid}-crate",
                    "rewards": {"items": [f"{rid}-bonus"]},
                }
            )
        puzzles.append(
            {
                "type": "combine",
                "id": f"{rid}-close-seal",
                "title": "Seal",
                "prompt": "Use a tool.",
                "use": [f"{rid}-tool"],
                "on": f"{rid}-seal",
                "requires": {"puzzles": [f"{rid}-p{chain - 1}"]},
                "rewards": {"flags": [f"{rid}-sealed"]},
            }
        )
        seals.append(f"{rid}-sealed")
        room_list.append({"id": rid, "name": f"Room {r}", "objects": objects, "exits": [{"to": "hub"}]})
        room_list[0]["exits"].append({"to": rid})
    room_list[0]["exits"].append({"escape": True, "requires": {"flags": seals}})
    return Pack.model_validate(
        {"id": "generated", **META, "rooms": room_list, "items": items, "puzzles": puzzles}
    )
