"""The shipped tutorial pack played through in text, with its survey, in each of its languages."""

from __future__ import annotations

import pytest

from rumours_game.survey import MemorySink
from tests.text.helpers import TUTORIAL, play

STATEMENTS = 6
"""The tutorial's survey statements: five items and the attention check."""
SURVEY_PRE = ["2", "1", "2", *["4", "4", "3", "4", "2", "4"], "1", "1", *["4", "4", "3", "4", "2", "4"]]
"""Two players; each agrees (the second player's consent asks to pass the screen), picks an age band and
answers the statements."""
SURVEY_POST = [*["2", "2", "4", "4", "4", "4"], "1", *["2", "2", "4", "4", "4", "4"]]
"""Each player's answers after the game, with the screen passed in between."""
MATCH = {"en": "1c 2a 3b", "es": "1c 2a 3b", "el": "1γ 2α 3β", "uk": "1в 2а 3б"}
"""The right pairs for the script's match puzzle: the letters follow the language."""


def escape(lang: str) -> list[str]:
    """Every room choice by number; typed answers work in any of the pack's languages."""
    return [
        "1", "1", "2",  # phone: a wrong answer, then "rumour"
        "2",  # waste bin: the pocket mirror
        "3", "check the source",  # whiteboard: mirror writing
        "4", "3 4",  # shelf: both sources
        "5", "hint", "1", "10",  # drawer lock, after a 20-second hint
        "6", "neighbouring",  # the map
        "7", MATCH[lang],  # the show script
        "use", "4", "8",  # the key card on the card reader
        "9",  # the studio door
    ]  # fmt: skip


EXPECTED = {
    "en": ("You are in: The radio studio.", "Rumour busted!", "On air!", "You busted this rumour.", "Thank you!"),
    "es": ("Estás en: El estudio de radio.", "¡Rumor desmontado!", "¡En antena!", "Has desmontado este rumor.", "¡Gracias!"),
    "el": ("Είσαι εδώ: Το ραδιοφωνικό στούντιο.", "Η φήμη καταρρίφθηκε!", "Στον αέρα!", "Κατέρριψες αυτή τη φήμη.", "Ευχαριστούμε!"),
    "uk": ("Ти тут: Радіостудія.", "Чутку спростовано!", "В ефірі!", "Ти спростував цю чутку.", "Дякуємо!"),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "es", "el", "uk"])
def test_the_tutorial_escapes_with_the_survey_before_and_after(lang: str) -> None:
    sink = MemorySink()
    run = play([*SURVEY_PRE, *escape(lang), *SURVEY_POST], pack=TUTORIAL, lang=lang, sink=sink)
    assert run.code == 0
    room, busted, ending, debrief, thanks = EXPECTED[lang]
    for line in (room, busted, ending, debrief, thanks):
        assert line in run.lines, line
    assert run.lines.count(busted) == 2
    assert "0:20." in run.after("9")
    assert next(iter(sink.sessions.values()))["ending"] == "escaped"
    assert len(sink.players) == 2
    assert sorted(a.phase for _, a in sink.answers) == ["post"] * 2 * STATEMENTS + ["pre"] * 2 * STATEMENTS
    assert "Traceback" not in run.out


def test_the_tutorial_in_english_shows_sources_and_nuance() -> None:
    run = play(escape("en"), pack=TUTORIAL)
    drawer = " ".join(run.after("10").split())
    assert (
        "The rumour: Immigrants are everywhere: at least 1 in 4 people in the EU was born outside it!"
        in drawer
    )
    assert 'Source: Ipsos MORI, "Perils of Perception", 2014.' in drawer
    assert "Good to know: An average over 14 countries" in drawer
    assert (
        run.after("hint").splitlines()[0]
        == 'A hint for "The drawer lock" costs 20 seconds of your time. Take it?'
    )
    ending = run.after("9").splitlines()
    assert ending[1:3] == [
        "On air!",
        "You checked before you shared. Rumours tell us what to think; this game",
    ]
    assert "Time used: 0:20." in ending
    assert "Hints taken: 1." in ending
    assert "Wrong answers: 1." in ending
    assert "Rumours busted: 2 of 2." in ending


def test_the_mirror_on_the_whiteboard_opens_the_mirror_writing() -> None:
    run = play(
        ["1", "2", "2", "use mirror on whiteboard", "check the source", "use mirror on phone"], pack=TUTORIAL
    )
    used = run.after("use mirror on whiteboard")
    assert "In the mirror, the letters turn the right way round." in " ".join(used.split())
    assert "Puzzle: Mirror writing" in used
    assert "Solved: Mirror writing" in run.after("check the source")
    wrong = " ".join(run.after("use mirror on phone").split())
    assert "That does not help with the phone." in wrong
    assert "Nothing happens" not in run.out


def test_an_item_without_an_answer_gets_a_helpful_default() -> None:
    run = play(["2", "use mirror on shelf"], pack=TUTORIAL)
    assert "Using Pocket mirror on Archive shelf does not help." in " ".join(
        run.after("use mirror on shelf").split()
    )


def test_hint_in_the_room_says_what_now() -> None:
    run = play(["hint", "2"], pack=TUTORIAL)
    assert run.after("hint").splitlines()[0] == 'What now? Look at Phone and work on "Rumour or fact?".'
