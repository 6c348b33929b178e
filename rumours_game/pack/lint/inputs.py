"""What every check of a pack receives, and the problem it builds at a value's file, line and column."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from rumours_game.pack import models
from rumours_game.pack.explain import Locate
from rumours_game.pack.problems import Problem

Path_ = tuple[Any, ...]


@dataclass(frozen=True)
class LintInput:
    """What the checks need: the pack, a way to find positions, the pack's files and a reader."""

    pack: models.Pack
    locate: Locate
    files: frozenset[str]
    read: Callable[[str, int], bytes]

    def problem(
        self, path: Path_, code: str, message: str, severity: str = "error", key: bool = False
    ) -> Problem:
        """A problem at the file, line and column of ``path`` (of its key when ``key``)."""
        file, line, col = self.locate(path, key)
        return Problem(file, line, col, severity, code, message)  # type: ignore[arg-type]
