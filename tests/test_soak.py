"""A short all-day soak: a few complete sessions in one process keep every answer and stay flat."""

from __future__ import annotations

from pathlib import Path

from bench.soak import OPEN_FILES_SLACK, run_soak


def test_a_short_soak_keeps_every_answer_and_stays_flat(tmp_path: Path) -> None:
    report = run_soak(3, tmp_path / "data", seed=3)
    assert report.failures == []
    assert report.missing_answers == 0 and report.samples[-1].answers > 0
    first, last = report.samples[1], report.samples[-1]
    # screens left behind are freed between teams; a font first needed late (the ending's) may stay cached
    assert last.open_files <= first.open_files + OPEN_FILES_SLACK
    assert last.log_bytes == 0  # nothing went wrong enough to write a crash log
    assert last.wal_bytes < 16 * 2**20
