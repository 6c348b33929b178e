"""The all-day soak: many complete team sessions in one process, through the real screens, on one store.

Each session plays one of the tutorial's walkthroughs (escaped or out of time; wrong answers and hints
included) with a team of 1 to 6 players answering the survey before and after, in a random language, with
input by mouse, touch or keys. Game time runs as fast as the frames go (time-accelerated). Between sessions
the soak samples what must stay flat all day: memory (RSS), open files, the write-ahead log, the database's
bytes per answer and the log folder; at the end it checks that every answer the store acknowledged is in
the database.

``python -m bench.soak --sessions 10000`` (``make soak``) runs the long one; the test suite runs a short one
and ``make bench`` reports ``rss_growth_mb_soak``.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

from rumours_game.crashlog import LOG_FOLDER
from rumours_game.pack import load_pack
from rumours_game.pack.models import SurveyAnswers
from rumours_game.store import DB_NAME, Store
from rumours_game.survey.answers import Answer
from rumours_game.ui.driver import VIAS, Driver, Plan
from rumours_game.ui.run import make_app

TUTORIAL = Path(__file__).resolve().parent.parent / "scenarios" / "tutorial"
SIZE = (1280, 720)
MAX_RSS_GROWTH_MB = 10.0
MAX_WAL_MB = 16.0
OPEN_FILES_SLACK = 4
"""Open files may grow this much after warming up: a font first needed late (a size or face no earlier team
used) stays open in its cache. A leak grows with every session and soon passes it."""


def rss_mb() -> float:
    """The process's resident memory now, in MB (Linux /proc; elsewhere the peak)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def open_files() -> int:
    """How many file descriptors the process holds (-1 where it cannot be counted)."""
    try:
        return len(os.listdir("/proc/self/fd"))
    except OSError:
        return -1


