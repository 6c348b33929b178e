"""A database paired in SQL gives the columns its export gives (including inconsistent pairs and checks)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from rumours_game.index import ItemInfo, pair_rows
from rumours_game.index.compute import compute_index
from rumours_game.store import find_source, merge, read_sources, sources
from rumours_game.store.pairs_sql import read_database
from tests.index.fixtures import CHECKS, hand_rows, row
from tests.store.test_merge_and_paths import _same, write_export


def test_inconsistent_pairs_and_checks_agree_on_both_paths(tmp_path: Path) -> None:
    rows = [*hand_rows(), row("s3", "DDD", "jobs", "pre", 2, rumour="jobs"),
            row("s3", "DDD", "jobs", "post", 6, hi=7, rumour="jobs")]  # fmt: skip
    db = tmp_path / "merged.db"
    merge([find_source(write_export(tmp_path / "export", rows, CHECKS))], db)
    python, sql = compute_index(pair_rows(rows, CHECKS)), compute_index(read_sources([find_source(db)]))
    _same(python, sql)
    assert sql["excluded"]["inconsistent_answers"] == 2 and sql["attention_check"]["answers"] == 4
    assert sql["excluded"]["unpaired_answers"] == 2  # C: crime only before, enrich only after


def test_pairs_of_a_session_the_database_does_not_know_are_left_out(tmp_path: Path) -> None:
    """A damaged file whose answers name no session (foreign keys off): no crash, those pairs are not used."""
    db = tmp_path / "merged.db"
    merge([find_source(write_export(tmp_path / "export", hand_rows(), CHECKS))], db)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA foreign_keys = OFF")
    for phase, value in (("pre", 5), ("post", 1)):
        conn.execute(
            "INSERT INTO responses VALUES (?, 'ghost', 'G', 'jobs', 'jobs', ?, ?, 1, 5, 0, 0, ?)",
            (f"ghost-{phase}", phase, value, f"2026-01-01T10:0{int(phase == 'post')}:00.000000Z"),
        )
    conn.commit()
    conn.close()
    paired = read_database(db)
    assert "ghost" not in {c.session for c in paired.contexts}
    assert len(paired.columns.pre) == len(paired.columns.context) == 7
    assert compute_index(paired)["overall"]["n_players"] == 3


def test_the_report_counts_sessions_with_usable_pairs_only(tmp_path: Path) -> None:
    """A session whose only pair is an attention check has no usable pair (both paths)."""
    rows = [*hand_rows(), row("s9", "ZZZ", "check", "pre", 4), row("s9", "ZZZ", "check", "post", 4)]
    db = tmp_path / "merged.db"
    merge([find_source(write_export(tmp_path / "export", rows, CHECKS))], db)
    for paired in (pair_rows(rows, CHECKS), read_sources([find_source(db)])):
        assert [c.session for c in paired.paired_contexts()] == ["s1", "s2"]


def test_reading_texts_does_not_query_the_answers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The defect: `rumours index` opened the database a second time for the report's texts and started the
    answers query there (a window over every answer: 7 of its 15 s on a million answers) without reading it."""
    db = tmp_path / "merged.db"
    merge([find_source(write_export(tmp_path / "export", hand_rows(), CHECKS))], db)

    class Unread:
        def sql(self, include_test: bool = False) -> str:
            raise AssertionError("the answers were queried")

    monkeypatch.setattr(sources, "RESPONSES", Unread())
    _texts, hashes = sources.read_texts([find_source(db)])
    assert ("demo", "1.0", "check") in hashes


def test_an_item_pooled_across_versions_names_the_lowest_on_both_paths(tmp_path: Path) -> None:
    """The defect: the version shown for a pooled item was that of whichever pair came first, so an export
    listing version 1.1 first and its database (ordered by session) named different versions."""
    newer = [r._replace(response_id=r.response_id + "n", session_id="a" + r.session_id, pack_version="1.1")
             for r in hand_rows()]  # fmt: skip
    rows = newer + hand_rows()
    items = {("demo", v, "jobs"): ItemInfo("rumour", None, "abcd1234") for v in ("1.0", "1.1")}
    db = tmp_path / "merged.db"
    merge([find_source(write_export(tmp_path / "export", rows, items))], db)
    for paired in (pair_rows(rows, items), read_sources([find_source(db)])):
        assert compute_index(paired)["items"]["jobs"]["version"] == "1.0"
