from __future__ import annotations

import random

import pytest

from rumours_game.survey import (
    AgeBand,
    Consent,
    InvalidAnswer,
    MemorySink,
    Question,
    SinkUnavailable,
    SurveyPlan,
    SurveyRun,
)
from rumours_game.survey.answers import Answer
from tests.survey.helpers import make_survey


def _answer_all(run: SurveyRun, value: int = 3) -> None:
    while isinstance(run.step, Question):
        run.answer(value)


def test_team_with_a_decline_records_nothing_for_that_player() -> None:
    plan = SurveyPlan.build(make_survey(age_bands=("14-15", "16-18")), 3, random.Random(2))
    sink = MemorySink()
    p1, p2, p3 = plan.players
    pre = SurveyRun(plan, sink, "s", "pre")
    assert pre.step == Consent(p1)
    pre.consent(True)
    assert pre.step == AgeBand(p1, ("14-15", "16-18"))
    pre.age_band("16-18")
    _answer_all(pre)
    assert pre.step == Consent(p2, handover=True), (
        "the consent screen asks to pass the screen: no extra screen"
    )
    pre.consent(False)
    assert pre.step == Consent(p3, handover=True)
    pre.consent(True)
    pre.age_band(None)
    _answer_all(pre, 4)
    assert pre.step is None
    assert pre.agreed == [p1, p3]
    assert [(p.code, band) for _, p, band in sink.players] == [(p1.code, "16-18"), (p3.code, None)]

    post = SurveyRun(plan, sink, "s", "post", players=pre.agreed)
    assert isinstance(post.step, Question) and post.step.player == p1
    _answer_all(post, 2)
    post.ready()
    _answer_all(post, 1)
    assert post.step is None
    codes = {a.player_code for _, a in sink.answers}
    assert codes == {p1.code, p3.code}
    assert len(sink.answers) == 2 * 2 * len(plan.items)
    assert {(a.player_code, a.phase) for _, a in sink.answers} == {
        (p1.code, "pre"),
        (p1.code, "post"),
        (p3.code, "pre"),
        (p3.code, "post"),
    }


def test_question_numbers_and_order_follow_the_plan() -> None:
    plan = SurveyPlan.build(make_survey(), 1, random.Random(4))
    run = SurveyRun(plan, MemorySink(), "s", "post")
    seen = []
    while isinstance(run.step, Question):
        seen.append((run.step.item.id, run.step.index, run.step.total))
        run.answer(1)
    expected = [(it.id, i, 4) for i, it in enumerate(plan.order(plan.players[0], "post"), start=1)]
    assert seen == expected


def test_wrong_calls_and_bad_values_do_not_advance() -> None:
    plan = SurveyPlan.build(make_survey(age_bands=("14-15",)), 1, random.Random(0))
    run = SurveyRun(plan, MemorySink(), "s", "pre")
    with pytest.raises(RuntimeError, match="Consent"):
        run.answer(3)
    run.consent(True)
    with pytest.raises(ValueError, match="age bands"):
        run.age_band("99-100")
    run.age_band("14-15")
    step = run.step
    with pytest.raises(InvalidAnswer):
        run.answer(9)
    assert run.step == step


def test_resume_skips_recorded_answers_and_consent() -> None:
    plan = SurveyPlan.build(make_survey(), 2, random.Random(0))
    p1, p2 = plan.players
    first = plan.order(p1, "pre")[0]
    run = SurveyRun(plan, MemorySink(), "s", "pre", answered={(p1.code, first.id)}, joined={p2.code})
    assert isinstance(run.step, Question) and run.step.item != first
    assert run.agreed == [p1, p2]
    _answer_all(run)
    run.ready()
    assert isinstance(run.step, Question) and run.step.player == p2


class _FullSink(MemorySink):
    def record_answer(self, session_id: str, answer: Answer) -> str:
        super().record_answer(session_id, answer)
        raise SinkUnavailable("disk full")


def test_an_unavailable_sink_still_moves_on() -> None:
    plan = SurveyPlan.build(make_survey(), 1, random.Random(0))
    sink = _FullSink()
    run = SurveyRun(plan, sink, "s", "post")
    step = run.step
    with pytest.raises(SinkUnavailable):
        run.answer(2)
    assert run.step != step
    assert len(sink.answers) == 1


def test_back_returns_to_the_same_players_previous_statement_and_a_new_answer_replaces_it() -> None:
    plan = SurveyPlan.build(make_survey(), 2, random.Random(5))
    sink = MemorySink()
    run = SurveyRun(plan, sink, "s", "pre")
    run.consent(True)
    assert not run.can_go_back, "nothing to go back to on a player's first statement"
    first = run.step
    run.answer(2)
    assert run.can_go_back
    run.back()
    assert run.step == first and run.given == 2
    assert run.answer(2) is None, "the same answer again writes nothing"
    run.back()
    run.answer(5)
    assert [(a.item_id, a.value) for _, a in sink.answers] == [(first.item.id, 2), (first.item.id, 5)]
    _answer_all(run)
    assert isinstance(run.step, Consent) and not run.can_go_back
    run.consent(True)
    assert not run.can_go_back, "a player never goes back into another player's answers"
    with pytest.raises(RuntimeError):
        run.back()
