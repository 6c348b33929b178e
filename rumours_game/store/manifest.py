"""The manifest of an export folder: every file with its size, rows and SHA-256, written last.

``merge`` and ``index`` verify it, so a folder whose files were cut short, swapped or mixed with an older
export is refused instead of being read as complete.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from rumours_game.regular import open_regular
from rumours_game.store.errors import DataError

MANIFEST_NAME = "manifest.json"
FORMAT = "rumours-export"


def sha256(path: Path) -> str:
    """The SHA-256 of a regular file, read in chunks."""
    digest = hashlib.sha256()
    with open_regular(path) as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def manifest(folder: Path, counts: dict[str, int]) -> dict[str, Any]:
    """The manifest of the files in ``folder`` named in ``counts`` (file name -> rows)."""
    files = {
        name: {"sha256": sha256(folder / name), "bytes": (folder / name).stat().st_size, "rows": rows}
        for name, rows in sorted(counts.items())
    }
    return {"format": FORMAT, "format_version": 1, "files": files}


def verify(folder: Path, needed: str) -> bool:
    """Check the manifest of an export folder: every file it lists is there, whole and unchanged, and it lists
    ``needed``. Returns False when the folder has no manifest (files written by another program); raises
    :class:`DataError` saying what is wrong otherwise."""
    path = folder / MANIFEST_NAME
    if not path.exists() and not path.is_symlink():
        return False
    try:
        with open_regular(path) as fh:
            data = json.loads(fh.read(1_000_000))
        files = data["files"] if isinstance(data, dict) and data.get("format") == FORMAT else None
        if not isinstance(files, dict):
            raise ValueError("not a rumours export manifest")
        entries = [(str(name), str(entry["sha256"])) for name, entry in files.items()]
    except (OSError, ValueError, KeyError, TypeError, RecursionError) as err:
        raise DataError(f"{path}: the export's manifest cannot be read ({str(err)[:80]})") from None
    if needed not in files:
        raise DataError(f"{path}: {needed} is not part of this export")
    for name, expected in entries:
        target = folder / name
        if Path(name).name != name:
            raise DataError(f"{path}: the manifest names a file outside the export folder ({name[:40]!r})")
        try:
            actual = sha256(target)
        except OSError as err:
            raise DataError(
                f"{folder}: the export is incomplete: {name} cannot be read ({err.strerror or err})"
            ) from None
        if actual != expected:
            raise DataError(
                f"{folder}: the export is incomplete or was changed after it was written: {name} does not "
                "match its checksum in manifest.json (export again from the kiosk)"
            )
    return True
