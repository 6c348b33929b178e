"""Puzzle forms on their own: options, keys and parsing for cases the fixture pack does not reach."""

from __future__ import annotations

import io

import pytest

from rumours_game.engine import new_game
from rumours_game.pack import load_pack
from rumours_game.pack.models import ChoicePuzzle, CipherPuzzle, Pack
from rumours_game.strings import Texts
from rumours_game.text.console import Console
from rumours_game.text.context import TextContext
from rumours_game.text.puzzles import FORMS
from tests.text.helpers import LAB


@pytest.fixture(scope="module")
def lab() -> Pack:
    return load_pack(LAB)


def ctx_for(pack: Pack, lang: str = "en") -> TextContext:
    return TextContext(pack, lang, Console(io.StringIO(), io.StringIO()), Texts(lang, pack.strings))


MULTI = ChoicePuzzle.model_validate(
    {
        "type": "choice",
        "id": "multi",
        "title": "Which are sources?",
        "prompt": "Pick all.",
        "options": [
            {"id": "a", "text": "Eurostat"},
            {"id": "b", "text": "A chat"},
            {"id": "c", "text": "UNHCR"},
        ],
        "answer": ["a", "c"],
    }
)


def test_a_choice_with_several_right_answers_takes_several_numbers(lab: Pack) -> None:
    ctx, state = ctx_for(lab), new_game(lab, 1)
    form = FORMS["choice"]
    assert form.lines(ctx, state, MULTI)[-1] == "Choose every right answer: type their numbers, like 1 3."
    assert form.parse(ctx, state, MULTI, "3, 1 3") == [("c", "a")]
    assert form.parse(ctx, state, MULTI, "4") == "Type a number from 1 to 3."


def test_the_cipher_key_is_shown_only_with_the_key_item(lab: Pack) -> None:
    ctx, state = ctx_for(lab), new_game(lab, 1)
    secret = lab.puzzle("secret")
    assert isinstance(secret, CipherPuzzle)
    without = FORMS["cipher"].lines(ctx, state, secret)
    assert without == [
        "The coded message: WKLQN ILUVW",
        "You need Decoder to read the key.",
        "Type the decoded message.",
    ]
    with_key = FORMS["cipher"].lines(ctx, state.evolve(inventory=("decoder",)), secret)
    assert with_key[1] == "The key (coded letter = real letter):"


def test_the_cipher_key_uses_the_players_alphabet(lab: Pack) -> None:
    ctx, state = ctx_for(lab, "el"), new_game(lab, 1).evolve(inventory=("decoder",))
    lines = FORMS["cipher"].lines(ctx, state, lab.puzzle("secret"))
    assert lines[1] == "Το κλειδί (κρυπτογραφημένο γράμμα = πραγματικό γράμμα):"
    assert lines[2].split()[:3] == ["Α=Χ", "Β=Ψ", "Γ=Ω"]
    assert sum(len(row.split()) for row in lines[2:-1]) == 24


def test_match_letters_follow_the_language(lab: Pack) -> None:
    ctx, state = ctx_for(lab, "uk"), new_game(lab, 1)
    pairs = lab.puzzle("pairs")
    lines = FORMS["match"].lines(ctx, state, pairs)
    assert [line[:2] for line in lines[2:4]] == ["а.", "б."]
    assert FORMS["match"].parse(ctx, state, pairs, "1б 2а") == [{"p1": "p1", "p2": "p2"}]
    assert isinstance(FORMS["match"].parse(ctx, state, pairs, "1b 2a"), str)


def test_order_accepts_digits_without_spaces_only_when_unambiguous(lab: Pack) -> None:
    ctx, state = ctx_for(lab), new_game(lab, 1)
    timeline = lab.puzzle("timeline")
    assert FORMS["order"].parse(ctx, state, timeline, "321") == [("a", "b", "c")]
    assert FORMS["order"].parse(ctx, state, timeline, "3,2,1") == [("a", "b", "c")]
    assert (
        FORMS["order"].parse(ctx, state, timeline, "32") == "Type each number from 1 to 3 once, like 1 2 3."
    )


def test_a_sequence_lists_its_buttons_and_takes_their_numbers_in_order(lab: Pack) -> None:
    ctx, state = ctx_for(lab), new_game(lab, 1)
    route = lab.puzzle("route")
    form = FORMS["sequence"]
    assert form.lines(ctx, state, route) == [
        "1. Up",
        "2. Down",
        "Type the numbers of the buttons in the order you press them (4 presses), like 1 2 1 2.",
    ]
    assert form.parse(ctx, state, route, "1 1 2 1") == [("up", "up", "down", "up")]
    assert form.parse(ctx, state, route, "1121") == [("up", "up", "down", "up")]
    bad = "Type 4 numbers from 1 to 2, one for each press, like 1 2 1 2."
    assert form.parse(ctx, state, route, "1 2") == bad, "too few presses is not a wrong answer"
    assert form.parse(ctx, state, route, "1 1 3 1") == bad
    assert FORMS["sequence"].lines(ctx_for(lab, "es"), state, route)[0] == "1. Subir"
