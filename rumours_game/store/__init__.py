"""The durable answers store (sqlite3): sessions, players, answers, action journals, export and merge.

Front ends get a :class:`Store` through the CLI as a ``ResponseSink``; see docs/data.md ("For front ends").
:class:`Store` (which loads the survey and the pack models) is imported when first asked for, so reading
answers (``rumours index``, export, merge) does not load them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from rumours_game.store.db import DB_NAME
from rumours_game.store.errors import DataError, StoreError, StoreUnavailable
from rumours_game.store.export import FORMATS, export
from rumours_game.store.merge import MergeReport, merge
from rumours_game.store.sources import Source, find_source, open_source, read_sources

if TYPE_CHECKING:
    from rumours_game.store.store import Store, UnfinishedSession

__all__ = [
    "DB_NAME",
    "FORMATS",
    "DataError",
    "MergeReport",
    "Source",
    "Store",
    "StoreError",
    "StoreUnavailable",
    "UnfinishedSession",
    "export",
    "find_source",
    "merge",
    "open_source",
    "read_sources",
]


def __getattr__(name: str) -> Any:
    """The store itself, imported when first asked for."""
    if name in ("Store", "UnfinishedSession"):
        return getattr(import_module("rumours_game.store.store"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
