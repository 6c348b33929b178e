"""`rumours play`: interrupted sessions are closed at the next start; a broken pack is one clear message."""

from __future__ import annotations

import io
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