def _bytes(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return path.stat().st_size if path.exists() else 0


@dataclass(frozen=True)
class Sample:
    """What the soak measures after a session."""

    session: int
    rss_mb: float
    open_files: int
    db_bytes: int
    wal_bytes: int
    log_bytes: int
    answers: int


class CountingStore:
    """The store, recording the id of every answer it acknowledged (passed to the game as its sink)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.acknowledged: list[str] = []

    def record_answer(self, session_id: str, answer: Answer) -> str:
        response_id = self.store.record_answer(session_id, answer)
        self.acknowledged.append(response_id)
        return response_id

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)


@dataclass
class SoakReport:
    """The samples of a soak and what went wrong."""

    samples: list[Sample] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    missing_answers: int = 0

    @property
    def rss_growth_mb(self) -> float:
        """Memory growth over the run, warm-up left out: the lowest RSS after a session in the last quarter
        minus the lowest in the second quarter. Sessions differ (team size, language, ending), so single
        samples jump by tens of MB; the floor only rises when something is kept session after session."""
        after = [s.rss_mb for s in self.samples[1:]]
        if len(after) < 4:
            return after[-1] - after[0] if len(after) > 1 else 0.0
        quarter = len(after) // 4
        return min(after[-quarter:]) - min(after[quarter : 2 * quarter])

    def problems(self) -> list[str]:
        """What did not stay flat (empty when the soak held)."""
        found = list(self.failures)
        if self.missing_answers:
            found.append(f"{self.missing_answers} acknowledged answer(s) are not in the database")
        if len(self.samples) < 2:
            return found
        warm = self.samples[min(len(self.samples) - 1, max(1, len(self.samples) // 5))]
        last = self.samples[-1]
        if self.rss_growth_mb > MAX_RSS_GROWTH_MB:
            found.append(f"memory grew by {self.rss_growth_mb:.1f} MB (limit {MAX_RSS_GROWTH_MB} MB)")
        if last.open_files > warm.open_files + OPEN_FILES_SLACK:
            found.append(f"open files grew from {warm.open_files} to {last.open_files}")
        if last.wal_bytes > MAX_WAL_MB * 2**20:
            found.append(f"the write-ahead log grew to {last.wal_bytes / 2**20:.1f} MB")
        if last.log_bytes != self.samples[0].log_bytes:
            found.append(f"the log folder grew from {self.samples[0].log_bytes} to {last.log_bytes} bytes")
        half = self.samples[len(self.samples) // 2]
        first = (half.db_bytes - self.samples[0].db_bytes) / max(1, half.answers - self.samples[0].answers)
        second = (last.db_bytes - half.db_bytes) / max(1, last.answers - half.answers)
        if half.answers > self.samples[0].answers and second > 2 * first + 512:
            found.append(f"the database grew by {second:.0f} bytes per answer, up from {first:.0f}")
        return found


def run_soak(sessions: int, data_dir: Path, seed: int = 0, progress: bool = False) -> SoakReport:
    """Play ``sessions`` complete team sessions in this process on the store in ``data_dir``."""
    pack = load_pack(TUTORIAL)
    rng = random.Random(seed)
    store = CountingStore(Store.open(data_dir))
    app = make_app(pack, TUTORIAL, pack.default_language, store, SIZE, headless=True, seed=seed)
    report = SoakReport()
    report.samples.append(_sample(0, data_dir, store))
    for number in range(1, sessions + 1):
        walkthrough = rng.choice(pack.walkthroughs)
        team = SurveyAnswers(seed=rng.randrange(2**31), players=rng.randint(1, 6))
        plan = Plan(pack, walkthrough.model_copy(update={"survey": team}), rng.choice(pack.languages))
        plan.via = rng.choice(VIAS)
        app.ctx.lang = plan.lang
        ok, message = Driver(app, plan).run()
        if not ok:
            report.failures.append(
                f"session {number} ({walkthrough.name}, {team.players} players): {message}"
            )
        report.samples.append(_sample(number, data_dir, store))
        if progress and number % 100 == 0:
            last = report.samples[-1]
            print(f"{number} sessions: {last.rss_mb:.1f} MB, {last.open_files} files, {last.answers} answers")
    store.store.close()
    report.missing_answers = _missing(data_dir / DB_NAME, store.acknowledged)
    return report


def _sample(number: int, data_dir: Path, store: CountingStore) -> Sample:
    db = data_dir / DB_NAME
    return Sample(
        number, rss_mb(), open_files(), _bytes(db) + _bytes(Path(f"{db}-wal")), _bytes(Path(f"{db}-wal")),
        _bytes(data_dir / LOG_FOLDER), len(store.acknowledged),
    )  # fmt: skip


def _missing(db: Path, acknowledged: list[str]) -> int:
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        stored = {row[0] for row in conn.execute("SELECT response_id FROM responses")}
    finally:
        conn.close()
    return sum(1 for rid in acknowledged if rid not in stored)


def main(argv: list[str] | None = None) -> int:
    """``python -m bench.soak [--sessions N]``: run the soak and say whether everything stayed flat."""
    parser = argparse.ArgumentParser(prog="python -m bench.soak", description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=10_000, help="how many sessions (default 10000)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="rumours-soak-") as tmp:
        report = run_soak(args.sessions, Path(tmp), args.seed, progress=True)
    first, last = report.samples[0], report.samples[-1]
    print(
        f"{args.sessions} sessions, {last.answers} answers: memory {first.rss_mb:.1f} -> {last.rss_mb:.1f} MB "
        f"(growth after warm-up {report.rss_growth_mb:.1f} MB), open files {first.open_files} -> "
        f"{last.open_files}, database {last.db_bytes / 2**20:.1f} MB (WAL {last.wal_bytes / 2**20:.1f} MB)"
    )
    for problem in report.problems():
        print(f"soak: {problem}", file=sys.stderr)
    return 1 if report.problems() else 0


if __name__ == "__main__":
    raise SystemExit(main())
