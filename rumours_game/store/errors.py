"""What can go wrong in the store, as exception types front ends and the CLI can show."""

from __future__ import annotations

import sqlite3

from rumours_game.survey.sink import SinkError, SinkUnavailable


class StoreError(SinkError):
    """The store cannot be used (e.g. the data folder cannot be written); the message says why."""


class StoreUnavailable(StoreError, SinkUnavailable):
    """Writing failed for now (disk full, database locked, I/O error). The data is kept in memory and
    written on the next successful write; show "call the facilitator"."""


class DataError(Exception):
    """An export or database holds something that is not valid data; the message says where."""


_TRANSIENT = (
    "SQLITE_FULL",
    "SQLITE_BUSY",
    "SQLITE_LOCKED",
    "SQLITE_IOERR",
    "SQLITE_READONLY",
    "SQLITE_CANTOPEN",
)
_DAMAGED = ("SQLITE_CORRUPT", "SQLITE_NOTADB")


def is_transient(err: sqlite3.Error) -> bool:
    """True for errors that may go away (disk full, locked, I/O, read-only medium)."""
    name = getattr(err, "sqlite_errorname", "") or ""
    return name.startswith(_TRANSIENT)


def is_damaged(err: sqlite3.Error) -> bool:
    """True for errors that mean the database file is not a sound SQLite database."""
    name = getattr(err, "sqlite_errorname", "") or ""
    return name.startswith(_DAMAGED)


def describe(err: sqlite3.Error) -> str:
    """A short plain description of a sqlite error."""
    name = getattr(err, "sqlite_errorname", "") or ""
    if name.startswith("SQLITE_FULL"):
        return "the disk is full"
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return "the database is busy in another program"
    if name.startswith("SQLITE_READONLY"):
        return "the data folder cannot be written"
    return str(err)
