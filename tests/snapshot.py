"""Snapshot tests: a drawn screen compared with a committed PNG, within a small tolerance.

A test calls the ``snap_compare`` fixture with a surface and a name; the picture is compared with
``tests/snapshots/<name>.png``. A picture that changed fails the test until the snapshot is updated on
purpose with ``make snapshots`` (``pytest -m snapshot --snapshot-update``) and the new PNG is looked at
and committed. On a failure the actual picture, the committed one and a diff image (changed pixels in
red over a faded copy) are written to the test's temporary folder, and the message says where.

Tolerance: a pixel counts as changed when one colour channel moved by more than ``CHANNEL_TOLERANCE``;
the test fails when more than ``MAX_CHANGED`` of the pixels changed (anti-aliasing noise passes, a
moved button, another colour or a changed word does not).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pygame

SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
CHANNEL_TOLERANCE = 24
"""How far (0-255) one colour channel of a pixel may move before the pixel counts as changed."""
MAX_CHANGED = 0.0002
"""The share of changed pixels a snapshot tolerates: 0.02 %, about 180 pixels at 1280x720."""
UPDATE_COMMAND = "make snapshots"


def pixels(surface: pygame.Surface) -> np.ndarray:
    """The surface as a height x width x 3 array of RGB bytes."""
    width, height = surface.get_size()
    return np.frombuffer(pygame.image.tobytes(surface, "RGB"), dtype=np.uint8).reshape(height, width, 3)


def _surface(array: np.ndarray) -> pygame.Surface:
    height, width, _ = array.shape
    return pygame.image.frombytes(
        np.ascontiguousarray(array, dtype=np.uint8).tobytes(), (width, height), "RGB"
    )


@dataclass(frozen=True)
class Difference:
    """How two pictures differ: the share of changed pixels and a mask of them (None when sizes differ)."""

    changed: float
    mask: np.ndarray | None

    @property
    def acceptable(self) -> bool:
        return self.mask is not None and self.changed <= MAX_CHANGED


def difference(actual: np.ndarray, expected: np.ndarray) -> Difference:
    """Compare two RGB arrays pixel by pixel."""
    if actual.shape != expected.shape:
        return Difference(1.0, None)
    delta = np.abs(actual.astype(np.int16) - expected.astype(np.int16)).max(axis=2)
    mask = delta > CHANNEL_TOLERANCE
    return Difference(float(mask.mean()), mask)


def diff_image(expected: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """The committed picture faded to grey, with the changed pixels in bright red."""
    grey = expected.mean(axis=2, keepdims=True) * 0.35 + 40
    out = np.repeat(grey, 3, axis=2).astype(np.uint8)
    out[mask] = (255, 0, 0)
    return out


class SnapCompare:
    """The ``snap_compare`` fixture: ``snap_compare(surface, "room")`` passes, or fails saying why and where."""

    def __init__(self, update: bool, failures: Path, folder: Path = SNAPSHOTS) -> None:
        self.update = update
        self.failures = failures
        self.folder = folder

    def __call__(self, surface: pygame.Surface, name: str) -> None:
        path = self.folder / f"{name}.png"
        actual = pixels(surface)
        if self.update:
            self.folder.mkdir(parents=True, exist_ok=True)
            if not path.is_file() or not difference(actual, pixels(pygame.image.load(str(path)))).acceptable:
                pygame.image.save(_surface(actual), str(path))
            return
        if not path.is_file():
            saved = self._save(name, actual, None, None)
            raise AssertionError(
                f"there is no snapshot {path} yet; the picture drawn now is {saved / f'{name}-actual.png'}. "
                f"Look at it, then run '{UPDATE_COMMAND}' and commit the new PNG."
            )
        expected = pixels(pygame.image.load(str(path)))
        found = difference(actual, expected)
        if found.acceptable:
            return
        saved = self._save(name, actual, expected, found.mask)
        what = (
            f"the size changed from {expected.shape[1]}x{expected.shape[0]} to {actual.shape[1]}x{actual.shape[0]}"
            if found.mask is None
            else f"{found.changed:.3%} of the pixels changed (at most {MAX_CHANGED:.3%} may)"
        )
        raise AssertionError(
            f"the screen '{name}' no longer looks like its snapshot {path}: {what}. The actual picture "
            f"({name}-actual.png), the snapshot and a diff ({name}-diff.png) are in {saved}. If the change is "
            f"meant, run '{UPDATE_COMMAND}', look at the new PNG and commit it."
        )

    def _save(
        self, name: str, actual: np.ndarray, expected: np.ndarray | None, mask: np.ndarray | None
    ) -> Path:
        self.failures.mkdir(parents=True, exist_ok=True)
        pygame.image.save(_surface(actual), str(self.failures / f"{name}-actual.png"))
        if expected is not None:
            shutil.copyfile(self.folder / f"{name}.png", self.failures / f"{name}-expected.png")
            if mask is not None:
                pygame.image.save(
                    _surface(diff_image(expected, mask)), str(self.failures / f"{name}-diff.png")
                )
        return self.failures
