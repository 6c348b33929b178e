"""`rumours validate`, `info`, `new` and `schema`: output, JSON and exit codes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rumours_game.cli import main, pack_cmds
from rumours_game.pack import check_pack
from rumours_game.pack.schema import schema_text
from tests.conftest import ROOT
from tests.pack.conftest import BROKEN, VALID


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_validate_valid_pack(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "validate", str(VALID))
    assert code == 0
    assert out == "0 errors, 0 warnings in 4 files\n"


def test_validate_lists_every_problem_sorted_with_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = tmp_path / "p"
    shutil.copytree(VALID, pack)
    (pack / "rooms.yaml").write_text(
        (pack / "rooms.yaml").read_text().replace("name: The hall", "nmae: The hall")
    )
    (pack / "extra.yaml").write_text("room:\n  - id: x\n")
    (pack / "pack.yaml").write_text((pack / "pack.yaml").read_text().replace("minutes: 5", "minutes: many"))
    code, out, _ = run(capsys, "validate", str(pack))
    lines = out.splitlines()
    assert code == 1
    assert lines[-1] == "3 errors, 0 warnings in 5 files"
    assert [line.split(":")[0] for line in lines[:-1]] == [
        f"{pack}/extra.yaml",
        f"{pack}/pack.yaml",
        f"{pack}/rooms.yaml",
    ]
    assert lines[2].startswith(f"{pack}/rooms.yaml:4:5: error: Room 'hall' has an unknown key 'nmae'.")


def test_validate_json(capsys: pytest.CaptureFixture[str]) -> None:
    case = BROKEN / "unknown-id-exit-to"
    code, out, _ = run(capsys, "validate", "--json", str(case))
    problems = json.loads(out)
    assert code == 1
    assert set(problems[0]) == {"file", "line", "col", "severity", "code", "message"}
    errors = {(p["code"], p["file"], p["line"]) for p in problems if p["severity"] == "error"}
    assert errors == {("unknown-id", f"{case}/rooms.yaml", 11)}


def test_strict_makes_warnings_fail(capsys: pytest.CaptureFixture[str]) -> None:
    case = BROKEN / "puzzle-not-opened"
    assert run(capsys, "validate", str(case))[0] == 0
    code, out, _ = run(capsys, "validate", "--strict", str(case))
    assert code == 1
    assert out.splitlines()[-1] == "0 errors, 1 warning in 3 files"


def test_validate_schema_cross_check(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "validate", "--schema", str(VALID))[0] == 0


@pytest.mark.parametrize("make", ["missing", "file"])
def test_validate_bad_path_is_usage_error(
    make: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "thing.txt"
    if make == "file":
        path.write_text("hello")
    code, out, err = run(capsys, "validate", str(path))
    assert code == 2
    assert out == ""
    assert err.startswith("rumours: error: ") and str(path) in err and "Traceback" not in err


def test_info_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "info", "--json", str(VALID))
    info = json.loads(out)
    assert code == 0
    expected = {
        "id": "broken-case",
        "title": "A test pack",
        "version": "1.0",
        "format_version": 1,
        "languages": ["en"],
        "default_language": "en",
        "rooms": 1,
        "items": 1,
        "puzzles": 1,
        "puzzle_types": {"code": 1},
        "rumours": 1,
        "facts": 1,
        "survey_items": 0,
        "walkthroughs": 1,
        "minutes": 5,
    }
    assert {k: info[k] for k in expected} == expected


def test_info_text_and_broken_pack(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "info", str(VALID))
    assert code == 0 and "puzzle types: code 1" in out
    code, out, err = run(capsys, "info", str(BROKEN / "unknown-key-typo"))
    assert code == 1 and out == ""
    assert "rooms.yaml:4:5: error:" in err and "rumours validate" in err


def test_schema_prints_committed_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0
    assert out == schema_text()


def test_new_creates_a_valid_pack_and_refuses_to_overwrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "new", "Our Library!", "--lang", "es", "--dir", str(tmp_path))
    dest = tmp_path / "our-library"
    assert code == 0 and str(dest) in out
    result = check_pack(dest)
    assert result.ok and result.pack is not None
    assert (result.pack.id, result.pack.title, result.pack.languages) == (
        "our-library",
        "Our Library!",
        ["es"],
    )
    schema_line = (dest / "pack.yaml").read_text().splitlines()[0]
    target = (dest / schema_line.split("$schema=")[1]).resolve()
    assert target == (ROOT / "scenarios" / "schema" / "pack.schema.json").resolve()
    before = (dest / "pack.yaml").read_text()
    code, _, err = run(capsys, "new", "Our Library!", "--dir", str(tmp_path))
    assert code == 2 and "already exists" in err
    assert (dest / "pack.yaml").read_text() == before


@pytest.mark.parametrize(
    ("argv", "words"), [(["new", "!!!"], "no letters"), (["new", "x", "--lang", "English"], "language code")]
)
def test_new_rejects_bad_names(
    argv: list[str], words: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, *argv, "--dir", str(tmp_path))
    assert code == 2 and words in err
    assert list(tmp_path.iterdir()) == []


def test_new_keeps_template_comments(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "new", "Comments", "--dir", str(tmp_path))
    template = (pack_cmds.TEMPLATE / "pack.yaml").read_text().count("\n#")
    assert (tmp_path / "comments" / "pack.yaml").read_text().count("\n#") >= template - 3


def test_module_entry_point_runs_validate() -> None:
    run_ = subprocess.run(
        [sys.executable, "-m", "rumours_game", "validate", str(VALID)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run_.returncode == 0, run_.stderr
    assert run_.stdout.endswith("in 4 files\n")


def test_new_leaves_no_comment_about_lines_that_are_not_there(tmp_path: Path, capsys) -> None:
    run(capsys, "new", "Our Library", "--lang", "es", "--dir", str(tmp_path))
    text = (tmp_path / "our-library" / "pack.yaml").read_text()
    assert "uncomment" not in text and "# es:" not in text
    assert 'title: "Our Library"' in text
