"""The database schema: one migration per ``PRAGMA user_version`` step, applied in order on opening.

Every database this program creates carries :data:`APPLICATION_ID` in its SQLite header; a database
without it (another program's file) is never changed (see ``store/db.py``).
"""

from __future__ import annotations

APPLICATION_ID = 0x52554D52
"""``PRAGMA application_id`` of rumours databases ("RUMR")."""

_LATEST = """    INSERT INTO latest VALUES (
        NEW.session_id, NEW.player_code, NEW.item_id, NEW.phase, NEW.value, NEW.scale_min, NEW.scale_max,
        NEW.reverse_coded, NEW.rumour_id, NEW.answered_at, NEW.response_id
    ) ON CONFLICT DO UPDATE SET
        value = excluded.value, scale_min = excluded.scale_min, scale_max = excluded.scale_max,
        reverse_coded = excluded.reverse_coded, rumour_id = excluded.rumour_id,
        answered_at = excluded.answered_at, response_id = excluded.response_id
    WHERE (excluded.answered_at, excluded.response_id) > (latest.answered_at, latest.response_id);
"""
"""The trigger step that keeps the latest answer per session, player, item and phase (steps 1 and 3)."""

_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE sessions (
    session_id TEXT PRIMARY KEY,
    kiosk_id TEXT NOT NULL,
    event TEXT NOT NULL DEFAULT '',
    pack_id TEXT NOT NULL,
    pack_version TEXT NOT NULL,
    language TEXT NOT NULL,
    seed INTEGER NOT NULL DEFAULT 0,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    ending TEXT,
    source TEXT NOT NULL DEFAULT 'kiosk' CHECK (source IN ('kiosk', 'import'))
);
CREATE TABLE players (
    session_id TEXT NOT NULL REFERENCES sessions (session_id),
    player_code TEXT NOT NULL,
    player_id TEXT NOT NULL UNIQUE,
    number INTEGER,
    order_seed INTEGER,
    age_band TEXT,
    PRIMARY KEY (session_id, player_code)
) WITHOUT ROWID;
CREATE TABLE items (
    pack_id TEXT NOT NULL,
    pack_version TEXT NOT NULL,
    item_id TEXT NOT NULL,
    rumour_id TEXT NOT NULL DEFAULT '',
    reverse_coded INTEGER NOT NULL CHECK (reverse_coded IN (0, 1)),
    scale_min INTEGER NOT NULL,
    scale_max INTEGER NOT NULL,
    is_check INTEGER NOT NULL DEFAULT 0 CHECK (is_check IN (0, 1)),
    expect INTEGER,
    PRIMARY KEY (pack_id, pack_version, item_id)
) WITHOUT ROWID;
CREATE TABLE responses (
    response_id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL,
    player_code TEXT NOT NULL,
    item_id TEXT NOT NULL,
    rumour_id TEXT NOT NULL DEFAULT '',
    phase TEXT NOT NULL CHECK (phase IN ('pre', 'post')),
    value INTEGER NOT NULL,
    scale_min INTEGER NOT NULL,
    scale_max INTEGER NOT NULL CHECK (scale_max > scale_min),
    reverse_coded INTEGER NOT NULL CHECK (reverse_coded IN (0, 1)),
    is_check INTEGER NOT NULL DEFAULT 0 CHECK (is_check IN (0, 1)),
    answered_at TEXT NOT NULL,
    CHECK (value BETWEEN scale_min AND scale_max),
    FOREIGN KEY (session_id, player_code) REFERENCES players (session_id, player_code)
);
CREATE INDEX responses_by_pair ON responses (session_id, player_code, item_id);
CREATE TABLE latest (
    session_id TEXT NOT NULL,
    player_code TEXT NOT NULL,
    item_id TEXT NOT NULL,
    phase TEXT NOT NULL,
    value INTEGER NOT NULL,
    scale_min INTEGER NOT NULL,
    scale_max INTEGER NOT NULL,
    reverse_coded INTEGER NOT NULL,
    rumour_id TEXT NOT NULL,
    answered_at TEXT NOT NULL,
    response_id TEXT NOT NULL,
    PRIMARY KEY (session_id, player_code, item_id, phase)
) WITHOUT ROWID;
CREATE TABLE pairs (
    session_id TEXT NOT NULL,
    player_code TEXT NOT NULL,
    item_id TEXT NOT NULL,
    rumour_id TEXT NOT NULL,
    change INTEGER NOT NULL,
    span INTEGER NOT NULL,
    consistent INTEGER NOT NULL,
    PRIMARY KEY (session_id, player_code, item_id)
) WITHOUT ROWID;
CREATE TRIGGER responses_pairing AFTER INSERT ON responses WHEN NEW.is_check = 0
BEGIN
{latest}    INSERT OR REPLACE INTO pairs
    SELECT a.session_id, a.player_code, a.item_id, a.rumour_id,
           CASE WHEN b.reverse_coded THEN b.value - a.value ELSE a.value - b.value END,
           b.scale_max - b.scale_min,
           a.scale_min = b.scale_min AND a.scale_max = b.scale_max AND a.reverse_coded = b.reverse_coded
    FROM latest a JOIN latest b
      ON b.session_id = a.session_id AND b.player_code = a.player_code AND b.item_id = a.item_id AND b.phase = 'post'
    WHERE a.session_id = NEW.session_id AND a.player_code = NEW.player_code AND a.item_id = NEW.item_id
      AND a.phase = 'pre';
