"""`rumours check`: exit codes, file:line of each finding, JSON output, walkthrough failures."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from rumours_game.cli import main
from tests.conftest import ROOT, shipped_packs

DEFECTS = ROOT / "tests" / "engine" / "packs" / "defects"


@pytest.mark.parametrize(
    ("case", "where", "code"),
    [
        ("unreachable_room", "pack.yaml:18:5", "unreachable-room"),
        ("key_behind_door", "pack.yaml:20:5", "unreachable-room"),
        ("consumable", "pack.yaml:25:5", "softlock"),
        ("one_way", "pack.yaml:21:9", "softlock"),
    ],
)
def test_planted_defects_fail_with_file_and_line(case, where, code, capsys):
    assert main(["check", str(DEFECTS / case)]) == 1
    out = capsys.readouterr().out
    assert f"{DEFECTS / case}/{where}: error:" in out
    assert main(["check", str(DEFECTS / case), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert any(
        p["code"] == code and f"{p['file']}:{p['line']}:{p['col']}".endswith(where) for p in data["problems"]
    )


@pytest.mark.parametrize("pack_dir", shipped_packs(), ids=lambda p: p.name)
def test_shipped_packs_pass(pack_dir, capsys):
    assert main(["check", str(pack_dir)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Escapable: a shortest solution in ")
    assert "FAILS" not in out and "0 errors" in out


def test_json_has_solution_and_walkthroughs(capsys):
    assert main(["check", str(ROOT / "tests/engine/packs/lab"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["escapable"] and data["complete"] and data["states"] >= 1 and data["parts"] >= 1
    assert data["solution"][-1] == {"type": "escape", "exit": "way_out"}
    assert data["solution_is_shortest"] and len(data["solution"]) == 14
    assert [(w["name"], w["ok"], w["ending"]) for w in data["walkthroughs"]] == [
        ("main", True, "escaped"),
        ("slow", True, "out_of_time"),
    ]


def test_broken_walkthrough_is_an_error_at_its_step(tmp_path, capsys):
    pack = tmp_path / "lab"
    shutil.copytree(ROOT / "tests/engine/packs/lab", pack)
    text = (pack / "pack.yaml").read_text().replace("      - solve: door_code\n", "", 1)
    (pack / "pack.yaml").write_text(text)
    assert main(["check", str(pack)]) == 1
    out = capsys.readouterr().out
    line = text.splitlines().index("      - go: lab") + 1
    assert (
        f"pack.yaml:{line}:9: error: Walkthrough 'main' does not work: step 3 (go to 'lab') was refused"
        in out
    )


def test_pack_with_errors_exits_1_and_missing_path_exits_2(tmp_path, capsys):
    (tmp_path / "pack.yaml").write_text("id: [\n")
    assert main(["check", str(tmp_path)]) == 1
    assert "error:" in capsys.readouterr().out
    assert main(["check", str(tmp_path / "nope")]) == 2
    assert "no folder" in capsys.readouterr().err


def test_too_large_is_a_warning_and_runs_as_a_process():
    proc = subprocess.run(
        [sys.executable, "-m", "rumours_game", "check", str(DEFECTS / "one_way"), "--max-states", "1"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "too many ways to play" in proc.stdout or "too large to prove" in proc.stdout


def test_help_works():
    with pytest.raises(SystemExit) as exc:
        main(["check", "--help"])
    assert exc.value.code == 0


def test_time_findings_point_at_the_timer_and_the_hint(tmp_path, capsys):
    pack = tmp_path / "pack"
    shutil.copytree(ROOT / "tests/pack/valid/minimal", pack)
    with (pack / "pack.yaml").open("a") as f:
        f.write("  out_of_time:\n    title: Time\n    text: Out of time.\ntimer:\n  minutes: 5\n")
    puzzles = (
        (pack / "puzzles.yaml")
        .read_text()
        .replace(
            '    answer: "1234"\n',
            '    answer: "1234"\n    hints:\n      - text: Look closer.\n        penalty: 600\n',
        )
    )
    (pack / "puzzles.yaml").write_text(puzzles)
    assert main(["check", str(pack)]) == 1
    out = capsys.readouterr().out
    line = puzzles.splitlines().index("        penalty: 600") + 1
    assert f"puzzles.yaml:{line}:18: error: Hint 1 of 'lock' costs 600 s" in out
