"""Every puzzle type played in text: what is shown, what a typed line means, and unhelpful lines."""

from __future__ import annotations

from tests.text.helpers import play

TO_LAB = ["look desk", "look drawer", "3", "1234", "go lab"]
TO_ARCHIVE = [
    *TO_LAB,
    "1",
    "1",
    "look box",
    "use key card on battery",
    "go hall",
    "use powered card on card reader",
    "go archive",
]


def test_code_needs_the_right_number_of_digits_and_ignores_spaces() -> None:
    run = play(["3", "12", "abcd", "", "1 2 3 5", "1 2 3 4"])
    assert run.after("3").splitlines()[:3] == ["Puzzle: Door", "Four digits.", "Type the code: 4 digits."]
    assert run.after("12") == "The code is 4 digits, from 0 to 9."
    assert run.after("abcd") == "The code is 4 digits, from 0 to 9."
    assert run.after("") == "The code is 4 digits, from 0 to 9."
    assert run.after("1 2 3 5").splitlines()[0] == "That is not right. Try again."
    assert run.after("1 2 3 4").splitlines()[:2] == ["Solved: Door", "Now open: Go to Lab."]


def test_choice_takes_one_listed_number() -> None:
    run = play([*TO_LAB, "1", "3", "1 2", "rumour", "2", "1"])
    shown = run.after("1", nth=1).splitlines()
    assert shown[2:5] == ["1. Rumour", "2. Fact", "Type the number of your answer."]
    for line in ("3", "1 2", "rumour"):
        assert run.after(line, nth=-1) == "Type a number from 1 to 2."
    assert run.after("2").splitlines()[0] == "That is not right. Try again."
    assert run.after("1", nth=-1).startswith("Solved: Rumour or fact?")


def test_order_takes_every_number_once() -> None:
    run = play([*TO_LAB, "2", "3", "3 3 1", "1 2 3", "321"])
    shown = run.after("2", nth=-1).splitlines()
    assert shown[2:6] == ["1. 2024", "2. 2014", "3. 2010", "Type the numbers in the right order, like 1 2 3."]
    assert run.after("3", nth=-1) == "Type each number from 1 to 3 once, like 1 2 3."
    assert run.after("3 3 1") == "Type each number from 1 to 3 once, like 1 2 3."
    assert run.after("1 2 3").splitlines()[0] == "1 of 3 are right. Keep going!"
    assert run.after("321").startswith("Solved: Timeline")


def test_match_takes_one_letter_per_number() -> None:
    run = play([*TO_LAB, "3", "1b", "1b 2b", "1b 2a 3c", "1a 2b", "1-b, 2-A"])
    shown = run.after("3", nth=-1).splitlines()
    assert shown[2:7] == ["1. Eurostat", "2. UNHCR", "a. Refugee agency", "b. EU statistics", shown[6]]
    assert shown[6] == "Match each number with a letter: type pairs like 1a 2b."
    bad = "Type one letter for each number from 1 to 2, each letter once, like 1a 2b."
    for line in ("1b", "1b 2b", "1b 2a 3c"):
        assert run.after(line) == bad
    assert run.after("1a 2b").splitlines()[0] == "0 of 2 are right. Keep going!"
    assert run.after("1-b, 2-A").startswith("Solved: Pairs")


def test_a_wrong_answer_shows_the_question_and_its_options_again() -> None:
    """Before: only "That is not right." was printed, and players scrolled back to find the options."""
    wrong_order = ["look box", "timeline board", "1 2 3", "back"]
    run = play([*TO_LAB, "1", "2", "1", *wrong_order, "table", "1a 2b", "back", "terminal", "town"])
    assert run.after("2").splitlines() == [
        "That is not right. Try again.",
        run.after("1").splitlines()[1],
        "1. Rumour",
        "2. Fact",
        "Type the number of your answer.",
    ]
    order = run.after("1 2 3").splitlines()
    assert order[0] == "1 of 3 are right. Keep going!"
    assert order[2:] == ["1. 2024", "2. 2014", "3. 2010", "Type the numbers in the right order, like 1 2 3."]
    match = run.after("1a 2b").splitlines()
    assert match[0] == "0 of 2 are right. Keep going!"
    assert match[2:] == run.after("table").splitlines()[2:7], "the same numbers and letters as before"
    assert run.after("town").splitlines()[1:3] == run.after("terminal").splitlines()[1:3]


