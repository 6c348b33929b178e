"""What the facilitator menu reads and writes: a short summary of the database, exports to a USB stick
with a SHA-256 checksum file, and the folders an export can go to. No scipy: the mean is a plain mean."""

from __future__ import annotations

import os
import sqlite3
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from rumours_game.atomic import atomic_file
from rumours_game.store import DB_NAME, export
from rumours_game.store.db import connect
from rumours_game.store.manifest import sha256
from rumours_game.store.pairs_sql import ACCEPTANCE, CONSISTENT, PAIRS_FROM

CHECKSUMS = "SHA256SUMS"
FINISHED = ("escaped", "out_of_time")
REAL = "source = 'kiosk' AND NOT is_test"
"""Sessions played here by real players (not imported, not test or headless runs)."""
SESSIONS = (
    "SELECT coalesce(sum(substr(started_at, 1, 10) = ?), 0), count(*), coalesce(sum(ending IN (?, ?)), 0),"
    f" coalesce(sum(ending = 'escaped'), 0) FROM sessions WHERE {REAL}"
)
PLAYERS = f"SELECT count(*) FROM players JOIN sessions USING (session_id) WHERE {REAL}"
CHANGE = f"""
SELECT count(*), avg(pp) FROM (
  SELECT avg(100.0 * ({ACCEPTANCE.format(t="a")} - {ACCEPTANCE.format(t="b")}) / (a.scale_max - a.scale_min)) AS pp
  {PAIRS_FROM} AND {CONSISTENT} AND EXISTS (
    SELECT 1 FROM sessions s
    JOIN items i ON i.pack_id = s.pack_id AND i.pack_version = s.pack_version AND i.item_id = b.item_id
    WHERE s.session_id = b.session_id AND i.kind = 'rumour' AND {REAL}
  )
  GROUP BY b.session_id, b.player_code
)"""
"""Each player's mean before/after change over the rumour statements they answered twice, in % of the
scale (agreeing less with a rumour is a positive change); then the plain mean over players. The pairs are
the index's (``store/pairs_sql.py``)."""


@dataclass(frozen=True)
class Summary:
    """Sessions today and in total, how many finished, players who answered, and their mean change."""

    today: int = 0
    total: int = 0
    finished: int = 0
    escaped: int = 0
    players: int = 0
    paired_players: int = 0
    mean_change: float | None = None
    """Mean over players of their mean before/after change, in % of the scale (positive: fewer rumours)."""

    @property
    def completion(self) -> float | None:
        """Share of sessions played to the end (escaped or out of time), or None without sessions."""
        return self.finished / self.total if self.total else None


def summarize(data_dir: Path, today: str) -> Summary:
    """The summary of ``data_dir``'s database; ``today`` is the UTC date 'YYYY-MM-DD'. Empty without one."""
    db = data_dir / DB_NAME
    if not db.is_file():
        return Summary()
    conn = connect(db, read_only=True)
    try:
        today_n, total, finished, escaped = conn.execute(SESSIONS, (today, *FINISHED)).fetchone()
        players = conn.execute(PLAYERS).fetchone()[0]
        paired, mean = conn.execute(CHANGE).fetchone()
    except sqlite3.Error:
        return Summary()
    finally:
        conn.close()
    return Summary(today_n, total, finished, escaped, players, paired, mean)


@dataclass(frozen=True)
class ExportResult:
    """Where an export went, how many answers it holds, and whether its checksums were read back."""

    folder: Path
    answers: int
    files: tuple[str, ...]
    verified: bool


def export_with_checksums(
    data_dir: Path, target: Path, formats: list[str], kiosk_id: str, now: datetime
) -> ExportResult:
    """Export into a new folder under ``target``, one subfolder per format, write ``SHA256SUMS`` (the format
    ``sha256sum -c`` reads; every file is synced to the medium as it is written), then read every file
    back to verify it."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    folder = target / f"rumours-{kiosk_id[:8]}-{stamp}"
    answers = 0
    for fmt in formats:
        counts = export(data_dir / DB_NAME, folder / fmt, fmt)
        answers = counts[f"responses.{fmt}"]
    files = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    sums = {name: sha256(folder / name) for name in files}
    with atomic_file(folder / CHECKSUMS, "w") as fh:
        fh.write("".join(f"{sums[name]}  {name}\n" for name in files))
    verified = verify_checksums(folder)
    return ExportResult(folder, answers, tuple(files), verified)


def verify_checksums(folder: Path) -> bool:
    """True when every file listed in ``SHA256SUMS`` is there with that checksum."""
    try:
        lines = (folder / CHECKSUMS).read_text(encoding="utf-8").splitlines()
        pairs = [line.split("  ", 1) for line in lines if line]
        return bool(pairs) and all(sha256(folder / name) == digest for digest, name in pairs)
    except (OSError, ValueError):
        return False


def export_targets(extra: list[str], user: str | None = None) -> list[Path]:
    """Folders an export can go to: USB sticks and other removable media found now, then ``extra``."""
    found: list[Path] = []
    if sys.platform == "win32":
        found = _windows_removable()
    else:
        user = user or os.environ.get("USER", "")
        for base in (Path("/media") / user, Path("/run/media") / user, Path("/Volumes")):
            if base.is_dir():
                found += sorted(p for p in base.iterdir() if p.is_dir() and p.name != "Macintosh HD")
    return found + [Path(p).expanduser() for p in extra]


def _windows_removable() -> list[Path]:
    import ctypes

    drive_removable = 2
    kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
    mask = kernel.GetLogicalDrives()
    drives = [f"{chr(65 + i)}:\\" for i in range(26) if mask >> i & 1]
    return [Path(d) for d in drives if kernel.GetDriveTypeW(d) == drive_removable]
