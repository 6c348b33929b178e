"""Internal-error reports: written inside the data folder (never a fixed name in a shared folder such as
$TMPDIR, where a planted link could redirect the write), through the atomic writer, and rotated."""

from __future__ import annotations

import contextlib
import os
import re
from datetime import UTC, datetime
from pathlib import Path

from rumours_game.atomic import atomic_file

LOG_FOLDER = "logs"
KEEP = 10
_NAME = re.compile(r"^crash-\d{8}T\d{6}\d{6}Z-\d+\.log$")


def write_crash_log(data_dir: Path, text: str, now: datetime | None = None) -> Path:
    """Write ``text`` as a new crash log in ``data_dir/logs`` and keep only the newest :data:`KEEP`; returns
    its path. Raises ``OSError`` when the folder cannot be written."""
    folder = Path(data_dir) / LOG_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    path = folder / f"crash-{moment.strftime('%Y%m%dT%H%M%S%f')}Z-{os.getpid()}.log"
    with atomic_file(path, "w") as handle:
        handle.write(text[:1_000_000])
    rotate(folder)
    return path


def rotate(folder: Path, keep: int = KEEP) -> None:
    """Delete all but the newest ``keep`` crash logs (regular files named by :func:`write_crash_log`)."""
    logs = sorted(
        entry.name
        for entry in os.scandir(folder)
        if _NAME.match(entry.name) and entry.is_file(follow_symlinks=False)
    )
    for name in logs[:-keep] if keep else logs:
        with contextlib.suppress(OSError):
            (folder / name).unlink()
