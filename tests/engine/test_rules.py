"""Unit tests of the rules: each puzzle type, each condition, each reward, each refusal."""

from __future__ import annotations

import pytest

from rumours_game.engine import (
    Answer,
    Escape,
    Go,
    Hint,
    K,
    Look,
    Session,
    Tick,
    Use,
    Why,
    cipher_text,
    display_order,
    exits_here,
    new_game,
    next_hint,
    solution,
    step,
    time_left,
    visible_objects,
)
from rumours_game.engine.ciphers import decode, encode
from rumours_game.engine.normalise import normalise
from rumours_game.pack.models import Cipher, Pack


def kinds(events):
    return [(e.kind, e.id) for e in events]


def play(pack: Pack, *actions):
    session = Session(pack)
    out = []
    for a in actions:
        out.append(session.apply(a))
    return session, out


OPEN_LAB = (Answer("door_code", "1234"), Go("lab"))


def test_new_game_starts_in_first_room(lab):
    state = new_game(lab, seed=7)
    assert (state.room, state.seed, state.phase, state.visited) == ("hall", 7, "playing", ("hall",))


def test_look_gives_items_once(lab):
    s, (first, second) = play(lab, Look("desk"), Look("desk"))
    assert kinds(first) == [(K.LOOKED, "desk"), (K.ITEM_GAINED, "key_card")]
    assert first[0].value == "An old desk."
    assert kinds(second) == [(K.LOOKED, "desk")]
    assert s.state.inventory == ("key_card",)


def test_look_elsewhere_is_refused(lab):
    _, (events,) = play(lab, Look("screen"))
    assert kinds(events) == [(K.REFUSED, "screen")] and events[0].value == Why.NOT_HERE


def test_code_wrong_then_right_opens_exit(lab):
    s, (wrong, locked, right, went) = play(lab, Answer("door_code", "9999"), Go("lab"), *OPEN_LAB)
    assert kinds(wrong) == [(K.WRONG_ANSWER, "door_code")] and s.state.wrong == 1
    assert locked[0].value == Why.LOCKED and locked[0].id == "hall-to-lab"
    assert (K.EXIT_OPENED, "hall-to-lab") in kinds(right)
    assert kinds(went) == [(K.ROOM_ENTERED, "lab")]
    assert s.state.visited == ("hall", "lab")


def test_answer_twice_is_refused(lab):
    _, (_, again) = play(lab, Answer("door_code", "1234"), Answer("door_code", "1234"))
    assert again[0].value == Why.ALREADY_SOLVED


def test_choice_busts_rumour_and_reveals_hidden_object(lab):
    s, (_, _, before, solved, _) = play(
        lab, *OPEN_LAB, Look("decoder_box"), Answer("quiz", "rumour"), Look("decoder_box")
    )
    assert before[0].value == Why.NOT_HERE
    assert "decoder_box" not in [h.id for h in visible_objects(lab, new_game(lab))]
    assert kinds(solved) == [(K.PUZZLE_SOLVED, "quiz"), (K.RUMOUR_BUSTED, "numbers")]
    assert s.state.busted == ("numbers",) and "decoder" in s.state.inventory


@pytest.mark.parametrize(
    ("pid", "wrong", "right"),
    [
        ("quiz", "fact", "rumour"),
        ("quiz", ["rumour", "fact"], ["rumour"]),
        ("timeline", ["c", "b", "a"], ["a", "b", "c"]),
        ("pairs", {"p1": "p2", "p2": "p1"}, {"p1": "p1", "p2": "p2"}),
        ("password", "town", "  CITTA! "),
        ("password", "", "Ciudad"),
    ],
)
def test_answer_checking_per_type(lab, pid, wrong, right):
    _, (*_, bad, good) = play(lab, *OPEN_LAB, Answer(pid, wrong), Answer(pid, right))
    assert kinds(bad) == [(K.WRONG_ANSWER, pid)]
    assert kinds(good)[0] == (K.PUZZLE_SOLVED, pid)


def test_malformed_answers_are_wrong_not_errors(lab):
    for pid, value in [("quiz", 3), ("timeline", "abc"), ("pairs", ["p1"]), ("password", None)]:
        _, (*_, events) = play(lab, *OPEN_LAB, Answer(pid, value))
        assert kinds(events) == [(K.WRONG_ANSWER, pid)]


def test_text_reward_and_combine_two_items(lab):
    s, (*_, gained, combined) = play(
        lab, Look("desk"), *OPEN_LAB, Answer("password", "city"), Use("key_card", "battery")
    )
    assert (K.ITEM_GAINED, "battery") in kinds(gained)
    assert kinds(combined) == [
        (K.ITEM_LOST, "key_card"),
        (K.ITEM_LOST, "battery"),
        (K.PUZZLE_SOLVED, "power"),
        (K.ITEM_GAINED, "powered_card"),
    ]
    assert s.state.inventory == ("powered_card",)


def test_use_refusals(lab):
    _, (not_held, _, no_effect, not_here) = play(
        lab, Use("battery", "reader"), Look("drawer"), Use("battery", "reader"), Use("battery", "screen")
    )
    assert not_held[0].value == Why.NOT_HELD
    assert no_effect[0].kind == K.NOT_USEFUL and no_effect[0].value == {"item": "battery", "text": None}
    assert not_here[0].value == Why.NOT_HERE


def test_use_on_hotspot_sets_flag_that_opens_exit(lab):
    _s, (*_, swiped, went) = play(
        lab,
        Look("desk"),
        Look("drawer"),
        Use("battery", "key_card"),
        Use("powered_card", "reader"),
        Go("archive"),
    )
    assert kinds(swiped) == [
        (K.ITEM_LOST, "powered_card"),
        (K.PUZZLE_SOLVED, "swipe"),
        (K.FLAG_SET, "archive_open"),
    ]
    assert kinds(went) == [(K.ROOM_ENTERED, "archive")]


