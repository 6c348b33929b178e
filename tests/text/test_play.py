"""Whole games of text play from a script, in English and Spanish, to each ending."""

from __future__ import annotations

from tests.text.helpers import LAB_ESCAPE, StepClock, play


def test_lab_escape_in_english() -> None:
    run = play(LAB_ESCAPE)
    assert run.code == 0
    lines = run.lines
    assert lines[0] == "Welcome to The Lab."
    assert "You are in: Hall." in lines
    assert "Time left: 10:00." in lines
    assert "5. Go to Lab (locked)" in lines
    assert "6. Go to Archive (locked)" in lines
    assert run.after("look desk") == "An old desk.\nYou take: Key card."
    assert "Now open: Go to Lab." in run.after("1234")
    assert "5. Go to Lab" in run.after("1234").splitlines()
    busted = run.after("1", nth=2)
    assert "Rumour busted!" in busted
    assert "The rumour: There are far more migrants than there really are." in busted
    assert "The fact: About 1 in 10 EU residents was born outside the EU." in busted
    assert (
        'Source: Eurostat, "EU population diversity by citizenship and country of birth", 2025.' in run.flat
    )
    assert "Used up: Key card." in run.after("use key card on battery")
    assert "You take: Powered card." in run.after("use key card on battery")
    assert "4. The way out" in run.after("logo two").splitlines()
    ending = run.after("4")
    for line in (
        "Out!",
        "You escaped.",
        "Wrong answers: 0.",
        "Rumours busted: 1 of 1.",
        "You busted this rumour.",
    ):
        assert line in ending.splitlines()
    assert lines[-1] == "Thank you for playing."


def test_lab_escape_in_spanish() -> None:
    run = play(LAB_ESCAPE, lang="es")
    assert run.code == 0
    lines = run.lines
    assert lines[0] == "Bienvenida, bienvenido a El laboratorio."
    assert "Estás en: Hall." in lines
    assert "Tiempo restante: 10:00." in lines
    assert "5. Ir a Lab (cerrada)" in lines
    assert run.after("look desk") == "An old desk.\nCoges: Key card."
    assert "¡Rumor desmontado!" in run.after("1", nth=2)
    assert (
        "Fuente: Eurostat, «EU population diversity by citizenship and country of birth», 2025." in run.flat
    )
    assert "Escribe los números en el orden correcto, por ejemplo 1 2 3." in run.after("timeline board")
    assert "Une cada número con una letra: escribe parejas como 1a 2b." in run.after("table")
    assert "Rumores desmontados: 1 de 1." in run.after("4")
    assert "Has desmontado este rumor." in run.after("4")
    assert lines[-1] == "Gracias por jugar."


def test_spanish_command_words_work_too() -> None:
    run = play(
        ["mirar desk", "ir lab", "usar key card en battery", "usar key card en desk", "salir"], lang="es"
    )
    assert "Coges: Key card." in run.after("mirar desk")
    assert run.after("ir lab") == "Está cerrado."
    assert run.after("usar key card en battery") == "Aquí no hay «battery»."
    assert run.after("usar key card en desk") == "Usar Key card con Desk no sirve. Pruébalo con otra cosa."
    assert run.lines[-1] == "Has parado el juego. ¡Hasta pronto!"


def test_out_of_time_ending_with_a_fake_clock() -> None:
    run = play(["look desk", "time", "time", "look"], clock=StepClock(200))
    assert run.code == 0
    assert run.after("time") == "Time left: 3:20."
    assert "Hurry" not in run.out
    ending = run.after("time", nth=2)
    assert ending.splitlines()[1:3] == ["Time up", "Try again."]
    assert "Time used: 10:00." in ending
    assert "You did not bust this rumour this time. Here is what the facts say." in ending
    assert "The fact: About 1 in 10 EU residents was born outside the EU." in ending
    assert "> look" not in run.lines, "nothing is read after the ending"


def test_a_warning_when_about_a_minute_is_left() -> None:
    run = play(["time", "time", "time"], clock=StepClock(270))
    assert run.after("time").splitlines()[0] == "Time left: 5:30."
    assert run.out.count("Hurry: about one minute left!") == 1
    assert "Time up" in run.out


def test_a_hint_shows_its_cost_first_and_only_counts_when_taken() -> None:
    run = play(["3", "hint", "2", "hint", "1", "hint", "yes", "hint", "back", "time"])
    first = run.after("hint")
    assert first.splitlines() == [
        'A hint for "Door" costs 60 seconds of your time. Take it?',
        "1. Yes",
        "2. No",
    ]
    assert run.after("2") == "No hint taken."
    assert run.after("1") == "Hint 1 of 2: Count up."
    assert run.after("yes") == "Hint 2 of 2: 1234"
    assert "Time left: 8:30." in run.after("back")
    assert 'There are no more hints for "Door".' in run.out


def test_hint_in_the_room_offers_the_what_now_puzzle_as_the_window_does() -> None:
    # The engine's guide_hint decides for both front ends: the hint of the puzzle "What now?" names, and
    # no list of every puzzle here (text play once chose by a rule of its own).
    run = play(["hint", "2", "3", "1234", "go lab", "hint", "time"])
    assert run.after("hint").splitlines() == [
        'What now? Look at Door panel and work on "Door".',
        'A hint for "Door" costs 60 seconds of your time. Take it?',
        "1. Yes",
        "2. No",
    ]
    assert run.after("hint", nth=2).splitlines() == ['What now? Look at Terminal and work on "Password".']


def test_quit_ends_cleanly() -> None:
    run = play(["look desk", "quit", "look drawer"])
    assert run.code == 0
    assert run.lines[-1] == "You stopped the game. Goodbye."
    assert "> look drawer" not in run.lines


def test_time_can_run_out_while_a_question_waits() -> None:
    run = play(["look desk", "use", "1", "1"], clock=StepClock(250))
    assert run.after("use").splitlines() == ["Use which item?", "1. Key card"]
    assert run.after("1").splitlines()[1] == "Time up"
    assert run.lines.count("> 1") == 1
