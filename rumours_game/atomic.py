"""Writing files atomically: readers see the old content or the new, never half of it.

This is the one way the program writes a file. It never writes through a link nor replaces anything that is
not a regular file (a device such as /dev/null, a pipe, a folder, a link): the new content goes to a temporary
file made with ``O_EXCL`` (which never follows a link) in the target's own folder, and is renamed over the
target only when that target is missing or a regular file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
import time
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


class RefusedTarget(OSError):
    """The target exists and is not a regular file: it is left alone."""


def check_target(path: Path) -> None:
    """Raise :class:`RefusedTarget` when ``path`` exists and is a link or not a regular file."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    if stat.S_ISLNK(info.st_mode):
        raise RefusedTarget(errno.ELOOP, f"{path} is a link; nothing is written through links")
    if not stat.S_ISREG(info.st_mode):
        what = "a folder" if stat.S_ISDIR(info.st_mode) else "a device, pipe or socket"
        raise RefusedTarget(errno.EINVAL, f"{path} is {what}, not a file; it is left as it is")


TEMP_PREFIX = ".rumours-tmp-"
"""Temporary files start with this; :func:`remove_stale_temporaries` cleans what a crash left behind."""


@contextlib.contextmanager
def _atomic_file(path: Path, mode: Literal["w", "wb"]) -> Iterator[IO[Any]]:
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    check_target(path)
    fd, tmp = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{path.name[:40]}.", suffix=".tmp", dir=folder)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes the file private; these are ordinary files
        opened = os.fdopen(fd, "wb") if mode == "wb" else os.fdopen(fd, "w", encoding="utf-8", newline="")
        with opened as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        check_target(path)  # again: something may have appeared there meanwhile
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


def remove_stale_temporaries(folder: Path, older_than_s: float = 600.0) -> int:
    """Delete the temporary files (regular files only, unchanged for ``older_than_s`` seconds) that an
    interrupted write left in ``folder``; returns how many."""
    removed = 0
    now = time.time()
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if (
                entry.name.startswith(TEMP_PREFIX)
                and entry.is_file(follow_symlinks=False)
                and now - entry.stat(follow_symlinks=False).st_mtime >= older_than_s
            ):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed += 1
    return removed