def test_answer_combine_puzzle_directly_is_refused(lab):
    _, (events,) = play(lab, Answer("swipe", "x"))
    assert events[0].value in {Why.NOT_HERE, Why.NO_EFFECT, Why.LOCKED}


def reach_archive(lab):
    return (
        Look("desk"),
        Look("drawer"),
        Use("battery", "key_card"),
        Use("powered_card", "reader"),
        Go("archive"),
    )


def test_cipher_requires_key_item(lab):
    _, (*_, locked) = play(lab, *reach_archive(lab), Answer("secret", "think first"))
    assert locked[0].value == Why.LOCKED


def test_search_taps_find_each_target_once(lab):
    _s, (*_, miss, first, again, last) = play(
        lab,
        *reach_archive(lab),
        Answer("spot", [0.5, 0.5]),
        Answer("spot", [0.15, 0.15]),
        Answer("spot", [0.15, 0.15]),
        Answer("spot", (0.65, 0.65)),
    )
    assert kinds(miss) == [(K.WRONG_ANSWER, "spot")]
    assert kinds(first) == [(K.TARGET_FOUND, "spot")] and first[0].value == "logo1"
    assert kinds(again) == [(K.WRONG_ANSWER, "spot")]
    assert kinds(last) == [(K.TARGET_FOUND, "spot"), (K.PUZZLE_SOLVED, "spot")]


def test_escape_needs_requirements_then_ends_game(lab):
    _s, (*_, locked) = play(lab, *reach_archive(lab), Escape("way_out"))
    assert locked[0].value == Why.LOCKED
    _, (not_here,) = play(lab, Escape("way_out"))
    assert not_here[0].value == Why.NOT_HERE


def test_hints_add_penalty_in_order_then_run_out(lab):
    s, (h1, h2, h3) = play(lab, Hint("door_code"), Hint("door_code"), Hint("door_code"))
    assert h1[0].value == {"index": 0, "penalty": 60} and h2[0].value == {"index": 1, "penalty": 30}
    assert h3[0].value == Why.NO_MORE_HINTS
    assert s.state.penalty == 90 and s.state.hints_taken("door_code") == 2
    assert next_hint(lab, s.state, "door_code") is None
    assert time_left(lab, s.state) == 600 - 90


def test_timer_runs_out_and_game_is_over(lab):
    s, (t1, t2, after, tick_after) = play(lab, Tick(500), Tick(100), Look("desk"), Tick(5))
    assert t1 == [] and kinds(t2) == [(K.TIME_UP, "")]
    assert s.state.phase == "out_of_time" and after[0].value == Why.GAME_OVER and tick_after == []


def test_hint_penalty_can_run_out_the_clock(lab):
    s, (_, hint) = play(lab, Tick(590), Hint("door_code"))
    assert (K.TIME_UP, "") in kinds(hint) and s.state.over


def test_exit_views(lab):
    state = new_game(lab)
    assert [(v.id, v.open) for v in exits_here(lab, state)] == [
        ("hall-to-lab", False),
        ("hall-to-archive", False),
    ]


def test_unknown_things_are_refused_not_raised(lab):
    for action in (
        Go("nowhere"),
        Look("nothing"),
        Answer("nope", 1),
        Hint("nope"),
        Use("x", "y"),
        Escape("z"),
    ):
        state, events = step(lab, new_game(lab), action)
        assert state == new_game(lab) and events[0].kind == K.REFUSED


def test_display_order_is_seeded_and_never_solved():
    a = new_game.__globals__["GameState"](pack_id="p", pack_version="1", room="r", seed=1)
    ids = ["a", "b", "c", "d"]
    assert display_order(a, "t", ids) == display_order(a, "t", ids) != ids
    assert sorted(display_order(a, "t", ids)) == ids
    assert display_order(a, "t", ["a", "b"]) != ["a", "b"]


def test_normalise():
    assert normalise("  Ciudad,  ÑANDÚ! ") == "ciudad nandu"
    assert normalise("Αθήνα") == normalise("ΑΘΗΝΑ") == "αθηνα"
    assert normalise("Київ") == normalise("КИЇВ")


@pytest.mark.parametrize("kind", ["caesar", "atbash", "reverse"])
@pytest.mark.parametrize("text", ["THINK FIRST", "ΣΚΕΨΟΥ ΠΡΩΤΑ", "ПОДУМАЙ СПОЧАТКУ"])
def test_ciphers_round_trip(kind, text):
    cipher = Cipher(kind=kind, shift=5)
    encoded = encode(text, cipher)
    assert encoded != text and decode(encoded, cipher) == text


def test_cipher_text_per_language(lab):
    puzzle = lab.puzzle("secret")
    assert cipher_text(lab, puzzle, "en") == "WKLQN ILUVW"
    assert cipher_text(lab, puzzle, "es") == encode("piensa primero", puzzle.cipher)


def test_sequence_takes_the_presses_in_order_and_repeats(lab):
    s, (_, _, wrong, short, right) = play(
        lab,
        *OPEN_LAB,
        Answer("route", ["up", "down", "up", "up"]),
        Answer("route", ["up", "up"]),
        Answer("route", ["up", "up", "down", "up"]),
    )
    assert kinds(wrong) == [(K.WRONG_ANSWER, "route")] and kinds(short) == [(K.WRONG_ANSWER, "route")]
    assert (K.PUZZLE_SOLVED, "route") in kinds(right) and "lift_used" in s.state.flags
    assert solution(lab, "route") == [Answer("route", ("up", "up", "down", "up"))]
