from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest

from rumours_game.index import BY_CHOICES, ItemInfo, Paired, ResponseRow, pair_rows
from rumours_game.index.compute import compute_index
from rumours_game.store import (
    DB_NAME,
    DataError,
    Store,
    StoreError,
    export,
    find_source,
    merge,
    read_sources,
)
from rumours_game.store.columns import ITEMS, RESPONSES
from tests.index.fixtures import CHECKS, hand_rows
from tests.index.test_against_scipy import random_rows
from tests.store.helpers import TickingClock, play_session


def write_export(
    folder: Path, rows: list[ResponseRow], items: dict[tuple[str, str, str], ItemInfo] | None = None
) -> Path:
    """An export folder with responses.csv (and items.csv when ``items`` are given)."""
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "responses.csv").open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([RESPONSES.names, *rows])
    if items:
        with (folder / "items.csv").open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(ITEMS.names)
            for (pack, version, item), info in items.items():
                check = int(info.kind == "check")
                writer.writerow([pack, version, item, "", 0, 1, 5, check, "" if info.expect is None else info.expect,
                                 info.kind, info.item_hash])  # fmt: skip
    return folder


def _count(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(*) FROM responses").fetchone()[0]
    finally:
        conn.close()


def _figures(paired: Paired, by: str | None = None) -> dict:
    return compute_index(paired, by=by)


def _same(a: object, b: object) -> None:
    if isinstance(a, dict):
        assert isinstance(b, dict) and set(a) == set(b)
        for key in a:
            _same(a[key], b[key])
    elif isinstance(a, list):
        assert isinstance(b, list) and len(a) == len(b)
        for x, y in zip(a, b, strict=True):
            _same(x, y)
    elif isinstance(a, float):
        assert b == pytest.approx(a, rel=1e-9, abs=1e-9)
    else:
        assert a == b


@pytest.mark.parametrize("by", [None, *BY_CHOICES])
def test_database_and_export_paths_agree(tmp_path: Path, by: str | None) -> None:
    rows = hand_rows()
    folder = write_export(tmp_path / "export", rows, CHECKS)
    db = tmp_path / "merged.db"
    merge([find_source(folder)], db)
    _same(_figures(pair_rows(rows, CHECKS), by), _figures(read_sources([find_source(db)]), by))


@pytest.mark.parametrize("seed", [5, 6])
def test_database_and_export_paths_agree_on_random_answers(tmp_path: Path, seed: int) -> None:
    rows = random_rows(seed, 150)
    db = tmp_path / "merged.db"
    merge([find_source(write_export(tmp_path / "export", rows))], db)
    python, sql = pair_rows(rows), read_sources([find_source(db)])
    assert python.counts.superseded == sql.counts.superseded > 0
    _same(_figures(python, "item"), _figures(sql, "item"))


def test_merge_is_idempotent_and_deduplicates(tmp_path: Path) -> None:
    rows = hand_rows()
    a = write_export(tmp_path / "a", rows[:12], CHECKS)
    b = write_export(tmp_path / "b", rows[8:], CHECKS)  # overlaps a by 4 rows
    db = tmp_path / "merged.db"
    first = merge([find_source(a), find_source(b)], db)
    assert (first.added, first.duplicates, first.conflicts) == (len(rows), 4, [])
    before = _count(db)
    again = merge([find_source(a), find_source(b)], db)
    assert (again.added, again.duplicates, again.conflicts) == (0, len(rows) + 4, [])
    assert _count(db) == before == len(rows)
    _same(_figures(pair_rows(rows, CHECKS)), _figures(read_sources([find_source(db)])))


def test_merge_reports_conflicts_and_keeps_the_first(tmp_path: Path) -> None:
    rows = hand_rows()
    changed = [rows[0]._replace(value=1), rows[1]._replace(kiosk_id="other"), *rows[2:4]]
    db = tmp_path / "merged.db"
    merge([find_source(write_export(tmp_path / "a", rows))], db)
    report = merge([find_source(write_export(tmp_path / "b", changed))], db)
    assert report.added == 0 and report.duplicates == 2
    assert len(report.conflicts) == 2
    assert rows[0].response_id in report.conflicts[0]
    conn = sqlite3.connect(db)
    assert (
        conn.execute("SELECT value FROM responses WHERE response_id = ?", (rows[0].response_id,)).fetchone()[
            0
        ]
        == 4
    )


def test_merge_of_a_session_under_another_kiosk_is_a_conflict(tmp_path: Path) -> None:
    rows = hand_rows()
    db = tmp_path / "merged.db"
    merge([find_source(write_export(tmp_path / "a", rows[:4]))], db)
    moved = [r._replace(response_id=r.response_id + "x", kiosk_id="k9") for r in rows[4:8]]
    report = merge([find_source(write_export(tmp_path / "b", moved))], db)
    assert report.added == 0 and len(report.conflicts) == 4 and "session s1" in report.conflicts[0]


def test_merge_kiosk_databases_and_their_exports(tmp_path: Path) -> None:
    kiosks = []
    for number in range(2):
        store = Store.open(tmp_path / f"kiosk{number}", clock=TickingClock())
        play_session(store, players=3, seed=number, event="fair")
        play_session(store, players=1, seed=10 + number, end=False)
        store.close()
        kiosks.append(tmp_path / f"kiosk{number}")
    export(kiosks[0] / DB_NAME, tmp_path / "export0", "jsonl")
    db = tmp_path / "all.db"
    report = merge([find_source(tmp_path / "export0"), find_source(kiosks[0]), find_source(kiosks[1])], db)
    assert report.added == 2 * 32 and report.duplicates == 32 and not report.conflicts
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM players WHERE age_band IS NULL").fetchone()[0] == 8
    assert conn.execute("SELECT count(*) FROM sessions WHERE ending = 'escaped'").fetchone()[0] == 2
    assert conn.execute("SELECT count(*) FROM items WHERE is_check = 1").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM responses WHERE is_check = 1").fetchone()[0] == 16
    merged = Store.open(tmp_path / "unused")  # the merged file is a normal store database
    merged.close()
    result = compute_index(read_sources([find_source(db)]))
    assert result["attention_check"]["answers"] == 16 and result["overall"]["n_players"] == 8


def test_a_bad_export_is_rolled_back(tmp_path: Path) -> None:
    folder = write_export(tmp_path / "a", hand_rows())
    with (folder / "responses.csv").open("a", encoding="utf-8") as fh:
        fh.write("broken,row\n")
    db = tmp_path / "merged.db"
    with pytest.raises(DataError, match="expected 16 values"):
        merge([find_source(folder)], db)
    assert _count(db) == 0


@pytest.mark.parametrize(
    ("name", "make", "message"),
    [
        ("missing", None, "no such file"),
        ("empty-dir", "dir", "no rumours.db"),
        ("notes.txt", "text", "not a rumours database"),
    ],
)
def test_unknown_sources(tmp_path: Path, name: str, make: str | None, message: str) -> None:
    path = tmp_path / name
    if make == "dir":
        path.mkdir()
    elif make == "text":
        path.write_text("hello")
    with pytest.raises(StoreError, match=message):
        find_source(path)


def test_an_items_csv_without_kind_reads_as_before(tmp_path: Path) -> None:
    """An export written before `kind` and `item_hash` existed: the check is still the check."""
    folder = write_export(tmp_path / "old", hand_rows())
    with (folder / "items.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow([c.name for c in ITEMS.columns if c.default is None])
        writer.writerow(["demo", "1.0", "check", "", 0, 1, 5, 1, 4])
    result = compute_index(read_sources([find_source(folder)]))
    assert result["attention_check"] == {"answers": 4, "failed": 1, "fail_share": 0.25}
    assert "check" not in result["items"]


def test_a_check_without_expect_is_never_paired(tmp_path: Path) -> None:
    """The defect: an items.csv check row without `expect` was paired as an ordinary item."""
    items = {("demo", "1.0", "check"): ItemInfo("check", None)}
    for paired in (
        pair_rows(hand_rows(), items),
        read_sources([find_source(write_export(tmp_path / "e", hand_rows(), items))]),
    ):
        result = compute_index(paired)
        assert "check" not in result["items"] and result["attention_check"]["answers"] == 4
        assert result["attention_check"]["failed"] == 0


def test_checks_are_decided_per_pack_version(tmp_path: Path) -> None:
    """The defect: exports matched checks by (pack, item) across versions, databases by version."""
    rows = hand_rows() + [
        r._replace(response_id=r.response_id + "v2", session_id=r.session_id + "v2", pack_version="2.0")
        for r in hand_rows()
    ]
    items = {("demo", "1.0", "check"): ItemInfo("check", 4)}  # in 2.0 'check' is an ordinary statement
    db = tmp_path / "merged.db"
    merge([find_source(write_export(tmp_path / "e", rows, items))], db)
    python, sql = compute_index(pair_rows(rows, items)), compute_index(read_sources([find_source(db)]))
    _same(python, sql)
    assert python["attention_check"]["answers"] == 4 and "check" in python["items"]


def test_a_statement_changed_between_versions_is_not_pooled() -> None:
    rows = hand_rows() + [
        r._replace(response_id=r.response_id + "v2", session_id=r.session_id + "v2", pack_version="1.1")
        for r in hand_rows()
    ]
    items = {
        ("demo", "1.0", "jobs"): ItemInfo("rumour", None, "aaaa1111"),
        ("demo", "1.1", "jobs"): ItemInfo("rumour", None, "bbbb2222"),
    }
    result = compute_index(
        pair_rows(rows, {**items, **CHECKS, ("demo", "1.1", "check"): ItemInfo("check", 4)})
    )
    assert {"jobs (demo 1.0)", "jobs (demo 1.1)"} <= set(result["items"]) and "jobs" not in result["items"]
    assert any(w.startswith("item 'jobs' is not the same statement") for w in result["warnings"])
    assert "enrich" in result["items"]  # unchanged statements are pooled across versions
