"""Reading only regular files: a pipe (FIFO), device or socket given where a file is expected would block
or never end, so it is refused before anything is read."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO


class NotRegular(OSError):
    """The path exists but is a pipe, device, socket or folder, not a regular file."""


def open_regular(path: Path) -> BinaryIO:
    """Open ``path`` for reading bytes, refusing anything that is not a regular file (checked on the opened
    file, so nothing can be swapped in between). Raises ``OSError`` (:class:`NotRegular` for the refusal)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            what = "a folder" if stat.S_ISDIR(mode) else "a pipe, device or socket"
            raise NotRegular(errno.EINVAL, f"{path} is {what}, not a regular file")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def is_regular(path: Path) -> bool:
    """True when ``path`` (following links) is a regular file; never blocks."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False
