"""Pausing Python's cyclic garbage collector around bulk work: building many small objects that form no
cycles (a pack's models, a database's rows) while the collector walks them again and again is slow."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused(*, freeze_after: bool = False) -> Iterator[None]:
    """Pause the cycle collector inside the block; it runs again afterwards, also after an error (unless
    the caller had paused it). With ``freeze_after``, what is alive when the block ends successfully is moved
    out of the collector's sight (``gc.freeze``), so the first collections do not walk the new objects
    either; reference counting still frees them. For one-shot commands, not for the long-running game."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        if freeze_after:
            gc.freeze()
    finally:
        if was_enabled:
            gc.enable()
