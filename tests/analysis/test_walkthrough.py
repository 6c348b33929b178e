"""Walkthrough replay and an ink-style transcript test of a whole playthrough."""

from __future__ import annotations

import pytest

from rumours_game.analysis import run_walkthrough
from rumours_game.pack.models import Walkthrough

MAIN_TRANSCRIPT = """\
> look desk
  looked desk An old desk.
  item_gained key_card
> look drawer
  looked drawer
  item_gained battery
> answer door_code 1234
  puzzle_solved door_code
  exit_opened hall-to-lab
> go lab
  room_entered lab
> answer quiz rumour
  puzzle_solved quiz
  rumour_busted numbers
> look decoder_box
  looked decoder_box
  item_gained decoder
> answer timeline [a, b, c]
  puzzle_solved timeline
  flag_set timeline_done
> answer pairs {p1: p1, p2: p2}
  puzzle_solved pairs
> answer password CIUDAD
  puzzle_solved password
> use key_card battery
  item_lost key_card
  item_lost battery
  puzzle_solved power
  item_gained powered_card
> go hall
  room_entered hall
> use powered_card reader
  item_lost powered_card
  puzzle_solved swipe
  flag_set archive_open
> go archive
  room_entered archive
> answer secret think first
  puzzle_solved secret
> answer spot [0.65, 0.65]
  target_found spot logo2
> answer spot [0.15, 0.15]
  target_found spot logo1
  puzzle_solved spot
> escape way_out
  escaped way_out"""


def test_main_walkthrough_transcript(lab):
    run = run_walkthrough(lab, lab.walkthroughs[0])
    assert run.ok, run.problem
    assert run.ending == "escaped"
    assert "\n".join(run.transcript) == MAIN_TRANSCRIPT


def test_out_of_time_walkthrough(lab):
    run = run_walkthrough(lab, lab.walkthroughs[1])
    assert run.ok and run.ending == "out_of_time"


def test_refused_step_fails_with_its_index(lab):
    wt = Walkthrough(name="bad", steps=[{"look": "desk"}, {"go": "archive"}])
    run = run_walkthrough(lab, wt)
    assert not run.ok and run.step_index == 1
    assert run.problem == (
        "step 2 (go to 'archive') was refused: the way from 'hall' to 'archive' is still locked: it needs "
        "flag 'archive_open' (solving 'swipe' sets it)"
    )
    assert "locked hall-to-archive" not in run.problem and "not_held" not in run.problem


def test_a_wrong_answer_is_blamed_not_the_step_after_it(lab):
    wt = Walkthrough(
        name="bad",
        steps=[{"look": "desk"}, {"look": "drawer"}, {"solve": "door_code", "answer": "0000"}, {"go": "lab"}],
    )
    run = run_walkthrough(lab, wt)
    assert not run.ok and run.step_index == 2
    assert run.problem.startswith(
        "step 3 (answer '0000' to 'door_code') is a wrong answer, so 'door_code' stays unsolved"
    )
    assert "step 4 (go to 'lab') was refused" in run.problem


@pytest.mark.parametrize(
    ("steps", "words"),
    [
        ([{"use": "key_card", "on": "battery"}], "the players do not hold 'key_card'"),
        ([{"look": "nowhere"}], "there is no object 'nowhere' in the pack"),
        ([{"go": "attic"}], "no exit there leads to 'attic'"),
        ([{"solve": "quiz"}], "puzzle 'quiz' is opened by an object in 'lab', but the players are in 'hall'"),
        ([{"escape": "way_out"}], "'way_out' is not an escape exit of this room"),
    ],
)
def test_refusals_say_what_the_game_expected(lab, steps, words):
    run = run_walkthrough(lab, Walkthrough(name="bad", steps=steps))
    assert not run.ok and words in run.problem, run.problem


def test_wrong_ending_is_reported(lab):
    run = run_walkthrough(lab, Walkthrough(name="short", steps=[{"look": "desk"}]))
    assert not run.ok and "should end 'escaped'" in run.problem
