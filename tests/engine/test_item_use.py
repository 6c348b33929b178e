"""Using an item on an object: the pack's ``uses`` say what happens; a wrong item gets an answer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rumours_game.analysis.explore import explore, shortest_solution
from rumours_game.engine import Answer, Escape, K, Look, Session, Use, Why
from rumours_game.pack import load_pack
from rumours_game.pack.models import Pack

TUTORIAL = Path(__file__).resolve().parents[2] / "scenarios" / "tutorial"


def small_pack(**spot: Any) -> Pack:
    """One room: a box giving a torch, a wall with a code puzzle, a door a flag opens."""
    wall = {
        "id": "wall",
        "name": "Wall",
        "rect": {"x": 0.1, "y": 0.1, "w": 0.2, "h": 0.2},
        "puzzle": "code",
        **spot,
    }
    return Pack.model_validate(
        {
            "id": "small",
            "title": "Small",
            "summary": "A test pack.",
            "version": "1.0",
            "format_version": 1,
            "languages": ["en"],
            "default_language": "en",
            "authors": ["tests"],
            "minutes": 5,
            "licence": "CC0",
            "rooms": [
                {
                    "id": "room",
                    "name": "Room",
                    "objects": [
                        {
                            "id": "box",
                            "name": "Box",
                            "rect": {"x": 0.5, "y": 0.5, "w": 0.2, "h": 0.2},
                            "gives": ["torch", "stone"],
                        },
                        wall,
                    ],
                    "exits": [{"id": "door", "escape": True, "requires": {"flags": ["lit"]}}],
                }
            ],
            "items": [
                {"id": "torch", "name": "Torch"},
                {"id": "stone", "name": "Stone"},
                {"id": "gem", "name": "Gem"},
            ],
            "puzzles": [
                {"id": "code", "type": "code", "title": "Code", "prompt": "Four digits.", "answer": "1234"}
            ],
            "endings": {"escaped": {"title": "Out", "text": "Out."}},
        }
    )


def test_an_item_the_pack_names_opens_the_objects_puzzle() -> None:
    pack = small_pack(uses=[{"item": "torch", "puzzle": "open", "text": "The torch shows the digits."}])
    session = Session(pack)
    session.apply(Look("box"))
    events = session.apply(Use("torch", "wall"))
    assert [e.kind for e in events] == [K.ITEM_USED, K.PUZZLE_OPENED]
    assert events[0].value == {"item": "torch", "text": "The torch shows the digits."}
    assert events[1].id == "code"
    assert "torch" in session.state.inventory


def test_an_item_can_solve_the_puzzle_give_items_and_set_flags_once() -> None:
    pack = small_pack(uses=[{"item": "torch", "puzzle": "solve", "gives": ["gem"], "flags": ["lit"]}])
    session = Session(pack)
    session.apply(Look("box"))
    events = session.apply(Use("torch", "wall"))
    assert [(e.kind, e.id) for e in events] == [
        (K.ITEM_USED, "wall"),
        (K.ITEM_GAINED, "gem"),
        (K.FLAG_SET, "lit"),
        (K.PUZZLE_SOLVED, "code"),
    ]
    assert session.state.used == frozenset({"wall:torch"})
    again = session.apply(Use("torch", "wall"))
    assert again[0].kind == K.REFUSED and again[0].value == Why.ALREADY_SOLVED


def test_a_wrong_item_gets_the_objects_answer_and_changes_nothing() -> None:
    pack = small_pack(wrong_item="The wall does not care about stones.")
    session = Session(pack)
    session.apply(Look("box"))
    before = session.state
    events = session.apply(Use("stone", "wall"))
    assert [(e.kind, e.id) for e in events] == [(K.NOT_USEFUL, "wall")]
    assert events[0].value == {"item": "stone", "text": "The wall does not care about stones."}
    assert session.state == before


def test_without_an_answer_the_front_end_words_it() -> None:
    session = Session(small_pack())
    session.apply(Look("box"))
    events = session.apply(Use("stone", "box"))
    assert events[0].kind == K.NOT_USEFUL and events[0].value == {"item": "stone", "text": None}


def test_a_puzzle_needing_the_item_opens_by_default() -> None:
    session = Session(load_pack(TUTORIAL))
    session.apply(Look("bin"))
    session.apply(Answer("chat-message", "rumour"))
    events = session.apply(Use("pocket-mirror", "whiteboard"))
    assert [(e.kind, e.id) for e in events] == [
        (K.ITEM_USED, "whiteboard"),
        (K.PUZZLE_OPENED, "mirror-writing"),
    ]
    locked = Session(load_pack(TUTORIAL))
    locked.apply(Look("bin"))
    assert locked.apply(Use("pocket-mirror", "whiteboard"))[0].value == Why.LOCKED


def test_the_solver_knows_what_a_use_gives() -> None:
    pack = small_pack(uses=[{"item": "torch", "flags": ["lit"]}])
    proof = explore(pack)
    assert proof.escapable
    assert shortest_solution(pack) == [Look("box"), Use("torch", "wall"), Escape("door")]
    assert not explore(small_pack()).escapable


@pytest.mark.parametrize(
    ("spot", "message"),
    [
        ({"puzzle": None, "uses": [{"item": "torch", "puzzle": "open"}]}, "opens no puzzle"),
        ({"uses": [{"item": "torch"}, {"item": "torch"}]}, "listed twice"),
    ],
)
def test_uses_that_cannot_work_are_refused_by_the_model(spot: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        small_pack(**spot)


def test_a_typed_answer_a_letter_or_two_off_is_a_near_miss() -> None:
    session = Session(load_pack(TUTORIAL))
    session.apply(Look("bin"))
    session.apply(Answer("chat-message", "rumour"))
    assert session.apply(Answer("mirror-writing", "chek the sorce"))[0].value == {"near": True}
    assert session.apply(Answer("mirror-writing", "something else"))[0].value is None
    session.apply(Answer("mirror-writing", "check the source"))
    session.apply(Answer("find-reports", [0.075, 0.25]))
    session.apply(Answer("find-reports", [0.145, 0.48]))
    session.apply(Answer("drawer-lock", "10"))
    assert session.apply(Answer("refugee-map", "neighboring."))[0].kind == K.PUZZLE_SOLVED
    assert session.apply(Answer("drawer-lock", "11"))[0].value == Why.ALREADY_SOLVED


def test_match_and_order_answers_say_how_many_are_right() -> None:
    session = Session(load_pack(TUTORIAL))
    pack = session.pack
    puzzle = pack.puzzle("guess-vs-real")
    state = session.state.evolve(solved=frozenset({"drawer-lock", "refugee-map"}), room="studio")
    session.state = state
    wrong = {"born-outside": "the-guess", "the-guess": "born-outside", "next-door": "next-door"}
    events = session.apply(Answer(puzzle.id, wrong))
    assert events[0].kind == K.WRONG_ANSWER and events[0].value == {"right": 1, "of": 3}
