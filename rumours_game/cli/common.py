"""Small helpers shared by the subcommand modules."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import platformdirs

from rumours_game.pack.problems import Problem
from rumours_game.safetext import terminal_safe

if TYPE_CHECKING:
    from rumours_game.pack.models import Pack


class CliError(Exception):
    """A problem the user can fix; printed as one plain line, with an exit code (2: usage or I/O)."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def data_dir(override: Path | None) -> Path:
    """Where the database and journals live: ``--data-dir`` or the platform's user data folder."""
    return Path(override) if override else Path(platformdirs.user_data_dir("rumours-game", "EscapeRumours"))


def plural(n: int, word: str) -> str:
    """'1 error', '2 errors'."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def require_pack_path(path: Path) -> None:
    """Raise a usage error (exit 2) when ``path`` cannot be a pack: missing, or neither folder nor .zip."""
    if not path.exists():
        raise CliError(f"There is no folder or .zip file called '{path}'.")
    if not (path.is_dir() or path.suffix.lower() == ".zip"):
        raise CliError(f"'{path}' is not a folder or a .zip file, so it cannot be a pack.")


def shown_problem(pack: Path, problem: Problem) -> dict[str, Any]:
    """A problem as a dict, its file written from the current folder (as the pack was given)."""
    base = str(pack).rstrip("/\\") or "."
    return {**problem.to_dict(), "file": f"{base}/{problem.file}" if problem.file else base}


def print_problems(pack: Path, problems: list[Problem], stream: TextIO | None = None) -> None:
    """Each problem as ``file:line:col: severity: message``."""
    for item in (shown_problem(pack, p) for p in problems):
        line = f"{item['file']}:{item['line']}:{item['col']}: {item['severity']}: {item['message']}"
        print(terminal_safe(line), file=stream)


def expand_packs(given: list[Path]) -> list[Path]:
    """The packs a command was given: a folder without a pack.yaml whose subfolders have one stands for
    those subfolders (sorted by name); every other path stays as it is (loading it says what is wrong).
    A pack named twice is played once."""
    found: list[Path] = []
    for path in given:
        inner: list[Path] = []
        if path.is_dir() and not (path / "pack.yaml").exists():
            try:
                inner = sorted(p for p in path.iterdir() if (p / "pack.yaml").is_file())
            except OSError:
                inner = []
        for pack in inner or [path]:
            if pack not in found:
                found.append(pack)
    return found


def load_or_report(pack_path: Path) -> Pack | None:
    """Load a pack for a command; on errors print them to stderr and return None (the caller exits 1)."""
    from rumours_game.pack import check_pack  # pydantic and YAML: only commands that read a pack load them

    require_pack_path(pack_path)
    result = check_pack(pack_path, author_checks=False)  # only errors are shown here
    if result.pack is None:
        print_problems(pack_path, [p for p in result.problems if p.severity == "error"], sys.stderr)
        errors = sum(p.severity == "error" for p in result.problems)
        print(
            f"The pack has {plural(errors, 'error')}; run 'rumours validate {pack_path}' for details.",
            file=sys.stderr,
        )
    return result.pack
