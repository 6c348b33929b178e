"""The export files and their columns: the single source of the data dictionary and of docs/data.md."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: str
    nullable: bool = False
    """Empty in an export means 'none' (read back as None rather than as empty text)."""
    default: str | None = None
    """For a column added in a later version: the text an older export without it reads as."""


@dataclass(frozen=True)
class ExportFile:
    stem: str
    description: str
    columns: tuple[Column, ...]
    query: str
    """SELECT of the rows; ``{where}`` is where test sessions are left out (see :meth:`sql`)."""
    pack_content: bool = False
    """True for files copied from the packs (titles, statements: the authors' text); every other file holds
    only codes, ids, numbers and labels, never text a player could have typed."""

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def sql(self, include_test: bool = False) -> str:
        """The query of the rows, without test sessions unless ``include_test``."""
        return self.query.format(where="" if include_test else "WHERE s.is_test = 0")


_SESSION_ID = Column("session_id", "text (UUID)", "The team's session.")
_PLAYER_CODE = Column("player_code", "text", "Random code of a player within the session; identifies no one.")
_PACK_ID = Column("pack_id", "text", "The scenario pack played.")
_PACK_VERSION = Column("pack_version", "text", "The pack's version.")
_ITEM_ID = Column("item_id", "text", "The survey statement, as named in the pack.")
_RUMOUR_ID = Column("rumour_id", "text", "The rumour the statement is about; empty for a general statement.")
_SCALE_MIN = Column("scale_min", "integer", "Lowest point of the statement's scale (1).")
_SCALE_MAX = Column("scale_max", "integer", "Highest point of the statement's scale (5 or 7).")
_REVERSE = Column(
    "reverse_coded", "0 or 1", "1 when agreeing is the anti-rumour view (a pro-diversity statement)."
)
_KIOSK_ID = Column(
    "kiosk_id", "text (UUID)", "The installation that recorded the session (random, made once)."
)
_EVENT = Column("event", "text", "Label the facilitator gave the event (may be empty).")
_LANGUAGE = Column("language", "text", "Language the team played in (e.g. 'en', 'es').")


def _seconds(column: str) -> str:
    """SQL: game seconds as a whole number (NULL stays NULL)."""
    return f"CAST(round({column}) AS INTEGER)"


def _minute(column: str) -> str:
    """SQL: an ISO time column cut to its minute (exports never order players by their seconds)."""
    return f"substr({column}, 1, 16) || ':00.000000Z'"


COARSE_ANSWERED_AT = (
    "substr(r.answered_at, 1, 17) || printf('%02d', min(59, row_number() OVER (PARTITION BY r.session_id,"
    " r.player_code, r.item_id, r.phase, substr(r.answered_at, 1, 16) ORDER BY r.answered_at, r.response_id)"
    " - 1)) || '.000000Z'"
)
"""SQL: ``answered_at`` exported to the minute. Times to the second (or finer) give away the order in which
the players of a team answered, i.e. where each sat; the seconds field only numbers re-answers by the same
player to the same statement within a minute, so the latest still counts after a merge."""


RESPONSES = ExportFile(
    "responses",
    "One row per survey answer (including attention-check answers).",
    (
        Column("response_id", "text (UUID)", "Unique id of the answer; merges deduplicate on it."),
        _SESSION_ID,
        _PLAYER_CODE,
        _KIOSK_ID,
        _EVENT,
        _PACK_ID,
        _PACK_VERSION,
        _LANGUAGE,
        _ITEM_ID,
        _RUMOUR_ID,
        Column("phase", "pre or post", "Answered before ('pre') or after ('post') the game."),
        Column("value", "integer", "The point chosen on the scale, as shown (not reverse coded)."),
        _SCALE_MIN,
        _SCALE_MAX,
        _REVERSE,
        Column(
            "answered_at",
            "ISO 8601 UTC",
            "The minute the answer was saved, e.g. 2026-03-05T10:15:00.000000Z (the seconds only number a "
            "player's answers to the same statement in that minute, so the latest counts).",
        ),
    ),
    "SELECT r.response_id, r.session_id, r.player_code, s.kiosk_id, s.event, s.pack_id, s.pack_version,"
    " s.language, r.item_id, r.rumour_id, r.phase, r.value, r.scale_min, r.scale_max, r.reverse_coded,"
    f" {COARSE_ANSWERED_AT} FROM responses r JOIN sessions s USING (session_id) {{where}}"
    " ORDER BY r.session_id, r.player_code, r.phase, r.item_id, r.answered_at, r.response_id",
)

ITEMS = ExportFile(
    "items",
    "The survey statements of each pack version, and which one is the attention check.",
    (
        _PACK_ID,
        _PACK_VERSION,
        _ITEM_ID,
        _RUMOUR_ID,
        _REVERSE,
        _SCALE_MIN,
        _SCALE_MAX,
        Column("is_check", "0 or 1", "1 for the attention-check statement (never part of the index)."),
        Column(
            "expect",
            "integer",
            "For the attention check: the value a reading player picks; else empty.",
            True,
        ),
        Column(
            "kind",
            "text",
            "rumour (a false claim to reject), fact (a true statement to accept), attitude, or check "
            "(the attention check). Older exports without it: rumour, or check when is_check is 1.",
            default="",
        ),
        Column(
            "item_hash",
            "text",
            "Hash of the statement (every language), scale, coding and kind: equal hashes, same item.",
            default="",
        ),
    ),
    "SELECT pack_id, pack_version, item_id, rumour_id, reverse_coded, scale_min, scale_max, is_check, expect,"
    " kind, item_hash FROM items ORDER BY pack_id, pack_version, item_id",
)

SESSIONS = ExportFile(
    "sessions",
    "One row per team session.",
    (
        _SESSION_ID,
        _KIOSK_ID,
        _EVENT,
        _PACK_ID,
        _PACK_VERSION,
        _LANGUAGE,
        Column("started_at", "ISO 8601 UTC", "The minute the session started."),
        Column("ended_at", "ISO 8601 UTC", "The minute it ended; empty if it never ended.", True),
        Column(
            "ending",
            "text",
            "escaped, out_of_time, quit, incomplete (closed after an interruption) or abandoned (a kiosk started over after the team left).",
            True,
        ),
        Column(
            "condition",
            "text",
            "Condition label of a comparison study (rumours play --condition), e.g. 'control'; may be empty.",
            default="",
        ),
        Column(
            "pack_hash", "text", "SHA-256 of the pack's content as played (which exact pack).", default=""
        ),
        Column(
            "is_test", "0 or 1", "1 for a test run (only in exports made with --include-test).", default="0"
        ),
        Column(
            "play_seconds",
            "integer",
            "Game time the team used (clock plus hint penalties, whole seconds) by its last action; empty when "
            "not recorded (sessions recorded before rumours kept it).",
            True,
            default="",
        ),
    ),
    "SELECT session_id, kiosk_id, event, pack_id, pack_version, language,"
    f" {_minute('started_at')}, {_minute('ended_at')}, ending, condition, pack_hash, is_test,"
    f" {_seconds('play_seconds')} FROM sessions s {{where}} ORDER BY started_at, session_id",
)

PLAYERS = ExportFile(
    "players",
    "One row per player who agreed to answer (players who declined are not recorded).",
    (
        _SESSION_ID,
        _PLAYER_CODE,
        Column(
            "age_band", "text", "Coarse age band the player picked (e.g. '14-15'); empty if skipped.", True
        ),
    ),
    "SELECT p.session_id, p.player_code, p.age_band FROM players p JOIN sessions s USING (session_id) {where}"
    " ORDER BY p.session_id, p.player_code",
)

_LANGUAGE_OF_TEXT = Column("language", "text", "The language of the text (e.g. 'en', 'es').")


def _one_line(column: str) -> str:
    """SQL: a pack text on one line (line breaks and tabs of the YAML become spaces)."""
    return f"trim(replace(replace(replace({column}, char(13), ' '), char(10), ' '), char(9), ' '))"


PACKS = ExportFile(
    "packs",
    "The title of each pack version played, in each of its languages (the pack author's text).",
    (
        _PACK_ID,
        _PACK_VERSION,
        Column("default_language", "text", "The pack's default language (reports fall back to it)."),
        _LANGUAGE_OF_TEXT,
        Column("title", "text", "The pack's title in that language, as its authors wrote it."),
    ),
    "SELECT p.pack_id, p.pack_version, p.default_language, t.key, "
    f"{_one_line('t.value')} FROM packs p, json_each(p.title) t"
    " WHERE json_valid(p.title) AND t.type = 'text' ORDER BY p.pack_id, p.pack_version, t.key",
    pack_content=True,
)

STATEMENTS = ExportFile(
    "statements",
    "The survey statements in full, one row per item and language (the pack author's text, as players read "
    "it; never anything a player typed).",
    (
        _PACK_ID,
        _PACK_VERSION,
        _ITEM_ID,
        _LANGUAGE_OF_TEXT,
        Column("statement", "text", "The statement in that language, as the pack's authors wrote it."),
    ),
    "SELECT i.pack_id, i.pack_version, i.item_id, t.key, "
    f"{_one_line('t.value')} FROM items i, json_each(i.statement) t"
    " WHERE json_valid(i.statement) AND t.type = 'text' ORDER BY i.pack_id, i.pack_version, i.item_id, t.key",
    pack_content=True,
)

PUZZLES = ExportFile(
    "puzzles",
    "How each team played each puzzle it reached (for rumours stats; never what anyone typed).",
    (
        _SESSION_ID,
        Column("puzzle_id", "text", "The puzzle, as named in the pack."),
        Column("reached_s", "integer", "Game second the team first reached it (opened or tried it).", True),
        Column("solved_s", "integer", "Game second the team solved it; empty if it never did.", True),
        Column("hints", "integer", "Hints the team took for it."),
        Column("wrong_answers", "integer", "Wrong answers the team gave to it."),
    ),
    f"SELECT p.session_id, p.puzzle_id, {_seconds('p.reached_s')}, {_seconds('p.solved_s')}, p.hints,"
    " p.wrong_answers FROM puzzle_play p JOIN sessions s USING (session_id) {where}"
    " ORDER BY p.session_id, p.puzzle_id",
)

EXPORT_FILES: tuple[ExportFile, ...] = (RESPONSES, ITEMS, SESSIONS, PLAYERS, PACKS, STATEMENTS, PUZZLES)
DICTIONARY_NAME = "data_dictionary.csv"
DICTIONARY_COLUMNS = ("file", "column", "type", "description")
