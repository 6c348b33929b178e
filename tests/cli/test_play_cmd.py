"""`rumours play`: interrupted sessions are closed at the next start; a broken pack is one clear message."""

from __future__ import annotations

import io
import json
import sqlite3

from rumours_game.cli import main
from rumours_game.pack import load_pack
from rumours_game.store import Store
from rumours_game.survey.answers import Answer
from rumours_game.survey.plan import PlannedPlayer
from tests.conftest import SCENARIOS

TUTORIAL = SCENARIOS / "tutorial"


def test_next_start_closes_an_interrupted_session_and_keeps_its_answers(data_dir, monkeypatch, capsys):
    store = Store.open(data_dir)
    sid = store.start_session(load_pack(TUTORIAL), "en")
    store.add_player(sid, PlannedPlayer(number=1, code="BCDFGH", order_seed=3))
    store.record_answer(sid, Answer("BCDFGH", "s-numbers", "pre", 4, 1, 5, rumour_id="how-many"))
    store._conn.close()  # the process dies here: no end_session, no close

    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["--data-dir", str(data_dir), "play", str(TUTORIAL), "--text"]) == 0
    assert "1 interrupted game from before" in capsys.readouterr().err

    with sqlite3.connect(data_dir / "rumours.db") as conn:
        endings = dict(conn.execute("SELECT session_id, ending FROM sessions"))
        answers = conn.execute("SELECT value FROM responses WHERE session_id = ?", (sid,)).fetchall()
    assert endings[sid] == "incomplete" and answers == [(4,)]


def test_broken_pack_is_exit_1_with_its_problems(tmp_path, data_dir, capsys):
    (tmp_path / "pack.yaml").write_text("id: x\ntitle: [\n", encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "play", str(tmp_path), "--headless", "--walkthrough"]) == 1
    err = capsys.readouterr().err
    assert f"{tmp_path}/pack.yaml:" in err and "Traceback" not in err


def test_headless_walkthroughs_are_test_runs_kept_out_of_the_index(data_dir, tmp_path, capsys):
    """The defect: three headless walkthroughs printed 'd_z 69081009.58' as research data."""
    for _ in range(3):
        assert main(["--data-dir", str(data_dir), "play", str(TUTORIAL), "--headless", "--walkthrough"]) == 0
    with sqlite3.connect(data_dir / "rumours.db") as conn:
        assert conn.execute("SELECT count(*), sum(is_test) FROM sessions").fetchone() == (3, 3)
        hashes = {r[0] for r in conn.execute("SELECT pack_hash FROM sessions")}
        kinds = dict(conn.execute("SELECT item_id, kind FROM items"))
    assert len(hashes) == 1 and len(hashes.pop()) == 64
    assert (
        kinds["s-one-in-ten"] == "fact" and kinds["s-attention"] == "check" and kinds["s-numbers"] == "rumour"
    )
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "index", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["answers"] == 0 and result["excluded"]["test_answers"] > 0
    assert main(["--data-dir", str(data_dir), "export", "--out", str(tmp_path / "out")]) == 0
    assert (tmp_path / "out" / "responses.csv").read_text().count("\n") == 1  # the header only
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "index", "--json", "--include-test", "--min-cell", "5"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["answers"] > 0 and result["excluded"]["test_answers"] == 0


def test_text_play_records_its_condition(data_dir, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    args = ["--data-dir", str(data_dir), "play", str(TUTORIAL), "--text", "--condition", "control"]
    assert main(args) == 0
    with sqlite3.connect(data_dir / "rumours.db") as conn:
        assert conn.execute("SELECT condition, is_test FROM sessions").fetchall() == [("control", 0)]


def test_a_bad_condition_label_is_refused(data_dir, capsys):
    args = ["--data-dir", str(data_dir), "play", str(TUTORIAL), "--text", "--condition", "a b"]
    assert main(args) == 2
    assert "--condition 'a b'" in capsys.readouterr().err


def test_global_options_work_after_the_command(data_dir, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["play", str(TUTORIAL), "--text", "--data-dir", str(data_dir)]) == 0
    assert (data_dir / "rumours.db").is_file()


def test_no_survey_text_play_records_nothing(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "data"
    monkeypatch.setattr("sys.stdin", io.StringIO("look\nquit\n"))
    assert main(["play", str(TUTORIAL), "--text", "--no-survey", "--data-dir", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "answers are not being saved" in out
    assert not folder.exists()


def test_no_survey_is_for_text_play(data_dir, capsys):
    assert main(["play", str(TUTORIAL), "--no-survey", "--data-dir", str(data_dir)]) == 2
    assert "use it with --text" in capsys.readouterr().err
