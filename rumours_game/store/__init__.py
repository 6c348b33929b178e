"""The durable answers store (sqlite3): sessions, players, answers, action journals, export and merge.

Front ends get a :class:`Store` through the CLI as a ``ResponseSink``; see docs/data.md ("For front ends").
"""

from rumours_game.store.db import DB_NAME
from rumours_game.store.errors import DataError, StoreError, StoreUnavailable
from rumours_game.store.export import FORMATS, export
from rumours_game.store.merge import MergeReport, merge
from rumours_game.store.sources import Source, find_source, open_source, read_sources
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
