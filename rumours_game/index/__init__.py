"""The anti-rumours progress index: pairing answers (pure Python) and their statistics (numpy, scipy.stats).

The definition is in ``docs/index.md``. :func:`pair_rows` pairs an export's answers (a database is paired
in SQL into the same columns); :func:`compute_index` turns the pairs into figures and
:func:`suppress_small_cells` hides small groups. Importing this package loads neither numpy nor scipy: the
statistics are loaded on first use, so the store and the game never load them.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from rumours_game.index.pairing import Counts, PairColumns, Paired, pair_rows
from rumours_game.index.rows import BY_CHOICES, KINDS, Context, ItemInfo, ResponseRow, SessionInfo

_LAZY = {
    "compute_index": "rumours_game.index.compute",
    "suppress_small_cells": "rumours_game.index.suppress",
    "format_table": "rumours_game.index.report",
    "render_html": "rumours_game.index.html_report",
}

__all__ = [
    "BY_CHOICES",
    "KINDS",
    "Context",
    "Counts",
    "ItemInfo",
    "PairColumns",
    "Paired",
    "ResponseRow",
    "SessionInfo",
    "compute_index",
    "format_table",
    "pair_rows",
    "render_html",
    "suppress_small_cells",
]


def __getattr__(name: str) -> Any:
    """The statistics and reports, imported when first asked for (they load scipy)."""
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
