"""Every broken pack in tests/analysis/broken/ makes `rumours check` report its expected finding at the expected
file and line, with its cause in words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rumours_game.cli import main
from rumours_game.pack import CODES

BROKEN = Path(__file__).resolve().parent / "broken"
CASES = sorted(p for p in BROKEN.iterdir() if (p / "expected.json").is_file())


def test_each_case_has_a_known_code():
    assert len(CASES) >= 7
    assert {json.loads((c / "expected.json").read_text())["code"] for c in CASES} <= set(CODES)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_check_reports_the_expected_finding(case: Path, capsys: pytest.CaptureFixture[str]) -> None:
    expected = json.loads((case / "expected.json").read_text())
    code = main(["check", str(case), "--json"])
    problems = json.loads(capsys.readouterr().out)["problems"]
    found = [
        p
        for p in problems
        if (p["code"], p["file"], p["line"], p["severity"])
        == (expected["code"], f"{case}/{expected['file']}", expected["line"], expected["severity"])
    ]
    assert found, problems
    assert expected["message_contains"] in found[0]["message"]
    assert code == (1 if any(p["severity"] == "error" for p in problems) else 0)
