"""Small helpers shared by the subcommand modules."""

from __future__ import annotations

from pathlib import Path

import platformdirs


class CliError(Exception):
    """A problem the user can fix; printed as one plain line, with an exit code (2: usage or I/O)."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def data_dir(override: Path | None) -> Path:
    """Where the database and journals live: ``--data-dir`` or the platform's user data folder."""
    return Path(override) if override else Path(platformdirs.user_data_dir("rumours-game", "EscapeRumours"))
