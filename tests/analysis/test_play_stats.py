"""`rumours stats` on journals of real play: walkthroughs played through the real screens (escaped, out of
time) and a team that gave up after a wrong answer and a hint."""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from rumours_game.analysis.play_stats import replay_journal, summarize_play
from rumours_game.cli import main
from rumours_game.pack import load_pack
from rumours_game.store import Store, export
from rumours_game.store.journals import read_journals
from rumours_game.store.manifest import MANIFEST_NAME, manifest
from tests.conftest import SCENARIOS

TUTORIAL = SCENARIOS / "tutorial"


def _record_play(data_dir: Path) -> None:
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


@pytest.fixture(scope="module")
def _played_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("played")
    _record_play(folder)
    return folder


@pytest.fixture
def played(_played_once: Path) -> Callable[[Path], None]:
    """``played(data_dir)``: the data folder holds the two walkthroughs played through the real screens and
    the team that gave up (played once for this module, then copied for each test)."""

    def copy(data_dir: Path) -> None:
        shutil.copytree(_played_once, data_dir, dirs_exist_ok=True)

    return copy


def test_stats_of_played_sessions(data_dir: Path, capsys, played) -> None:
    played(data_dir)
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


def test_test_runs_are_left_out_by_default(data_dir: Path, capsys, played) -> None:
    played(data_dir)
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


def test_an_export_without_its_sessions_file_is_refused(tmp_path: Path, capsys) -> None:
    (tmp_path / "responses.csv").write_text("x\n")
    assert main(["stats", str(tmp_path / "responses.csv")]) == 1
    err = capsys.readouterr().err
    assert "no sessions file" in err and "Traceback" not in err


def test_the_report_shows_how_the_game_played(data_dir: Path, tmp_path: Path, capsys, played) -> None:
    played(data_dir)
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


