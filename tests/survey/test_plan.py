from __future__ import annotations

import random

import pytest
from hypothesis import given, strategies as st

from rumours_game.survey import (
    ALPHABET,
    InvalidAnswer,
    SurveyPlan,
    agreement,
    is_player_code,
    new_player_code,
)
from tests.survey.helpers import make_survey


def test_codes_use_the_unambiguous_alphabet_and_avoid_taken_ones() -> None:
    rng = random.Random(1)
    codes = {new_player_code(rng) for _ in range(500)}
    assert all(is_player_code(c) for c in codes)
    assert not set("AEIOU01258BGLSZ") & set(ALPHABET)
    assert len(codes) == 500
    first = new_player_code(random.Random(7))
    again = new_player_code(random.Random(7), taken={first})
    assert again != first and is_player_code(again)


def test_codes_are_reproducible_from_the_injected_rng() -> None:
    assert new_player_code(random.Random(3)) == new_player_code(random.Random(3))


@pytest.mark.parametrize("players", [0, 7])
def test_team_size_is_one_to_six(players: int) -> None:
    with pytest.raises(ValueError, match="1 to 6"):
        SurveyPlan.build(make_survey(), players, random.Random(0))


def test_plan_has_distinct_players_and_every_item_in_each_order() -> None:
    plan = SurveyPlan.build(make_survey(), 6, random.Random(0))
    assert [p.number for p in plan.players] == [1, 2, 3, 4, 5, 6]
    assert len({p.code for p in plan.players}) == 6
    ids = sorted(it.id for it in plan.items)
    assert ids == ["check", "crime", "enrich", "jobs"]
    for player in plan.players:
        for phase in ("pre", "post"):
            assert sorted(it.id for it in plan.order(player, phase)) == ids
    orders = {tuple(it.id for it in plan.order(p, "pre")) for p in plan.players}
    assert len(orders) > 1, "orders are shuffled per player"


def test_order_is_restored_from_the_recorded_seed() -> None:
    survey = make_survey()
    plan = SurveyPlan.build(survey, 3, random.Random(5))
    again = SurveyPlan.restore(survey, plan.players)
    for p in plan.players:
        assert plan.order(p, "post") == again.order(p, "post")


def test_items_carry_scale_reverse_coding_rumour_and_check() -> None:
    plan = SurveyPlan.build(make_survey(), 1, random.Random(0))
    crime, enrich, check = plan.item("crime"), plan.item("enrich"), plan.item("check")
    assert crime.scale_max == 7 and crime.rumour == "crime" and not crime.reverse_coded
    assert enrich.reverse_coded and enrich.scale_max == 5
    assert check.is_check and check.expect == 4
    with pytest.raises(KeyError):
        plan.item("nope")


@pytest.mark.parametrize("value", [0, 6, 2.5, "3", True, None])
def test_answers_off_the_scale_are_refused(value: object) -> None:
    plan = SurveyPlan.build(make_survey(), 1, random.Random(0))
    with pytest.raises(InvalidAnswer):
        plan.item("jobs").answer("CDFHJK", "pre", value)


def test_seven_point_item_accepts_seven() -> None:
    plan = SurveyPlan.build(make_survey(), 1, random.Random(0))
    answer = plan.item("crime").answer("CDFHJK", "post", 7)
    assert (answer.value, answer.scale_min, answer.scale_max, answer.rumour_id) == (7, 1, 7, "crime")


def test_reverse_coding() -> None:
    plan = SurveyPlan.build(make_survey(), 1, random.Random(0))
    assert plan.item("enrich").answer("CDFHJK", "pre", 5).agreement == 1
    assert plan.item("jobs").answer("CDFHJK", "pre", 5).agreement == 5


@given(lo=st.integers(0, 3), span=st.integers(1, 10), data=st.data())
def test_reverse_coding_mirrors_the_scale(lo: int, span: int, data: st.DataObject) -> None:
    hi = lo + span
    value = data.draw(st.integers(lo, hi))
    mirrored = agreement(value, lo, hi, True)
    assert lo <= mirrored <= hi
    assert agreement(mirrored, lo, hi, True) == value
    assert agreement(value, lo, hi, False) == value
