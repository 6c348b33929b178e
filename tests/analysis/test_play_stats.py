"""`rumours stats` on journals of real play: walkthroughs played through the real screens (escaped, out of
time) and a team that gave up after a wrong answer and a hint."""

from __future__ import annotations

import json
from pathlib import Path

from rumours_game.analysis.play_stats import replay_journal, summarize_play
from rumours_game.cli import main
from rumours_game.pack import load_pack
from rumours_game.store import Store
from tests.conftest import SCENARIOS

TUTORIAL = SCENARIOS / "tutorial"


def _play(data_dir: Path) -> None:
    for walkthrough in ("main", "too-slow"):
        args = [
            "--data-dir",
            str(data_dir),
            "play",
            str(TUTORIAL),
            "--headless",
            "--walkthrough",
            walkthrough,
        ]
        assert main(args) == 0
    store = Store.open(data_dir)
    store.test = True
    session = store.start_session(load_pack(TUTORIAL), "en")
    actions = [
        {"type": "look", "hotspot": "phone"},
        {"type": "answer", "puzzle": "chat-message", "value": "my name is Ana"},  # wrong: journalled as wrong
        {"type": "tick", "seconds": 40.0},
        {"type": "hint", "puzzle": "chat-message"},
    ]
    for seq, action in enumerate(actions, 1):
        store.journal_action(session, seq, 0.0, action)
    store.end_session(session, "quit")
    store.close()


def test_stats_of_played_sessions(data_dir: Path, capsys) -> None:
    _play(data_dir)
    capsys.readouterr()
    assert (
        main(["--data-dir", str(data_dir), "stats", "--include-test", "--pack", str(TUTORIAL), "--json"]) == 0
    )
    summary = json.loads(capsys.readouterr().out)
    assert (summary["sessions"], summary["escaped"], summary["out_of_time"], summary["abandoned"]) == (
        3,
        1,
        1,
        1,
    )
    assert summary["median_seconds_to_escape"] is not None
    chat = summary["puzzles"]["chat-message"]
    assert (chat["reached"], chat["solved"], chat["stuck"]) == (3, 2, 1)
    assert chat["wrong_answers"] >= 2 and chat["hints"] >= 1  # the walkthrough's wrong answer and ours
    assert summary["most_stuck"] == "chat-message"
    assert summary["puzzles"]["door-keycard"]["solved"] == 1
    assert "my name is Ana" not in (data_dir / "rumours.db").read_bytes().decode("utf-8", "replace")
    assert main(["--data-dir", str(data_dir), "stats", "--include-test", "--pack", str(TUTORIAL)]) == 0
    text = capsys.readouterr().out
    assert "Most teams got stuck at 'chat-message'" in text and "abandoned: 1" in text


def test_test_runs_are_left_out_by_default(data_dir: Path, capsys) -> None:
    _play(data_dir)
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["sessions"] == 0


def test_without_the_pack_only_endings_are_counted() -> None:
    play = replay_journal(None, "escaped", [{"at": 0, "action": {"type": "look", "hotspot": "phone"}}])
    assert play.problem and play.ending == "escaped"
    summary = summarize_play([play], [])
    assert summary["puzzles"] == {} and summary["escaped"] == 1 and summary["not_replayed"] == 1


def test_a_journal_of_another_pack_version_is_reported_not_fatal() -> None:
    pack = load_pack(TUTORIAL)
    play = replay_journal(pack, None, [{"at": 0, "action": {"type": "dance"}}])
    assert play.ending == "abandoned" and "cannot be replayed" in (play.problem or "")


def test_exports_have_no_journals(tmp_path: Path, capsys) -> None:
    (tmp_path / "responses.csv").write_text("x\n")
    assert main(["stats", str(tmp_path / "responses.csv")]) in (1, 2)
    assert "Traceback" not in capsys.readouterr().err


def test_the_report_shows_how_the_game_played(data_dir: Path, tmp_path: Path, capsys) -> None:
    _play(data_dir)
    report = tmp_path / "report.html"
    args = [
        "--data-dir",
        str(data_dir),
        "index",
        "--include-test",
        "--pack",
        str(TUTORIAL),
        "--report",
        str(report),
    ]
    assert main(args) == 0
    page = report.read_text(encoding="utf-8")
    assert "How the game played" in page and "<strong>chat-message</strong>" in page
    assert (
        "What this can and cannot show" in page
        and "<script" not in page
        and "http" not in page.split("<body>")[1]
    )
