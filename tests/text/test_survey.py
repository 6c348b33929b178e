"""The before/after survey in text play: team size, consent, age band, each statement, to a sink."""

from __future__ import annotations

from pathlib import Path

import pytest

from rumours_game.pack import load_pack
from rumours_game.survey import MemorySink, SurveyPlan
from tests.text.helpers import LAB, StepClock, play

SURVEY = """
survey:
  scale:
    points: 5
    anchors: {1: {en: Strongly disagree, es: Nada de acuerdo}, 5: {en: Strongly agree, es: Muy de acuerdo}}
  items:
    - {id: s-numbers, statement: {en: There are far more migrants than people say., es: Hay muchos más.}, rumour: numbers}
    - {id: s-neighbours, statement: {en: I would welcome new neighbours., es: Recibiría a vecinos nuevos.}, reverse_coded: true}
  attention_check: {id: s-check, statement: {en: Choose 4., es: Elige 4.}, expect: 4}
  age_bands: ["14-15", "16-18"]
"""
TIME_OUT = StepClock(700)
"""With this clock the first line typed in the game comes after the 10-minute timer ran out."""


@pytest.fixture
def survey_pack(tmp_path: Path) -> Path:
    """The lab pack with a survey of two statements and an attention check."""
    folder = tmp_path / "lab-survey"
    folder.mkdir()
    (folder / "pack.yaml").write_text(
        (LAB / "pack.yaml").read_text(encoding="utf-8") + SURVEY, encoding="utf-8"
    )
    return folder


def answers_of(sink: MemorySink, code: str, phase: str) -> list[tuple[str, int]]:
    return [(a.item_id, a.value) for _, a in sink.answers if a.player_code == code and a.phase == phase]


def test_two_players_answer_before_and_after(survey_pack: Path) -> None:
    sink = MemorySink()
    team, ready = ["2"], ["1"]
    first_pre, second_pre = ["1", "2", "5", "4", "4"], ["1", "3", "1", "4", "2"]  # agree, age band, 3 answers
    first_post, second_post = ["4", "2", "1"], ["2", "4", "5"]
    # before the game, the second player's consent asks to pass the screen (no separate "ready" step)
    script = [*team, *first_pre, *second_pre, "look desk", *first_post, *ready, *second_post]
    run = play(script, pack=survey_pack, sink=sink, clock=TIME_OUT)
    assert run.code == 0
    assert "A short survey" in run.lines
    assert run.lines.count("Before the game") == 1
    assert run.lines.count("After the game") == 1
    assert "How many players will answer?" in run.lines
    assert "Pass the screen to player 2" in run.lines
    assert "Player 1, question 1 of 3:" in run.lines
    assert "1. Strongly disagree" in run.lines and "3. 3" in run.lines and "5. Strongly agree" in run.lines
    assert run.lines[-1] == "Thank you for playing."

    ((session_id, session),) = sink.sessions.items()
    assert session["ending"] == "out_of_time" and session["seed"] == 1 and session["language"] == "en"
    players = [p for _, p, _ in sink.players]
    assert [p.number for p in players] == [1, 2]
    assert [band for _, _, band in sink.players] == ["16-18", None]
    plan = SurveyPlan.restore(load_pack(survey_pack).survey, players)
    for player in players:
        for phase in ("pre", "post"):
            recorded = answers_of(sink, player.code, phase)
            assert [item for item, _ in recorded] == [it.id for it in plan.order(player, phase)]
    assert all(sid == session_id for sid, _ in sink.answers)
    assert len(sink.answers) == 12
    assert sink.actions and sink.actions[0][1:] == (0, 0.0, {"type": "tick", "seconds": 700})


def test_a_player_who_declines_is_never_recorded_and_still_plays(survey_pack: Path) -> None:
    sink = MemorySink()
    declines, ready, agrees = ["2"], ["1"], ["1", "1", "2", "3", "4"]  # agree, 14-15, 3 answers
    script = ["2", *declines, *ready, *agrees, "look desk", "5", "4", "3"]
    run = play(script, pack=survey_pack, sink=sink, clock=TIME_OUT)
    assert run.code == 0
    assert "No thanks, just play" in run.out
    ((_, player, band),) = sink.players
    assert player.number == 2 and band == "14-15"
    assert {a.player_code for _, a in sink.answers} == {player.code}
    assert [a.phase for _, a in sink.answers] == ["pre"] * 3 + ["post"] * 3
    assert run.lines.count("Player 2, question 1 of 3:") == 2
    assert "Player 1, question 1 of 3:" not in run.lines


def test_when_everyone_declines_there_is_no_survey_after(survey_pack: Path) -> None:
    sink = MemorySink()
    run = play(["1", "2", "look desk"], pack=survey_pack, sink=sink, clock=TIME_OUT)
    assert sink.players == [] and sink.answers == []
    assert "After the game" not in run.out
    assert next(iter(sink.sessions.values()))["ending"] == "out_of_time"


def test_without_a_sink_the_survey_is_skipped_with_a_notice(survey_pack: Path) -> None:
    run = play(["quit"], pack=survey_pack)
    assert "This pack has a survey, but answers are not being saved here, so it is skipped." in run.flat
    assert "How many players will answer?" not in run.out


def test_team_size_and_answers_must_be_on_the_scale(survey_pack: Path) -> None:
    sink = MemorySink()
    run = play(["0", "7", "one", "1", "1", "3", "6", "quit"], pack=survey_pack, sink=sink)
    assert run.after("0") == "Type a number from 1 to 6."
    assert run.after("7") == "Type a number from 1 to 6."
    assert run.after("6") == "Type a number from 1 to 5."
    assert run.lines[-1] == "You stopped the game. Goodbye."
    assert next(iter(sink.sessions.values()))["ending"] == "quit"
    assert sink.answers == []


def test_the_survey_speaks_the_players_language(survey_pack: Path) -> None:
    run = play(["1", "1", "3", "quit"], pack=survey_pack, sink=MemorySink(), lang="es")
    for line in ("Una encuesta corta", "¿Cuántos jugadores van a responder?", "1. Sí, voy a responder"):
        assert line in run.lines
    assert "Jugador 1, pregunta 1 de 3:" in run.lines
    assert "1. Nada de acuerdo" in run.lines


def test_the_game_journal_goes_to_the_sink(survey_pack: Path) -> None:
    sink = MemorySink()
    play(["1", "2", "look desk", "3", "1234", "quit"], pack=survey_pack, sink=sink)
    actions = [action for _, _, _, action in sink.actions]
    assert actions == [
        {"type": "look", "hotspot": "desk"},
        {"type": "look", "hotspot": "panel"},
        {"type": "answer", "puzzle": "door_code", "value": "1234"},
    ]
    assert [seq for _, seq, _, _ in sink.actions] == [0, 1, 2]
