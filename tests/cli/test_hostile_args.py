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
