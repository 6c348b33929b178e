"""`rumours play A B` and `rumours play FOLDER`: several packs, all checked first; the window offers them all,
--text asks which game, --headless plays the first."""

from __future__ import annotations

import io
import shutil

import pytest

from rumours_game.cli import main
from rumours_game.cli.common import expand_packs
from rumours_game.text.app import run_text

from .helpers import ROOT, TUTORIAL

ESCAPE = ROOT / "scenarios" / "escape-rumours"
SCENARIOS = ROOT / "scenarios"


@pytest.fixture
def window(monkeypatch):
    """What the window would have been opened with (no window is opened)."""
    import rumours_game.ui.run as run

    seen: dict = {}

    def fake(packs, lang, sink, size, fullscreen, settings):
        seen.update(paths=[path for path, _ in packs], ids=[pack.id for _, pack in packs], lang=lang)
        return 0

    monkeypatch.setattr(run, "play", fake)
    return seen


@pytest.fixture
def broken(tmp_path):
    """A copy of the tutorial whose timer is not a number (pack.yaml line 30)."""
    pack = tmp_path / "broken"
    shutil.copytree(TUTORIAL, pack)
    text = (pack / "pack.yaml").read_text(encoding="utf-8")
    (pack / "pack.yaml").write_text(
        text.replace("timer:\n  minutes: 10", "timer:\n  minutes: ten"), encoding="utf-8"
    )
    return pack


def test_several_packs_open_one_window_offering_them_in_order(window, data_dir):
    assert main(["--data-dir", str(data_dir), "play", str(TUTORIAL), str(ESCAPE)]) == 0
    assert window["paths"] == [TUTORIAL, ESCAPE] and window["lang"] == "en"


def test_a_folder_of_packs_stands_for_the_packs_in_it_sorted(window, data_dir):
    inside = sorted(p for p in SCENARIOS.iterdir() if (p / "pack.yaml").is_file())
    assert {p.name for p in inside} >= {"escape-rumours", "template", "tutorial"}
    assert expand_packs([SCENARIOS]) == inside
    assert expand_packs([TUTORIAL, SCENARIOS]) == [TUTORIAL, *(p for p in inside if p != TUTORIAL)]
    assert main(["--data-dir", str(data_dir), "play", str(SCENARIOS)]) == 0
    assert window["paths"] == inside


def test_a_language_only_another_pack_has_is_accepted(window, data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "play", str(TUTORIAL), str(ESCAPE), "--lang", "it"]) == 0
    assert window["lang"] == "it"  # the tutorial has no Italian: its title uses its own default
    code = main(["--data-dir", str(data_dir), "play", str(TUTORIAL), str(ESCAPE), "--lang", "nl"])
    assert code == 2 and "no pack has the language 'nl'; they have: en," in capsys.readouterr().err


def test_a_broken_pack_among_several_is_reported_with_file_and_line(window, data_dir, broken, capsys):
    code = main(["--data-dir", str(data_dir), "play", str(TUTORIAL), str(broken), str(ESCAPE)])
    err = capsys.readouterr().err
    assert code == 1 and not window and "Traceback" not in err
    assert f"{broken}/pack.yaml:30:" in err and "rumours validate" in err
    code = main(
        ["--data-dir", str(data_dir), "play", str(TUTORIAL), str(broken), "--headless", "--walkthrough"]
    )
    assert code == 1 and f"{broken}/pack.yaml:30:" in capsys.readouterr().err


def test_text_play_asks_which_game_and_plays_the_one_chosen():
    out = io.StringIO()
    assert (
        run_text([TUTORIAL, ESCAPE], "en", None, io.StringIO("7\n2\n"), out, seed=1, clock=lambda: 0.0) == 0
    )
    text = out.getvalue()
    assert "Which game do you want to play?" in text
    assert "1. Tutorial: The Radio Studio" in text and "2. Escape Rumours: Neighbours' Night" in text
    assert "Type a number from 1 to 2." in text  # 7 is not one of them
    assert "Welcome to Escape Rumours: Neighbours' Night." in text and "Traceback" not in text


def test_the_text_question_is_in_the_players_language():
    out = io.StringIO()
    assert run_text([TUTORIAL, ESCAPE], "uk", None, io.StringIO("1\n"), out, seed=1, clock=lambda: 0.0) == 0
    text = out.getvalue()
    assert "У яку гру хочете грати?" in text and "2. Escape Rumours: Вечір сусідів" in text


def test_text_play_ends_quietly_when_the_input_ends_before_a_choice():
    out = io.StringIO()
    assert run_text([TUTORIAL, ESCAPE], None, None, io.StringIO(""), out) == 0
    assert out.getvalue().splitlines()[-1] == "No more input: the game stops here. Goodbye."


def test_text_play_reports_every_broken_pack_with_its_folder(broken):
    out = io.StringIO()
    assert run_text([broken, TUTORIAL, broken], "en", None, io.StringIO(""), out) == 1
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("The pack has 1 problem(s)") and lines[1].startswith(f"{broken}/pack.yaml:30:")
    assert "Which game" not in out.getvalue()


def test_text_play_from_the_command_line_with_a_folder(monkeypatch, data_dir):
    import rumours_game.text.app as text_app

    seen = {}

    def fake(pack_paths, lang, folder, stdin, stdout, *, sink=None):
        seen["paths"] = pack_paths
        return 0

    monkeypatch.setattr(text_app, "run_text", fake)
    assert main(["--data-dir", str(data_dir), "play", str(SCENARIOS), "--text", "--no-survey"]) == 0
    assert seen["paths"] == expand_packs([SCENARIOS])


def test_the_built_apps_own_pack_is_played_when_none_is_given(window, data_dir):
    assert main(["--data-dir", str(data_dir), "play"], default_pack=ESCAPE) == 0
    assert window["paths"] == [ESCAPE]
    assert main(["--data-dir", str(data_dir), "play", str(TUTORIAL)], default_pack=ESCAPE) == 0
    assert window["paths"] == [TUTORIAL]