def test_text_answers_ignore_case_and_accents_and_need_something_typed() -> None:
    run = play([*TO_LAB, "4", "", "town", "CITTA"])
    assert run.after("4").splitlines()[2] == "Type your answer."
    assert run.after("") == "Type an answer first."
    assert run.after("town").splitlines()[0] == "That is not right. Try again."
    assert run.after("CITTA").startswith("Solved: Password")


def test_cipher_shows_the_coded_text_and_the_key_table() -> None:
    run = play([*TO_ARCHIVE, "note", "think later", "Think, first!"])
    shown = run.after("note").splitlines()
    assert shown[2] == "The coded message: WKLQN ILUVW"
    assert shown[3] == "The key (coded letter = real letter):"
    assert shown[4] == "A=X B=Y C=Z D=A E=B F=C G=D H=E I=F"
    assert shown[-2] == "Type the decoded message."
    assert run.after("think later").splitlines()[0] == "That is not right. Try again."
    assert run.after("Think, first!").startswith("Solved: Secret note")


def test_search_lists_targets_among_decoys_with_numbers_that_never_change() -> None:
    run = play([*TO_ARCHIVE, "photo", "2", "9", "logo", "3", "3", "1"])
    found_one, again, found_two = run.after("3", nth=-2), run.after("3", nth=-1), run.after("1", nth=-1)
    shown = run.after("photo").splitlines()
    assert shown[2:7] == [
        "Found 0 of 2.",
        "1. Logo two",
        "2. Note",
        "3. Logo one",
        "Where do you look? Type a number.",
    ]
    assert run.after("2", nth=-1).splitlines()[0] == "Nothing there. Look somewhere else."
    assert run.after("9") == "Type a number from 1 to 3."
    assert run.after("logo") == "Type a number from 1 to 3."
    assert found_one.splitlines() == [
        "Found: Logo one.",
        "Found 1 of 2.",
        "1. Logo two",
        "2. Note",
        "3. Logo one (done)",
        "Where do you look? Type a number.",
    ], "a find keeps every number where it was"
    assert again == "Logo one (done)"
    assert found_two.splitlines()[:2] == ["Found: Logo two.", "Solved: Find the sources"]


def test_search_takes_several_places_in_one_line() -> None:
    run = play([*TO_ARCHIVE, "photo", "3 1"])
    assert run.after("3 1").splitlines()[:3] == [
        "Found: Logo one.",
        "Found: Logo two.",
        "Solved: Find the sources",
    ]


def test_combine_with_typed_names_either_way_round() -> None:
    run = play([*TO_LAB, "use battery on key card"])
    assert run.after("use battery on key card").splitlines()[:4] == [
        "Used up: Key card.",
        "Used up: Battery.",
        "Solved: Power the card",
        "You take: Powered card.",
    ]


def test_combine_with_numbered_pickers() -> None:
    run = play(["look desk", "use", "1", "4"])
    assert run.after("use").splitlines() == ["Use which item?", "1. Key card"]
    picked = run.after("1").splitlines()
    assert picked[0] == "Use Key card on what?"
    assert picked[1:5] == ["1. Desk", "2. Drawer", "3. Door panel", "4. Card reader"]
    assert (
        run.after("4").splitlines()[0]
        == "Using Key card on Card reader does not help. Try it on something else."
    )


def test_a_puzzle_can_be_left_and_shown_again() -> None:
    run = play(["3", "look", "back", "hint"])
    assert run.after("look").splitlines()[0] == "Puzzle: Door"
    assert run.after("back").splitlines()[0] == "You are in: Hall."
    assert run.after("hint").splitlines()[1].startswith('A hint for "Door" costs 60 seconds')


def test_a_locked_puzzle_says_something_is_missing() -> None:
    route = ["look desk", "look drawer", "3", "1234", "go lab", "use key card on battery", "go hall"]
    run = play([*route, "use powered card on card reader", "go archive", "note", "1"])
    assert run.after("note") == "You cannot do this yet: something is still missing."
    assert run.after("1").splitlines()[0] == "You cannot do this yet: something is still missing."
