"""Every broken pack in tests/pack/broken/ gives its expected problem at the expected file and line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rumours_game.cli import main
from rumours_game.pack import CODES, check_pack
from tests.pack.conftest import BROKEN

CASES = sorted(p for p in BROKEN.iterdir() if (p / "expected.json").is_file())


def test_corpus_is_large_and_covers_many_codes() -> None:
    codes = {json.loads((c / "expected.json").read_text())["code"] for c in CASES}
    assert len(CASES) >= 40
    assert len(codes) >= 35
    assert codes <= set(CODES)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_broken_pack_reports_expected_problem(case: Path) -> None:
    expected = json.loads((case / "expected.json").read_text())
    result = check_pack(case)
    matches = [
        p
        for p in result.problems
        if (p.code, p.file, p.line, p.severity)
        == (expected["code"], expected["file"], expected["line"], expected["severity"])
    ]
    assert matches, [p.format() + f" [{p.code}]" for p in result.problems]
    assert expected.get("message_contains", "") in matches[0].message
    assert all(p.message[:1].isupper() or p.message.startswith("'") for p in result.problems)
    if expected["severity"] == "error":
        assert result.pack is None


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_validate_exit_code_and_line(case: Path, capsys: pytest.CaptureFixture[str]) -> None:
    expected = json.loads((case / "expected.json").read_text())
    code = main(["validate", str(case)])
    out = capsys.readouterr().out
    if expected["severity"] == "error":
        assert code == 1
    else:
        assert code == 0
        assert main(["validate", "--strict", str(case)]) == 1
    where = f"{case}/{expected['file']}:{expected['line']}:"
    assert any(line.startswith(where) for line in out.splitlines()), out
    assert "Traceback" not in out
