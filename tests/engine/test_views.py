"""What front ends show, answered by the engine: a hotspot's puzzle now, the clock, a cipher's key."""

from __future__ import annotations

from rumours_game.engine import (
    HURRY_SECONDS,
    Access,
    Answer,
    Go,
    Look,
    Session,
    Tick,
    Why,
    cipher_view,
    clock,
    ending_for,
    hint_offer,
    new_game,
    spot_puzzle,
)
from rumours_game.pack.models import Cipher, Pack


def test_a_hotspot_opens_its_puzzle_until_it_is_solved(lab):
    state = new_game(lab)
    found = spot_puzzle(lab, state, "panel")
    assert found.access is Access.ANSWER and found.puzzle is not None and found.puzzle.id == "door_code"
    s = Session(lab)
    s.apply(Answer("door_code", "1234"))
    assert spot_puzzle(lab, s.state, "panel").access is Access.SOLVED
    assert spot_puzzle(lab, state, "desk").access is Access.NONE, "the desk opens no puzzle"
    assert spot_puzzle(lab, state, "no-such-spot").access is Access.NONE


def test_a_puzzle_whose_requirements_do_not_hold_is_locked(lab):
    s = Session(lab)
    for action in (Answer("door_code", "1234"), Go("lab")):
        s.apply(action)
    assert spot_puzzle(lab, s.state, "screen").access is Access.ANSWER
    cipher = spot_puzzle(lab, s.state.evolve(room="archive"), "note")
    assert cipher.access is Access.LOCKED, "the secret note needs the decoder"


def test_a_hotspot_whose_puzzle_is_solved_by_use_says_so(lab):
    data = lab.model_dump(exclude_none=True)
    reader = next(h for r in data["rooms"] for h in r["objects"] if h["id"] == "reader")
    reader["puzzle"] = "swipe"
    pack = Pack.model_validate(data)
    found = spot_puzzle(pack, new_game(pack), "reader")
    assert found.access is Access.USE and found.puzzle is not None and found.puzzle.solved_by == "use"


def test_nothing_opens_once_the_game_is_over(lab):
    over = new_game(lab).evolve(phase="out_of_time")
    assert spot_puzzle(lab, over, "panel").access is Access.NONE


def test_the_clock_counts_time_not_sent_yet_and_says_when_to_hurry(lab):
    s = Session(lab)
    s.apply(Tick(100))
    now = clock(lab, s.state, pending=20)
    assert (now.left, now.used, now.hurry) == (600 - 120, 120, False)
    late = clock(lab, s.state, pending=600 - 100 - HURRY_SECONDS)
    assert late.left == HURRY_SECONDS and late.hurry
    assert clock(lab, s.state, pending=10_000).left == 0


def test_without_a_timer_the_clock_counts_up(lab):
    untimed = lab.model_copy(update={"timer": None})
    now = clock(untimed, new_game(untimed).evolve(elapsed=30, penalty=15), pending=5)
    assert (now.left, now.used, now.hurry) == (None, 50, False)


def test_the_cipher_key_shows_once_the_key_item_is_held(lab):
    puzzle = lab.puzzle("secret")
    state = new_game(lab)
    hidden = cipher_view(lab, state, puzzle, "en")
    assert hidden.needs_item == "decoder" and hidden.pairs == () and hidden.coded == "WKLQN ILUVW"
    shown = cipher_view(lab, state.evolve(inventory=("decoder",)), puzzle, "en")
    assert shown.needs_item is None and ("D", "A") in shown.pairs and len(shown.pairs) == 26
    greek = cipher_view(lab, state.evolve(inventory=("decoder",)), puzzle, "el")
    assert len(greek.pairs) == 24, "the key is in the players' alphabet"


def test_a_backwards_message_has_no_letter_table(lab):
    puzzle = lab.puzzle("secret").model_copy(update={"cipher": Cipher(kind="reverse"), "key_item": None})
    view = cipher_view(lab, new_game(lab), puzzle, "en")
    assert view.backwards and view.pairs == () and view.coded == "TSRIF KNIHT"


def test_refusal_reasons_are_members_of_one_enum(lab):
    s = Session(lab)
    (refused,) = s.apply(Look("screen"))
    assert refused.value is Why.NOT_HERE and refused.value == "not_here"


def test_a_hint_is_offered_until_the_puzzle_is_solved(lab):
    s = Session(lab)
    assert hint_offer(lab, s.state, "door_code") is not None
    s.apply(Answer("door_code", "1234"))
    assert hint_offer(lab, s.state, "door_code") is None, "the engine refuses hints for a solved puzzle"
    assert hint_offer(lab, s.state, "no-such-puzzle") is None


def test_the_ending_is_the_packs_for_how_the_game_ended(lab):
    state = new_game(lab)
    assert ending_for(lab, state) is None
    assert ending_for(lab, state.evolve(phase="escaped")) == lab.endings.escaped
    assert ending_for(lab, state.evolve(phase="out_of_time")) == lab.endings.out_of_time
    no_time_text = lab.model_copy(update={"endings": lab.endings.model_copy(update={"out_of_time": None})})
    assert ending_for(no_time_text, state.evolve(phase="out_of_time")) is None, "never the escape's text"