def _stats(capsys, *args: str) -> dict:  # type: ignore[type-arg]
    capsys.readouterr()
    assert main(["stats", *args, "--include-test", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_stats_need_no_pack_and_read_exports_and_merged_databases(
    data_dir: Path, tmp_path: Path, capsys, played
) -> None:
    """The figures are recorded as the game is played: the same from the database, its CSV and JSONL
    exports and a database merged from them, without the pack, as replaying the journals with it."""
    played(data_dir)
    db = data_dir / "rumours.db"
    pack = load_pack(TUTORIAL)
    replayed = summarize_play(
        [replay_journal(pack, j.ending, j.actions) for j in read_journals(db, include_test=True)],
        [p.id for p in pack.puzzles],
    )
    from_db = _stats(capsys, str(data_dir))
    assert from_db["not_replayed"] == 0 and from_db["most_stuck"] == replayed["most_stuck"] == "chat-message"
    for key in ("sessions", "escaped", "out_of_time", "abandoned"):
        assert from_db[key] == replayed[key]
    assert from_db["median_seconds_to_escape"] == pytest.approx(replayed["median_seconds_to_escape"], abs=1)
    assert set(from_db["puzzles"]) == {pid for pid, f in replayed["puzzles"].items() if f["reached"]}
    for pid, got in from_db["puzzles"].items():
        want = replayed["puzzles"][pid]
        assert {k: got[k] for k in ("reached", "solved", "stuck", "hints", "wrong_answers")} == {
            k: want[k] for k in ("reached", "solved", "stuck", "hints", "wrong_answers")
        }, pid
        if want["median_seconds_to_solve"] is not None:
            assert got["median_seconds_to_solve"] == pytest.approx(want["median_seconds_to_solve"], abs=1)
    assert next(iter(from_db["puzzles"])) == "chat-message"  # in the order teams met them
    with_pack = _stats(capsys, str(data_dir), "--pack", str(TUTORIAL))
    assert list(with_pack["puzzles"]) == list(replayed["puzzles"])  # the pack's order, unreached ones too
    assert with_pack == {**from_db, "puzzles": with_pack["puzzles"]}
    assert {pid: f for pid, f in with_pack["puzzles"].items() if f["reached"]} == from_db["puzzles"]
    for fmt in ("csv", "jsonl"):
        export(db, tmp_path / fmt, fmt, include_test=True)
        assert _stats(capsys, str(tmp_path / fmt)) == from_db
    merged = tmp_path / "merged.db"
    for fmt in ("csv", "jsonl", "csv"):  # merging again changes nothing
        assert main(["merge", str(tmp_path / fmt), "--out", str(merged)]) == 0
    assert _stats(capsys, str(merged)) == from_db
    assert main(["stats", str(tmp_path / "csv"), "--include-test"]) == 0
    text = capsys.readouterr().out
    assert "Most teams got stuck at 'chat-message'" in text and "--pack" not in text


def test_an_old_database_is_replayed_with_its_pack(data_dir: Path, capsys, played) -> None:
    """Sessions recorded before the play figures existed: counted by ending, and per puzzle with --pack."""
    played(data_dir)
    conn = sqlite3.connect(data_dir / "rumours.db")
    conn.execute("DELETE FROM puzzle_play")
    conn.execute("UPDATE sessions SET play_seconds = NULL")
    conn.commit()
    conn.close()
    bare = _stats(capsys, str(data_dir))
    assert bare["puzzles"] == {} and bare["not_replayed"] == 3 and bare["escaped"] == 1
    assert main(["stats", str(data_dir), "--include-test"]) == 0
    assert "--pack PACK" in capsys.readouterr().out
    with_pack = _stats(capsys, str(data_dir), "--pack", str(TUTORIAL))
    assert with_pack["not_replayed"] == 0 and with_pack["most_stuck"] == "chat-message"
    for name, old, new in (("newer", '"1.0.0"', '"1.1.0"'), ("edited", "The Radio Studio", "The Radio Room")):
        other = data_dir.parent / name
        shutil.copytree(TUTORIAL, other)
        text = (other / "pack.yaml").read_text(encoding="utf-8")
        (other / "pack.yaml").write_text(text.replace(old, new, 1), encoding="utf-8")
        wrong = _stats(capsys, str(data_dir), "--pack", str(other))  # another version, or edited since
        assert wrong["not_replayed"] == 3 and wrong["most_stuck"] is None, name


def test_the_report_of_an_export_shows_how_the_game_played(data_dir: Path, tmp_path: Path, played) -> None:
    played(data_dir)
    export(data_dir / "rumours.db", tmp_path / "out", "csv", include_test=True)
    report = tmp_path / "report.html"
    assert main(["index", str(tmp_path / "out"), "--include-test", "--report", str(report)]) == 0
    page = report.read_text(encoding="utf-8")
    assert "How the game played" in page and "<strong>chat-message</strong>" in page


def test_an_export_of_the_previous_version_is_read_as_before(
    data_dir: Path, tmp_path: Path, capsys, played
) -> None:
    """sessions.csv without play_seconds, no puzzles, packs or statements files: counted by ending, the
    index and merge read it."""
    played(data_dir)
    out = tmp_path / "old"
    counts = export(data_dir / "rumours.db", out, "csv", include_test=True)
    with (out / "sessions.csv").open(newline="", encoding="utf-8") as fh:
        rows = [row[:-1] for row in csv.reader(fh)]  # play_seconds is the last column
    with (out / "sessions.csv").open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\r\n").writerows(rows)
    for name in ("puzzles.csv", "packs.csv", "statements.csv"):
        (out / name).unlink()
        del counts[name]
    (out / MANIFEST_NAME).write_text(json.dumps(manifest(out, {**counts, "data_dictionary.csv": 0})))
    old = _stats(capsys, str(out))
    assert (old["sessions"], old["escaped"], old["not_replayed"], old["puzzles"]) == (3, 1, 3, {})
    assert main(["merge", str(out), "--out", str(tmp_path / "merged.db")]) == 0
    assert main(["index", str(out), "--include-test", "--json"]) == 0


def test_stats_of_teams_played_in_the_terminal(data_dir: Path, tmp_path: Path, capsys) -> None:
    """Three real teams through the text front end, recorded in the store: one escapes, one runs out of
    time, one gives up at the door code after a wrong code and a hint. The figures come without the pack."""
    from tests.text.helpers import LAB, LAB_ESCAPE, StepClock, play

    store = Store.open(data_dir)
    assert play(LAB_ESCAPE, sink=store).code == 0
    assert play(["look desk", "use", "1", "1"], sink=store, clock=StepClock(250)).code == 0
    assert play(["3", "4321", "hint", "1", "back", "quit"], sink=store).code == 0
    store.close()
    export(data_dir / "rumours.db", tmp_path / "out", "csv")
    for source in (data_dir, tmp_path / "out"):
        summary = _stats(capsys, str(source))
        assert (summary["escaped"], summary["out_of_time"], summary["abandoned"]) == (1, 1, 1)
        door = summary["puzzles"]["door_code"]
        assert (door["reached"], door["solved"], door["stuck"]) == (2, 1, 1)
        assert door["wrong_answers"] == 1 and door["hints"] == 1
        assert summary["most_stuck"] == "door_code" and summary["not_replayed"] == 0
        assert summary["median_seconds_to_escape"] is not None
    assert "4321" not in (data_dir / "rumours.db").read_bytes().decode("utf-8", "replace")
    assert _stats(capsys, str(data_dir), "--pack", str(LAB))["puzzles"]["door_code"] == door
