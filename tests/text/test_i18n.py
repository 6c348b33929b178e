"""Interface texts in every shipped language, and output that any stream can take."""

from __future__ import annotations

import io
import string
import subprocess
import sys

import pytest

from rumours_game.strings import Texts
from rumours_game.survey import MemorySink, SinkUnavailable
from rumours_game.text.app import run_text
from tests.text.helpers import LAB, TUTORIAL, play

ROOM = ["look", "3", "12", "quit"]


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_a_pack_can_override_a_text_and_unknown_languages_fall_back_to_english() -> None:
    texts = Texts("es", {"es": {"text.yes": "Vale"}})
    assert texts("text.yes") == "Vale"
    assert texts("text.no") == "No"
    assert Texts("sv-SE")("text.choose") == "Type a number, or help."
    assert Texts("pt-BR")("text.choose") == "Escreve um número, ou ajuda."
    assert Texts("de")("text.cmd.quit") == "ende,beenden"
    assert {"quit", "ende", "q"} <= Texts("de").words("text.cmd.quit")


@pytest.mark.parametrize(("lang", "first"), [("el", "Καλώς ήρθες στο"), ("uk", "Вітаємо в грі")])
def test_greek_and_ukrainian_to_a_string_and_to_a_utf8_stream(lang: str, first: str) -> None:
    text_run = play(ROOM, pack=TUTORIAL, lang=lang)
    assert text_run.lines[0].startswith(first)
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
    stdin = io.StringIO("".join(f"{line}\n" for line in ROOM))
    assert run_text(TUTORIAL, lang, None, stdin, stream, seed=1, clock=lambda: 0.0) == 0
    stream.flush()
    assert raw.getvalue().decode("utf-8") == text_run.out


def test_a_stream_that_cannot_show_the_letters_gets_replacements_not_a_crash() -> None:
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="ascii", newline="\n")
    stdin = io.StringIO("look\nquit\n")
    assert run_text(TUTORIAL, "el", None, stdin, stream, seed=1, clock=lambda: 0.0) == 0
    stream.flush()
    out = raw.getvalue().decode("ascii")
    assert "> look" in out and "?" in out


def test_a_language_the_pack_lacks_is_announced() -> None:
    run = play(["quit"], lang="fr")
    assert "Ce pack n'a pas de textes en Français : tu en verras certains en English." in run.flat
    assert run.lines[-1] == "Tu as arrêté le jeu. Au revoir !"


class FullDisk(MemorySink):
    """A sink that cannot write answers or actions yet (it would keep them and retry)."""

    def record_answer(self, session_id: str, answer: object) -> str:
        raise SinkUnavailable("disk full")

    def journal_action(self, session_id: str, seq: int, at: float, action: dict) -> None:
        raise SinkUnavailable("disk full")


def test_a_sink_that_cannot_write_yet_asks_for_the_facilitator_once_and_play_goes_on() -> None:
    run = play(["1", "1", "1", *["3"] * 6, "look phone", "quit"], pack=TUTORIAL, sink=FullDisk())
    notice = "Your answer is kept for now, but it could not be saved. Please call the facilitator."
    assert run.flat.count(notice) == 1
    assert "Player 1, question 6 of 6:" in run.lines
    assert "The class chat is buzzing with one message." in run.after("look phone")
    assert run.lines[-1] == "You stopped the game. Goodbye."


class FullDiskAtStart(MemorySink):
    """A sink that keeps the new session in memory but cannot write it yet."""

    def start_session(self, pack: object, language: str, *, seed: int = 0, event: str = "") -> str:
        session_id = super().start_session(pack, language, seed=seed, event=event)
        raise SinkUnavailable("disk full", result=session_id)


def test_a_session_that_could_not_be_written_yet_still_records_its_answers() -> None:
    sink = FullDiskAtStart()
    run = play(["1", "1", "1", "3", "3", "3", "3", "quit"], pack=TUTORIAL, sink=sink)
    assert run.flat.count("Please call the facilitator.") == 1
    [session_id] = sink.sessions
    assert len([a for sid, a in sink.answers if sid == session_id]) == 4


def test_text_play_imports_no_store_no_ui_no_pygame_and_no_sqlite() -> None:
    code = (
        "import sys, rumours_game.text.app\n"
        "bad = [m for m in ('pygame', 'sqlite3', 'rumours_game.store', 'rumours_game.ui', 'rumours_game.kiosk')"
        " if m in sys.modules]\n"
        "print(bad)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=LAB.parents[3]
    )
    assert done.stdout.strip() == "[]"
