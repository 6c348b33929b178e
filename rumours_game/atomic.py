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
import shutil
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
    sync_folder(folder)


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (where the system can sync a folder; Windows cannot open one)."""
    with contextlib.suppress(OSError):
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def remove_stale(
    folder: Path, prefix: str, older_than_s: float, *, folders: bool = False, mine_only: bool = False
) -> int:
    """Delete what interrupted writes left in ``folder``: the entries named ``prefix...`` (regular files, or
    with ``folders`` folders; never links; with ``mine_only`` only this user's) unchanged for
    ``older_than_s`` seconds; returns how many."""
    removed = 0
    now = time.time()
    uid = os.getuid() if mine_only and hasattr(os, "getuid") else None
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            kind_ok = entry.is_dir(follow_symlinks=False) if folders else entry.is_file(follow_symlinks=False)
            if not entry.name.startswith(prefix) or not kind_ok:
                continue
            info = entry.stat(follow_symlinks=False)
            if (uid is None or info.st_uid == uid) and now - info.st_mtime >= older_than_s:
                with contextlib.suppress(OSError):
                    if folders:
                        shutil.rmtree(entry.path)
                    else:
                        os.unlink(entry.path)
                    removed += 1
    return removed


def remove_stale_temporaries(folder: Path, older_than_s: float = 600.0) -> int:
    """Delete the temporary files (regular files only, unchanged for ``older_than_s`` seconds) that an
    interrupted write left in ``folder``; returns how many."""
    return remove_stale(folder, TEMP_PREFIX, older_than_s)
