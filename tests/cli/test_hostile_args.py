"""Hostile command-line arguments get a one-line message and a non-zero exit, never a traceback or a huge
window (findings 12 and 14 of issue 14)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pygame
import pytest

from rumours_game.cli import main
from rumours_game.ui.app import save_png
from tests.conftest import SCENARIOS

TUTORIAL = str(SCENARIOS / "tutorial")


@pytest.mark.parametrize("lang", ["../../x", "en\n", "x" * 300, "EN_us", ""])
def test_play_lang_must_be_a_language_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--data-dir", str(tmp_path), "play", TUTORIAL, "--text", "--lang", lang])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "is not a language code" in err and "Traceback" not in err
    assert not (tmp_path / "rumours.db").exists()  # refused before anything was recorded


@pytest.mark.parametrize("size", ["16384x16384", "8000x8000", "9" * 5000 + "x720"])
def test_play_size_is_bounded(tmp_path: Path, capsys: pytest.CaptureFixture[str], size: str) -> None:
    code = main(
        ["--data-dir", str(tmp_path), "play", TUTORIAL, "--headless", "--walkthrough", "--size", size]
    )
    err = capsys.readouterr().err
    assert code == 2 and "--size" in err and "Traceback" not in err


def test_screenshots_into_a_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "shots"
    blocker.write_text("a file, not a folder")
    code = main(
        ["--data-dir", str(tmp_path / "data"), "play", TUTORIAL, "--headless", "--walkthrough",
         "--screenshots", str(blocker)]
    )  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2 and "cannot save the screenshots" in err and "Traceback" not in err


def test_a_screenshot_on_a_full_disk_leaves_no_empty_png(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError, match="No space"):
        save_png(pygame.Surface((20, 10)), tmp_path / "shot.png")
    assert list(tmp_path.iterdir()) == []


def test_a_4300_digit_number_typed_in_text_play_is_not_a_crash() -> None:
    import io

    from rumours_game.survey import MemorySink
    from rumours_game.text.app import run_text

    lines = ["9" * 4301, "²", "1", "9" * 5000, "quit", "1"]
    out = io.StringIO()
    code = run_text(
        TUTORIAL, "en", None, io.StringIO("\n".join(lines) + "\n"), out, sink=MemorySink(), seed=1
    )
    assert code == 0


def test_escape_sequences_never_reach_the_terminal() -> None:
    import io

    from rumours_game.text.console import Console

    out = io.StringIO()
    Console(io.StringIO(), out).say("Welcome\x1b[2J\x1b]0;pwned\x07 home")
    assert "\x1b" not in out.getvalue() and "\\x1b[2J" in out.getvalue()


def test_output_to_a_full_disk_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io
    import sys

    class Full(io.StringIO):
        def write(self, text: str) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

        def flush(self) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        def fileno(self) -> int:
            raise io.UnsupportedOperation("no file")

    monkeypatch.setattr(sys, "stdout", Full())
    code = main(["schema"])
    err = capsys.readouterr().err
    assert code == 2 and "No space left on device" in err and "Traceback" not in err


def test_a_path_that_is_not_utf8_is_printed_with_escapes(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["validate", "/nonexistent/pack-\udcff\n-error: forged"])
    err = capsys.readouterr().err
    assert code == 2 and "\\xff" in err and err.count("\n") == 1
