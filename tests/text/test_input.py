"""Unhelpful input gets a helpful line, the end of input ends the game cleanly, and nothing crashes."""

from __future__ import annotations

import io
from pathlib import Path

from rumours_game.text.app import run_text
from tests.text.helpers import LAB, play


def test_unknown_words_numbers_and_names_get_a_helpful_line() -> None:
    run = play(["dance", "99", "0", "look sofa", "look d", "go", "go moon", "", "back"])
    assert run.after("dance") == 'I did not understand "dance". Type help to see the commands.'
    assert run.after("99") == "Type a number from 1 to 6."
    assert run.after("0") == "Type a number from 1 to 6."
    assert run.after("look sofa") == 'There is no "sofa" here.'
    assert run.after("look d") == "Which one do you mean: Desk, Drawer, Door panel?"
    assert run.after("go") == "Go where? Type go and a place, or pick a number."
    assert run.after("go moon") == 'There is no "moon" here.'
    assert run.after("") == "Type a number, or help."
    assert run.after("back").splitlines()[0] == "You are in: Hall."
    assert "Traceback" not in run.out


def test_a_locked_exit_and_an_escape_too_early_are_refused() -> None:
    run = play(["5", "go archive"])
    assert run.after("5") == "It is locked."
    assert run.after("go archive").splitlines()[0] == "It is locked."


def test_help_lists_every_command() -> None:
    run = play(["help"])
    lines = run.after("help").splitlines()
    assert lines[0] == "Commands:"
    for word in ("look", "go PLACE", "use THING on THING", "inv", "hint", "time", "back", "quit"):
        assert any(line.startswith(word) for line in lines), word


def test_inventory_lists_items_and_look_reads_an_item() -> None:
    run = play(
        ["inv", "look desk", "inv", "look key card", "use", "use sofa", "back", "use key card on sofa"]
    )
    assert run.after("inv") == "You carry nothing."
    assert run.after("inv", nth=2) == "You carry: Key card."
    assert run.after("look key card") == "Nothing special."
    assert run.after("use").splitlines() == ["Use which item?", "1. Key card"]
    assert run.after("use sofa") == "Type a number from 1 to 1."
    assert run.after("use key card on sofa").splitlines()[0] == 'There is no "sofa" here.'


def test_back_in_a_picker_does_nothing() -> None:
    run = play(["look desk", "use", "back", "look"])
    assert run.after("back") == "Nothing done."
    assert run.after("look").splitlines()[0] == "You are in: Hall."


def test_end_of_input_anywhere_ends_the_game_with_a_message() -> None:
    for lines in ([], ["3"], ["3", "hint"], ["look desk", "use"]):
        run = play(lines)
        assert run.code == 0
        assert run.lines[-1] == "No more input: the game stops here. Goodbye."


def test_a_broken_pack_prints_its_problems_and_returns_1(tmp_path: Path) -> None:
    pack = tmp_path / "broken"
    pack.mkdir()
    text = (
        (LAB / "pack.yaml")
        .read_text(encoding="utf-8")
        .replace("timer: {minutes: 10}", "timer: {minutes: ten}")
    )
    (pack / "pack.yaml").write_text(text, encoding="utf-8")
    out = io.StringIO()
    code = run_text(pack, "en", None, io.StringIO(""), out, seed=1)
    assert code == 1
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("The pack has 1 problem(s)")
    assert lines[1].startswith("pack.yaml:12:")
    assert ": error: " in lines[1]


def test_a_missing_pack_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    out = io.StringIO()
    assert run_text(tmp_path / "nowhere", None, None, io.StringIO(""), out) == 1
    assert out.getvalue().splitlines()[1].startswith("error: There is no folder or .zip file called")


def test_input_that_is_not_utf8_does_not_crash() -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"\xff\xfe\n look desk\n"), encoding="utf-8")
    out = io.StringIO()
    assert run_text(LAB, "en", None, stdin, out, seed=1, clock=lambda: 0.0) == 0
    assert "Traceback" not in out.getvalue()
    assert out.getvalue().splitlines()[-1] == "No more input: the game stops here. Goodbye."
