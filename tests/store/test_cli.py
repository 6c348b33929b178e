"""`rumours export`, `rumours merge` and `rumours index` end to end, as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rumours_game.cli import main
from rumours_game.store import Store
from tests.index.fixtures import CHECKS, hand_rows
from tests.store.helpers import TickingClock, play_session
from tests.store.test_merge_and_paths import write_export


@pytest.fixture
def recorded(data_dir: Path) -> Path:
    store = Store.open(data_dir, clock=TickingClock())
    for seed in range(3):
        play_session(store, players=2, seed=seed, event="fair")
    store.close()
    return data_dir


def _one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip()
    assert err.startswith("rumours: error: ") and "\n" not in err and "Traceback" not in err
    return err


def test_export_with_data_dir_before_or_after_the_command(recorded: Path, tmp_path: Path, capsys) -> None:
    assert main(["--data-dir", str(recorded), "export", "--out", str(tmp_path / "a")]) == 0
    assert "exported 48 answer(s)" in capsys.readouterr().out
    assert (
        main(["export", "--data-dir", str(recorded), "--format", "jsonl", "--out", str(tmp_path / "b")]) == 0
    )
    assert len((tmp_path / "b" / "responses.jsonl").read_text().splitlines()) == 48


def test_export_without_a_database(tmp_path: Path, capsys) -> None:
    assert main(["--data-dir", str(tmp_path), "export", "--out", str(tmp_path / "out")]) == 2
    assert "no answers database" in _one_line_error(capsys)


def test_export_to_an_unwritable_place(recorded: Path, tmp_path: Path, capsys) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["--data-dir", str(recorded), "export", "--out", str(blocker / "out")]) == 2
    assert "cannot write" in _one_line_error(capsys)


def test_index_of_the_data_folder(recorded: Path, tmp_path: Path, capsys) -> None:
    report = tmp_path / "report.html"
    assert (
        main(
            [
                "--data-dir",
                str(recorded),
                "index",
                "--by",
                "kiosk",
                "--report",
                str(report),
                "--min-cell",
                "5",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "Players with before and after answers: 6" in out and "By kiosk:" in out
    assert report.read_text().startswith("<!DOCTYPE html>")
    assert main(["index", str(recorded), "--json", "--min-cell", "5"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert {"overall", "items", "rumours", "excluded", "warnings"} <= set(result)
    assert {"n_players", "mean_change_pct", "d_z", "ci95_pct"} <= set(result["overall"])
    assert set(result["items"]["jobs"]) >= {"n", "mean_change", "sd_change", "d_z", "ci95", "improved"}


def test_index_of_exports_counts_each_answer_once(tmp_path: Path, capsys) -> None:
    rows = hand_rows()
    a = write_export(tmp_path / "a", rows, CHECKS)
    b = write_export(tmp_path / "b", rows[:5], CHECKS)
    assert main(["index", str(a), str(b / "responses.csv"), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["overall"]["n_players"] == "<10" and result["overall"]["suppressed"]
    assert result["excluded"]["duplicate_answers"] == 5


def test_merge_then_index(tmp_path: Path, capsys) -> None:
    rows = hand_rows()
    a = write_export(tmp_path / "a", rows, CHECKS)
    db = tmp_path / "all.db"
    assert main(["merge", str(a), "--out", str(db)]) == 0
    assert f"{len(rows)} new answer(s)" in capsys.readouterr().out
    assert main(["merge", str(a), "--out", str(db)]) == 0
    assert "0 new answer(s)" in capsys.readouterr().out
    clash = write_export(tmp_path / "b", [rows[0]._replace(value=1)])
    assert main(["merge", str(clash), "--out", str(db)]) == 1
    captured = capsys.readouterr()
    assert "conflict" in captured.err and "1 conflict(s)" in captured.out
    assert main(["index", str(db), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["items"]["jobs"] == {
        "suppressed": True, "n": "<10", "kind": "rumour", "rumour": "jobs", "item_id": "jobs", "pack": "demo",
        "version": "1.0", "scale_points": 5, "statement": None, "statement_lang": None,
    }  # fmt: skip


def test_bad_data_is_exit_1_and_a_wrong_path_exit_2(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "responses.csv"
    bad.write_text("not,the,right,header\n")
    assert main(["index", str(bad)]) == 1
    assert "first line must be the columns" in _one_line_error(capsys)
    assert main(["merge", str(bad), "--out", str(tmp_path / "x.db")]) == 1
    _one_line_error(capsys)
    assert main(["index", str(tmp_path / "nowhere")]) == 2
    assert "no such file" in _one_line_error(capsys)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    assert main(["index", str(junk)]) in (1, 2)
    _one_line_error(capsys)
