"""The `rumours play` command: wiring, the --text dispatch, and plain errors instead of tracebacks."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from rumours_game.cli import main
from rumours_game.cli.common import CliError
from rumours_game.cli.play_cmd import parse_size

from .helpers import ROOT, TUTORIAL


@pytest.mark.parametrize("bad", ["big", "100x", "10x10", "1280x720x3"])
def test_bad_sizes_are_user_errors(bad):
    with pytest.raises(CliError):
        parse_size(bad)


def test_sizes_parse():
    assert parse_size("3840x2160") == (3840, 2160)


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--headless"], "--walkthrough"),
        (["--walkthrough"], "--headless"),
        (["--headless", "--walkthrough", "nope"], "no walkthrough 'nope'"),
        (["--lang", "xx"], "no language 'xx'"),
        (["--size", "huge"], "--size"),
    ],
)
def test_usage_errors_are_one_plain_line(capsys, data_dir, args, needle):
    code = main(["--data-dir", str(data_dir), "play", str(TUTORIAL), *args])
    err = capsys.readouterr().err
    assert code == 2 and needle in err and "Traceback" not in err


def test_a_missing_pack_is_reported(capsys, data_dir, tmp_path):
    code = main(["--data-dir", str(data_dir), "play", str(tmp_path / "none"), "--headless", "--walkthrough"])
    assert code == 2  # a path that is not there is a usage problem, not a pack error
    err = capsys.readouterr().err
    assert "no folder or .zip" in err and "Traceback" not in err


def test_text_play_is_handed_to_the_text_front_end(monkeypatch, data_dir):
    import rumours_game.text.app as text_app

    seen = {}

    def fake(pack_path, lang, folder, stdin, stdout, *, sink=None):
        seen.update(pack=pack_path, lang=lang, folder=folder, sink=sink)
        return 0

    monkeypatch.setattr(text_app, "run_text", fake)
    assert main(["--data-dir", str(data_dir), "play", str(TUTORIAL), "--text", "--lang", "el"]) == 0
    assert seen["lang"] == "el" and seen["folder"] == data_dir and seen["sink"] is not None


def test_headless_walkthrough_from_the_command_line(tmp_path, data_dir):
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
    env.pop("PYGAME_HIDE_SUPPORT_PROMPT", None)
    shots = tmp_path / "shots"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "rumours_game",
            "--data-dir",
            str(data_dir),
            "play",
            str(TUTORIAL),
            "--headless",
            "--walkthrough",
            "main",
            "--screenshots",
            str(shots),
            "--size",
            "1280x720",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ended 'escaped' as declared" in result.stdout
    assert "pygame-ce" not in result.stdout and len(result.stdout.splitlines()) == 1  # no pygame banner
    assert (shots / "001-title.png").is_file()
    assert (data_dir / "rumours.db").is_file()


def test_no_window_is_a_plain_error_suggesting_text_play(capsys, data_dir, monkeypatch):
    import pygame

    def no_window(*args, **kwargs):
        raise pygame.error("No available video device")

    monkeypatch.setattr(pygame.display, "set_mode", no_window)
    code = main(["--data-dir", str(data_dir), "play", str(TUTORIAL)])
    err = capsys.readouterr().err
    assert code == 2 and "--text" in err and "Traceback" not in err


def test_large_text_and_high_contrast_from_the_command_line(monkeypatch, data_dir):
    import rumours_game.ui.run as run

    seen = {}

    def fake(packs, lang, sink, size, fullscreen, settings):
        seen["settings"] = settings
        return 0

    monkeypatch.setattr(run, "play", fake)
    assert main(["--data-dir", str(data_dir), "play", str(TUTORIAL), "--large-text", "--high-contrast"]) == 0
    assert seen["settings"].large_text and seen["settings"].high_contrast
    assert main(["--data-dir", str(data_dir), "play", str(TUTORIAL)]) == 0
    assert not seen["settings"].large_text and not seen["settings"].high_contrast
