"""Exports are whole or absent, verified when read, coarse in time, and read-only sources stay untouched;
hostile export files are refused with their line (findings 7, 8, 11 and 13 of issue 14)."""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import sys
import tempfile
from pathlib import Path

import pytest

from rumours_game.cli import main
from rumours_game.store import DB_NAME, DataError, Store, StoreError, db as dbmod, export, find_source, merge
from rumours_game.store.columns import PLAYERS, RESPONSES, SESSIONS
from rumours_game.store.exportread import read_export
from tests.store.helpers import TickingClock, play_session

exportmod = sys.modules["rumours_game.store.export"]  # the package's `export` is the function


@pytest.fixture
def db(data_dir: Path) -> Path:
    store = Store.open(data_dir, clock=TickingClock())
    for seed in range(3):
        play_session(store, players=3, seed=seed, event="youth club")
    store.close()
    return data_dir / DB_NAME


def test_a_killed_export_leaves_no_folder_that_looks_complete(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "usb" / "export"
    pid = os.fork()
    if pid == 0:  # the child is killed just before the finished export would be renamed into place
        try:
            exportmod._replace_folder = lambda staging, out_dir: os.kill(os.getpid(), signal.SIGKILL)
            export(db, out, "csv")
        finally:
            os._exit(1)
    os.waitpid(pid, 0)
    assert not out.exists()
    with pytest.raises(StoreError, match="no such file"):
        find_source(out)
    [left] = (tmp_path / "usb").iterdir()
    assert left.name.startswith(exportmod.STAGING_PREFIX)
    os.utime(left, (0, 0))  # long ago: the next export cleans it up
    export(db, out, "csv")
    assert sorted(p.name for p in (tmp_path / "usb").iterdir()) == ["export"]


def test_an_export_over_an_earlier_one_is_replaced_whole(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    export(db, out, "jsonl")
    export(db, out, "csv")
    assert sorted(p.name for p in out.iterdir()) == [
        "data_dictionary.csv", "items.csv", "manifest.json", "packs.csv", "players.csv", "puzzles.csv",
        "responses.csv", "sessions.csv", "statements.csv",
    ]  # fmt: skip
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "thesis.docx").write_text("precious")
    with pytest.raises(StoreError, match="other files"):
        export(db, mine, "csv")
    assert (mine / "thesis.docx").read_text() == "precious"


def test_index_and_merge_refuse_an_export_changed_after_it_was_written(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    export(db, out, "csv")
    assert main(["index", str(out)]) == 0
    lines = (out / "responses.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    (out / "responses.csv").write_text("".join(lines[:-3]), encoding="utf-8")  # cut short by a copy
    capsys.readouterr()
    assert main(["index", str(out)]) == 1
    assert "does not match its checksum" in capsys.readouterr().err
    with pytest.raises(DataError, match="checksum"):
        merge([find_source(out)], tmp_path / "merged.db")
    (out / "players.csv").unlink()
    with pytest.raises(DataError, match="incomplete"):
        find_source(out / "responses.csv")


def test_export_and_index_write_nothing_in_tmpdir(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tmp = tmp_path / "tmpdir"
    tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    monkeypatch.setenv("TMPDIR", str(tmp))
    export(db, tmp_path / "out", "csv")
    assert main(["index", str(db.parent)]) == 0
    merge([find_source(tmp_path / "out")], tmp_path / "merged.db")
    assert list(tmp.iterdir()) == []


def test_a_database_on_read_only_media_is_read_immutable(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite cannot make its -shm file on a write-protected stick; the export then opens it immutable."""
    real = sqlite3.connect

    def read_only_medium(target: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        if isinstance(target, str) and target.endswith("?mode=ro"):  # what SQLite says there: cannot open
            return real("file:/nonexistent/folder/x.db?mode=ro", uri=True)
        return real(target, *args, **kwargs)  # type: ignore[arg-type]

    before = sorted(p.name for p in db.parent.iterdir())
    monkeypatch.setattr(dbmod.sqlite3, "connect", read_only_medium)
    counts = export(db, tmp_path / "out", "csv")
    assert counts["responses.csv"] == 3 * 3 * 2 * 4
    assert sorted(p.name for p in db.parent.iterdir()) == before


def test_exported_times_do_not_order_players_within_a_team(db: Path, tmp_path: Path) -> None:
    export(db, tmp_path / "out", "csv")
    rows = list(read_export(tmp_path / "out" / "responses.csv"))
    assert all(r.answered_at.endswith(":00.000000Z") for r in rows)
    first = rows[0].session_id
    team = [r for r in rows if r.session_id == first]
    assert len({r.answered_at for r in team}) < len(team) / 2  # many players share each minute
    for spec in (SESSIONS,):
        with (tmp_path / "out" / f"{spec.stem}.csv").open(newline="") as fh:
            assert all(row["started_at"].endswith(":00.000000Z") for row in csv.DictReader(fh))


def test_a_re_answer_in_the_same_minute_still_counts_as_the_latest(data_dir: Path, tmp_path: Path) -> None:
    from rumours_game.survey.answers import Answer
    from rumours_game.survey.plan import PlannedPlayer
    from tests.survey.helpers import make_pack

    store = Store.open(data_dir, clock=TickingClock())
    session = store.start_session(make_pack(), "en")
    store.add_player(session, PlannedPlayer(1, "CDFHJK", 7))
    for value in (2, 5, 4):
        store.record_answer(session, Answer("CDFHJK", "jobs", "pre", value, 1, 5, rumour_id="jobs"))
    store.close()
    export(data_dir / DB_NAME, tmp_path / "out", "csv")
    rows = list(read_export(tmp_path / "out" / "responses.csv"))
    assert [r.value for r in sorted(rows, key=lambda r: r.answered_at)] == [2, 5, 4]


def _responses(tmp_path: Path, cells: dict[str, str], jsonl: str | None = None) -> Path:
    good = dict(zip(RESPONSES.names, [
        "r1", "s1", "AAA", "k1", "", "demo", "1.0", "en", "jobs", "jobs", "pre", "4", "1", "5", "0",
        "2026-01-01T10:00:00Z",
    ], strict=True))  # fmt: skip
    folder = tmp_path / "export"
    folder.mkdir(exist_ok=True)
    if jsonl is not None:
        path = folder / "responses.jsonl"
        path.write_text(json.dumps(good) + "\n" + jsonl + "\n", encoding="utf-8")
        return path
    path = folder / "responses.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([RESPONSES.names, good.values(), {**good, **cells}.values()])
    return path


@pytest.mark.parametrize(
    "cells",
    [
        {"answered_at": "0001-01-01T00:00:00+05:00"},
        {"answered_at": "9999-12-31T23:59:59-05:00"},
        {"scale_max": "1" * 30},
        {"value": "9" * 5000},
        {"event": "Maria Lopez\x1b[31m"},
        {"event": "x" * 200},
        {"pack_version": "1.0\nerror: forged"},
    ],
)
def test_hostile_csv_cells_are_refused_with_their_line(tmp_path: Path, cells: dict[str, str]) -> None:
    path = _responses(tmp_path, cells)
    with pytest.raises(DataError, match=r"responses\.csv:\d: "):
        merge([find_source(path)], tmp_path / "merged.db")
    assert not (tmp_path / "merged.db").exists() or _count(tmp_path / "merged.db") == 0


@pytest.mark.parametrize(
    "line",
    [
        '{"value": ' + "9" * 5000 + "}",
        '{"response_id": "\\ud800"}',
        "[" * 100_000 + "]" * 100_000,
        "not json",
    ],
)
def test_hostile_jsonl_lines_are_refused_with_their_line(tmp_path: Path, line: str) -> None:
    path = _responses(tmp_path, {}, jsonl=line)
    with pytest.raises(DataError, match=r"responses\.jsonl:2: "):
        list(read_export(path))


def test_a_lone_surrogate_in_an_id_is_refused(tmp_path: Path) -> None:
    good = dict.fromkeys(RESPONSES.names, "x")
    good["response_id"] = "\ud800"
    path = tmp_path / "responses.jsonl"
    path.write_text(json.dumps(good) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"responses\.jsonl:1: "):
        list(read_export(path))


@pytest.mark.parametrize(
    ("spec", "row"),
    [
        (PLAYERS, ["s1", "AAA", "Maria Lopez 9b"]),
        (SESSIONS, ["s1", "k1", "", "demo", "1.0", "en", "2026-01-01T10:00:00Z", "", "told a joke"]),
    ],
)
def test_merge_checks_free_text_in_players_and_sessions(tmp_path: Path, spec: object, row: list[str]) -> None:
    path = _responses(tmp_path, {})
    with (path.parent / f"{spec.stem}.csv").open("w", newline="", encoding="utf-8") as fh:  # type: ignore[attr-defined]
        csv.writer(fh).writerows([spec.names, row])  # type: ignore[attr-defined]
    with pytest.raises(DataError, match=rf"{spec.stem}\.csv:2: "):  # type: ignore[attr-defined]
        merge([find_source(path)], tmp_path / "merged.db")


def test_a_pipe_given_as_an_export_is_refused_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "responses.csv"
    os.mkfifo(fifo)
    with pytest.raises(StoreError, match="not a regular file"):
        find_source(fifo)
    folder = tmp_path / "data"
    folder.mkdir()
    os.mkfifo(folder / DB_NAME)
    with pytest.raises(StoreError, match="not a regular file"):
        find_source(folder)


def _count(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(*) FROM responses").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("kind", ["csv", "fifo", "foreign-db"])
def test_merge_out_onto_a_file_that_is_not_a_rumours_database_is_refused_untouched(
    db: Path, tmp_path: Path, kind: str
) -> None:
    export(db, tmp_path / "out", "csv")
    target = tmp_path / "responses.csv"
    if kind == "csv":
        target.write_text("the user's own table\n")
    elif kind == "fifo":
        os.mkfifo(target)
    else:
        conn = sqlite3.connect(target)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(StoreError, match="not a rumours database"):
        merge([find_source(tmp_path / "out")], target)
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing renamed aside
    if kind == "csv":
        assert target.read_text() == "the user's own table\n"


def test_database_copies_left_in_tmpdir_by_earlier_versions_are_cleaned_on_start(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tmp = tmp_path / "tmpdir"
    tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    old = tmp / "rumours-snapshot-abc123"
    old.mkdir()
    (old / "snapshot.db").write_bytes(b"\x00" * 1000)
    os.utime(old, (0, 0))
    fresh = tmp / "rumours-snapshot-running"  # an export of an older version may still be writing it
    fresh.mkdir()
    other = tmp / "someone-else"
    other.mkdir()
    os.utime(other, (0, 0))
    Store.open(data_dir).close()
    assert sorted(p.name for p in tmp.iterdir()) == ["rumours-snapshot-running", "someone-else"]
