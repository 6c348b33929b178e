"""`rumours graph`: formats, --out, --lang, bad packs, and PNG through Graphviz (or the message without it)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rumours_game.analysis.chart_render import to_dot, to_mermaid
from rumours_game.analysis.graph import build_chart
from rumours_game.cli import main
from rumours_game.cli.graph_cmd import NO_GRAPHVIZ
from rumours_game.pack import load_pack

ROOT = Path(__file__).resolve().parents[2]
LAB = ROOT / "tests" / "engine" / "packs" / "lab"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"

UNICODE_PACK = """\
id: unicode
title: {el: 'Η "φυλακή"', uk: "В'язниця \\\\ 1"}
summary: {el: Δοκιμή., uk: Тест.}
version: "1"
format_version: 1
languages: [el, uk]
default_language: el
authors: [Tests]
minutes: 5
licence: CC-BY-4.0
rooms:
  - id: cell
    name: {el: Κελί, uk: 'Камера "1" #2'}
    exits:
      - {id: out, escape: true, label: {el: Έξοδος, uk: Вихід}}
endings:
  escaped: {title: {el: Έξω, uk: Назовні}, text: {el: Βγήκατε., uk: Ви вийшли.}}
"""


@pytest.fixture
def unicode_pack(tmp_path: Path) -> Path:
    folder = tmp_path / "unicode"
    folder.mkdir()
    (folder / "pack.yaml").write_text(UNICODE_PACK, encoding="utf-8")
    return folder


def test_dot_to_stdout_is_the_chart(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["graph", str(LAB)]) == 0
    assert capsys.readouterr().out == to_dot(build_chart(load_pack(LAB)))


def test_mermaid_to_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "lab.mmd"
    assert main(["graph", str(LAB), "--format", "mermaid", "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == to_mermaid(build_chart(load_pack(LAB)))
    assert capsys.readouterr().out == ""
    assert [p.name for p in tmp_path.iterdir()] == ["lab.mmd"], "no temporary file is left behind"


def test_out_replaces_an_existing_file(tmp_path: Path) -> None:
    out = tmp_path / "lab.dot"
    out.write_text("old", encoding="utf-8")
    assert main(["graph", str(LAB), "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("// Puzzle dependency chart of pack lab")


def test_lang_picks_the_labels(unicode_pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["graph", str(unicode_pack), "--format", "mermaid", "--lang", "uk"]) == 0
    out = capsys.readouterr().out
    assert 'room_cell[/"★ Камера #34;1#34; #35;2<br>(cell)"\\]' in out
    assert "В'язниця \\ 1" in out


def test_unknown_language_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["graph", str(LAB), "--lang", "fr"]) == 2
    assert capsys.readouterr().err == "rumours: error: the pack has no language 'fr' (it has: en, es)\n"


def test_a_broken_pack_lists_its_problems(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "pack.yaml").write_text("id: broken\ntitle: [unclosed\n", encoding="utf-8")
    assert main(["graph", str(tmp_path)]) == 1
    *problems, summary = capsys.readouterr().err.splitlines()
    assert problems and all(
        line.startswith(f"{tmp_path}/pack.yaml:2:") and ": error: " in line for line in problems
    )
    assert summary.startswith("The pack has 1 error; run 'rumours validate")


def test_a_missing_pack_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["graph", str(tmp_path / "nowhere")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("rumours: error: There is no folder or .zip file called") and "Traceback" not in err


def test_an_unwritable_out_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "no-such-folder" / "lab.dot"
    assert main(["graph", str(LAB), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"rumours: error: cannot write {out}") and err.count("\n") == 1


def test_png_needs_out(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["graph", str(LAB), "--format", "png"]) == 2
    assert "--out" in capsys.readouterr().err


def test_png_without_graphviz_says_how_to_get_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    out = tmp_path / "lab.png"
    assert main(["graph", str(LAB), "--format", "png", "--out", str(out)]) == 2
    assert capsys.readouterr().err == f"rumours: error: {NO_GRAPHVIZ}\n"
    assert not out.exists()


def test_png_without_graphviz_from_a_real_process(tmp_path: Path) -> None:
    env = {**os.environ, "PATH": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "rumours_game", "graph", str(LAB), "--format", "png", "--out", str(tmp_path / "x.png")],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=False,
    )  # fmt: skip
    assert (done.returncode, done.stdout, done.stderr) == (2, "", f"rumours: error: {NO_GRAPHVIZ}\n")


def test_png_through_graphviz_or_the_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With Graphviz on PATH a real PNG is drawn; without it, the one-line message and exit 2."""
    out = tmp_path / "lab.png"
    code = main(["graph", str(LAB), "--format", "png", "--out", str(out)])
    if shutil.which("dot"):
        assert code == 0
        assert out.read_bytes().startswith(PNG_MAGIC)
    else:
        assert code == 2
        assert capsys.readouterr().err == f"rumours: error: {NO_GRAPHVIZ}\n"


def test_graphviz_reads_the_escaped_labels(unicode_pack: Path, tmp_path: Path) -> None:
    """Graphviz itself parses the DOT of a pack with Greek and Cyrillic text, quotes and backslashes."""
    assert main(["graph", str(unicode_pack), "--lang", "uk", "--out", str(tmp_path / "u.dot")]) == 0
    dot = shutil.which("dot")
    if dot:
        svg = subprocess.run(
            [dot, "-Tsvg", str(tmp_path / "u.dot")], capture_output=True, check=True, timeout=120
        ).stdout.decode("utf-8")
        assert "Камера &quot;1&quot; #2" in svg and "В&#39;язниця \\ 1" in svg
    else:
        assert main(["graph", str(unicode_pack), "--format", "png", "--out", str(tmp_path / "u.png")]) == 2
