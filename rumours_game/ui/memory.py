"""Giving freed picture memory back to the system (glibc), so a 4K game does not keep every screen it left.

Window-sized layers are tens of megabytes at 4K. glibc's allocator raises its "use mmap" threshold after the
first large block is freed, so later layers land in the heap, and memory freed there is seldom handed back:
resident memory grew by 20-50 MB per screen although the screens were freed. Fixing the threshold keeps every
block of ``MMAP_THRESHOLD`` bytes or more in its own mapping, returned to the system when freed. Elsewhere
(Windows, macOS, musl) this does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

M_MMAP_THRESHOLD = -3
"""glibc's ``mallopt`` parameter number (malloc.h)."""
MMAP_THRESHOLD = 256 * 1024
"""Blocks from this size up (a 4K layer is 33 MB, a button face about 0.2 MB) get their own mapping."""


def return_freed_pictures() -> bool:
    """Ask glibc to map large blocks on their own (see the module text); True when it agreed."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD))