END;
CREATE TABLE journal (
    session_id TEXT NOT NULL REFERENCES sessions (session_id),
    seq INTEGER NOT NULL,
    at REAL NOT NULL,
    action TEXT NOT NULL,
    PRIMARY KEY (session_id, seq)
) WITHOUT ROWID;
""".replace("{latest}", _LATEST)

_V2 = """
PRAGMA application_id = 1381322066;
CREATE TABLE quarantine (
    session_id TEXT,
    seq TEXT,
    at TEXT,
    action TEXT,
    reason TEXT NOT NULL,
    moved_at TEXT NOT NULL
);
UPDATE journal SET action = json_set(action, '$.value', json('{"redacted": true}'))
WHERE json_valid(action) AND json_extract(action, '$.type') = 'answer'
  AND json_type(action, '$.value') IN ('text', 'integer', 'real');
"""
"""Step 2: the application id; a quarantine table for journal rows that cannot be read (moved there, not
lost); typed puzzle answers scrubbed from older journals (see store.journal_action)."""

_V3 = """
ALTER TABLE sessions ADD COLUMN condition TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN pack_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN is_test INTEGER NOT NULL DEFAULT 0 CHECK (is_test IN (0, 1));
ALTER TABLE items ADD COLUMN kind TEXT NOT NULL DEFAULT 'rumour'
    CHECK (kind IN ('rumour', 'fact', 'attitude', 'check'));
UPDATE items SET kind = 'check' WHERE is_check = 1;
ALTER TABLE items ADD COLUMN item_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE items ADD COLUMN statement TEXT NOT NULL DEFAULT '{}';
DROP TRIGGER responses_pairing;
DROP TABLE pairs;
CREATE TRIGGER responses_latest AFTER INSERT ON responses WHEN NEW.is_check = 0
BEGIN
{latest}END;
""".replace("{latest}", _LATEST)
"""Step 3 (index): a session's condition label, pack content hash and test mark; an item's kind (rumour,
fact, attitude, check), statement hash and statement texts. The pairs table goes: the index pairs the
answers itself (one definition for databases and exports)."""

_V4 = """
CREATE TABLE packs (
    pack_id TEXT NOT NULL,
    pack_version TEXT NOT NULL,
    default_language TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (pack_id, pack_version)
) WITHOUT ROWID;
"""
"""Step 4 (report): each pack version's title (JSON ``{language: text}``) and default language, so reports
name the pack and fall back to its default language."""

_V5 = """
ALTER TABLE sessions ADD COLUMN play_seconds REAL;
CREATE TABLE puzzle_play (
    session_id TEXT NOT NULL REFERENCES sessions (session_id),
    puzzle_id TEXT NOT NULL,
    reached_s REAL,
    solved_s REAL,
    hints INTEGER NOT NULL DEFAULT 0,
    wrong_answers INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (session_id, puzzle_id)
) WITHOUT ROWID;
"""
"""Step 5 (play statistics): kept as the game is played, so ``rumours stats`` needs neither the pack nor a
replay: a session's game time used so far, and per puzzle when the team first reached it and solved it
(game seconds), the hints it took and its wrong answers (never what was typed)."""

MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3, _V4, _V5)
"""Schema steps in order: ``PRAGMA user_version`` says how many have been applied."""
SCHEMA_VERSION = len(MIGRATIONS)
