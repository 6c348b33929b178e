"""The snapshot comparison itself (tests/snapshot.py): what passes, what fails, what it writes, how it updates."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from tests.snapshot import SnapCompare


def _picture(
    colour: tuple[int, int, int] = (30, 40, 60), box: tuple[int, int, int] | None = None
) -> pygame.Surface:
    surface = pygame.Surface((200, 100))
    surface.fill(colour)
    if box is not None:
        surface.fill(box, pygame.Rect(20, 20, 40, 30))
    return surface


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    return tmp_path / "snapshots", tmp_path / "failures"


def test_a_missing_snapshot_fails_and_shows_the_picture(folders: tuple[Path, Path]) -> None:
    snaps, failures = folders
    with pytest.raises(AssertionError, match=r"no snapshot .*make snapshots"):
        SnapCompare(False, failures, snaps)(_picture(), "screen")
    assert (failures / "screen-actual.png").is_file()
    assert not (snaps / "screen.png").exists(), "a missing snapshot is never created without asking"


def test_update_writes_it_and_then_the_same_picture_passes(folders: tuple[Path, Path]) -> None:
    snaps, failures = folders
    SnapCompare(True, failures, snaps)(_picture(), "screen")
    assert (snaps / "screen.png").is_file()
    SnapCompare(False, failures, snaps)(_picture(), "screen")
    assert not failures.exists()


def test_noise_within_the_tolerance_passes(folders: tuple[Path, Path]) -> None:
    snaps, failures = folders
    SnapCompare(True, failures, snaps)(_picture(), "screen")
    shifted = _picture((40, 50, 70))  # every pixel moved by 10 of 255: under the channel tolerance
    speck = _picture()
    speck.fill((255, 255, 255), pygame.Rect(0, 0, 2, 2))  # 4 pixels of 20000
    SnapCompare(False, failures, snaps)(shifted, "screen")
    SnapCompare(False, failures, snaps)(speck, "screen")


def test_a_changed_picture_fails_with_the_actual_and_a_diff(folders: tuple[Path, Path]) -> None:
    snaps, failures = folders
    SnapCompare(True, failures, snaps)(_picture(), "screen")
    with pytest.raises(AssertionError) as err:
        SnapCompare(False, failures, snaps)(_picture(box=(250, 200, 40)), "screen")
    assert "6.000% of the pixels changed" in str(err.value) and str(failures) in str(err.value)
    diff = pygame.image.load(str(failures / "screen-diff.png"))
    assert diff.get_at((30, 30))[:3] == (255, 0, 0) and diff.get_at((150, 80))[:3] != (255, 0, 0)
    assert (failures / "screen-actual.png").is_file() and (failures / "screen-expected.png").is_file()


def test_a_changed_size_fails(folders: tuple[Path, Path]) -> None:
    snaps, failures = folders
    SnapCompare(True, failures, snaps)(_picture(), "screen")
    with pytest.raises(AssertionError, match="size changed from 200x100 to 100x100"):
        SnapCompare(False, failures, snaps)(pygame.Surface((100, 100)), "screen")


def test_update_leaves_an_unchanged_snapshot_alone(folders: tuple[Path, Path]) -> None:
    snaps, failures = folders
    SnapCompare(True, failures, snaps)(_picture(), "screen")
    before = (snaps / "screen.png").stat().st_mtime_ns
    SnapCompare(True, failures, snaps)(_picture((35, 45, 65)), "screen")
    assert (snaps / "screen.png").stat().st_mtime_ns == before
    SnapCompare(True, failures, snaps)(_picture(box=(250, 200, 40)), "screen")
    SnapCompare(False, failures, snaps)(_picture(box=(250, 200, 40)), "screen")
