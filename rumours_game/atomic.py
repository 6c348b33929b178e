"""Writing files atomically: readers see the old content or the new, never half of it."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import IO, Any, BinaryIO, Literal, TextIO, overload


@overload
def atomic_file(path: Path, mode: Literal["w"] = "w") -> AbstractContextManager[TextIO]: ...
@overload
def atomic_file(path: Path, mode: Literal["wb"]) -> AbstractContextManager[BinaryIO]: ...
def atomic_file(path: Path, mode: Literal["w", "wb"] = "w") -> AbstractContextManager[IO[Any]]:
    """Open a temporary file beside ``path`` (``"w"``: UTF-8 text, ``"wb"``: bytes); on success it is synced
    and renamed over ``path``; on any error it is removed and ``path`` is left as it was."""
    return _atomic_file(path, mode)


@contextlib.contextmanager
def _atomic_file(path: Path, mode: Literal["w", "wb"]) -> Iterator[IO[Any]]:
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes the file private; these are ordinary files
        opened = os.fdopen(fd, "wb") if mode == "wb" else os.fdopen(fd, "w", encoding="utf-8", newline="")
        with opened as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    with contextlib.suppress(OSError):  # not every system can sync a folder (Windows cannot open one)
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
