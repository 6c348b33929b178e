"""The report names the pack (title, version, content hash) and shows every statement in full, in --lang
with the pack's default language as fallback, from a database, an export, a merged database, an old
export (texts taken from --pack) and an old database alike."""

from __future__ import annotations

import csv
import html
import json
import re
import sqlite3
from pathlib import Path

import pytest

from rumours_game.cli import main
from rumours_game.pack import load_pack
from rumours_game.pack.digest import content_hash
from rumours_game.store import DB_NAME, Store, export
from rumours_game.store.columns import EXPORT_FILES
from rumours_game.store.export import write_atomic
from rumours_game.store.manifest import MANIFEST_NAME, manifest
from rumours_game.store.packtexts import PackTexts
from rumours_game.store.schema import MIGRATIONS, SCHEMA_VERSION
from tests.conftest import SCENARIOS
from tests.store.helpers import TickingClock, play_session

TUTORIAL = SCENARIOS / "tutorial"
ES_TITLE = "Tutorial: El estudio de radio"
ES_STATEMENT = "La mayoría de los refugiados del mundo van a países ricos."
EN_STATEMENT = "Most of the world's refugees go to rich countries."


@pytest.fixture(scope="module")
def tutorial():  # type: ignore[no-untyped-def]
    return load_pack(TUTORIAL)


@pytest.fixture
def db(data_dir: Path, tutorial) -> Path:  # type: ignore[no-untyped-def]
    store = Store.open(data_dir, clock=TickingClock())
    for seed in range(3):
        play_session(store, players=2, seed=seed, pack=tutorial)
    store.close()
    return data_dir / DB_NAME


def _index(capsys: pytest.CaptureFixture[str], *args: str) -> dict:  # type: ignore[type-arg]
    capsys.readouterr()
    assert main(["index", *args, "--json", "--min-cell", "5"]) == 0
    return json.loads(capsys.readouterr().out)


def _refugees(result: dict) -> str | None:  # type: ignore[type-arg]
    [item] = [f for f in result["items"].values() if f["item_id"] == "s-rich-countries"]
    return item["statement"]


def test_an_export_carries_the_title_and_statements_to_every_report(
    db: Path, tmp_path: Path, tutorial, capsys: pytest.CaptureFixture[str]
) -> None:
    export(db, tmp_path / "csv", "csv")
    export(db, tmp_path / "jsonl", "jsonl")
    from_db = _index(capsys, str(db), "--lang", "es")
    for folder in ("csv", "jsonl"):
        result = _index(capsys, str(tmp_path / folder), "--lang", "es")
        assert result["about"] == from_db["about"]
        assert {k: f["statement"] for k, f in result["items"].items()} == {
            k: f["statement"] for k, f in from_db["items"].items()
        }
    [pack] = from_db["about"]["packs"]
    assert pack == {"pack": "tutorial", "version": tutorial.version, "title": ES_TITLE, "title_lang": "es",
                    "hashes": [content_hash(tutorial)]}  # fmt: skip
    assert _refugees(from_db) == ES_STATEMENT
    assert all(f["statement"] for f in from_db["items"].values())
    # German: the tutorial has no German statements, so the default language (English) is shown
    assert _refugees(_index(capsys, str(tmp_path / "csv"), "--lang", "de")) == EN_STATEMENT
    report = tmp_path / "report.html"
    assert (
        main(["index", str(tmp_path / "csv"), "--lang", "es", "--min-cell", "5", "--report", str(report)])
        == 0
    )
    text = capsys.readouterr().out
    assert ES_TITLE in text and ES_STATEMENT in text and content_hash(tutorial)[:12] in text
    page = report.read_text(encoding="utf-8")
    assert page.startswith('<!DOCTYPE html><html lang="en">')  # the report's own words are English
    assert f'<h1>Anti-rumours progress index: <span lang="es">{ES_TITLE}</span></h1>' in page
    assert f'<span class="statement" lang="es">{ES_STATEMENT}</span>' in page
    assert content_hash(tutorial)[:12] in page
    assert (
        main(["index", str(tmp_path / "csv"), "--lang", "de", "--min-cell", "5", "--report", str(report)])
        == 0
    )
    escaped = html.escape(EN_STATEMENT)
    assert f'<span class="statement" lang="en">{escaped}</span>' in report.read_text(encoding="utf-8")


def test_merging_exports_keeps_the_texts(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export(db, tmp_path / "out", "csv")
    merged = tmp_path / "merged.db"
    assert main(["merge", str(tmp_path / "out"), "--out", str(merged)]) == 0
    assert main(["merge", str(tmp_path / "out"), "--out", str(merged)]) == 0  # again: nothing changes
    result = _index(capsys, str(merged), "--lang", "es")
    assert result["about"]["packs"][0]["title"] == ES_TITLE and _refugees(result) == ES_STATEMENT


def _old_export(db: Path, out: Path) -> None:
    """An export as earlier versions wrote it: no packs or statements file."""
    counts = export(db, out, "csv")
    for name in ("packs.csv", "statements.csv"):
        (out / name).unlink()
        del counts[name]
    listing = manifest(out, {**counts, "data_dictionary.csv": 0})
    write_atomic(out / MANIFEST_NAME, lambda fh: fh.write(json.dumps(listing)))


def test_an_old_export_reads_as_before_and_takes_the_texts_from_the_pack(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _old_export(db, tmp_path / "old")
    before = _index(capsys, str(tmp_path / "old"), "--lang", "es")
    assert before["about"]["packs"][0]["title"] is None and _refugees(before) is None
    after = _index(capsys, str(tmp_path / "old"), "--lang", "es", "--pack", str(TUTORIAL))
    assert after["about"]["packs"][0]["title"] == ES_TITLE and _refugees(after) == ES_STATEMENT
    assert {k: v for k, v in after.items() if k not in ("items", "about")} == {
        k: v for k, v in before.items() if k not in ("items", "about")
    }  # the figures do not change


def test_a_pack_fills_in_only_the_same_version_and_unchanged_statements(tutorial) -> None:  # type: ignore[no-untyped-def]
    key = ("tutorial", tutorial.version, "s-rich-countries")
    texts = PackTexts()
    assert texts.add_pack(tutorial, {key: "0123456789abcdef"}) > 0  # the recorded statement was another
    assert texts.statement(*key, "es") is None and texts.title("tutorial", tutorial.version, "es") == ES_TITLE
    other = PackTexts()
    other.add_pack(tutorial.model_copy(update={"version": "9.9"}))
    assert other.statement(*key, "es") is None and other.statement(
        "tutorial", "9.9", "s-rich-countries", "es"
    )


def test_a_database_of_schema_3_opens_and_its_report_names_the_pack(
    data_dir: Path, tmp_path: Path, tutorial, capsys: pytest.CaptureFixture[str]
) -> None:
    old = data_dir / DB_NAME
    conn = sqlite3.connect(old, isolation_level=None)
    conn.executescript("".join(MIGRATIONS[:3]) + "PRAGMA user_version = 3;")
    conn.close()
    store = Store.open(data_dir, clock=TickingClock())
    assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    store._conn.execute("DELETE FROM packs")  # as if the sessions had been recorded by schema 3
    for seed in range(3):
        play_session(store, players=2, seed=seed, pack=tutorial)
    store._conn.execute("DELETE FROM packs")
    store.close()
    result = _index(capsys, str(data_dir), "--lang", "es")
    assert result["about"]["packs"][0]["title"] is None and _refugees(result) == ES_STATEMENT
    result = _index(capsys, str(data_dir), "--lang", "es", "--pack", str(TUTORIAL))
    assert result["about"]["packs"][0]["title"] == ES_TITLE


@pytest.mark.parametrize(
    ("name", "row"),
    [
        ("statements", ["tutorial", "1.0.0", "s-numbers", "en", "x" * 4001]),
        ("statements", ["tutorial", "1.0.0", "s-numbers", "english", "Text"]),
        ("statements", ["tutorial", "1.0.0", "s-numbers", "en", "   "]),
        ("statements", ["tutorial", "1.0.0", "s-numbers", "en", "two\nlines"]),
        ("packs", ["tutorial", "1.0.0", "en", "en", "Title\x1b[31m"]),
        ("puzzles", ["s1", "chat-message", "-5", "", "0", "0"]),
        ("puzzles", ["s1", "chat message", "1", "2", "0", "0"]),
        ("puzzles", ["s1", "chat-message", "1", "2", "many", "0"]),
    ],
)
def test_hostile_pack_text_and_play_rows_are_refused_with_their_line(
    db: Path, tmp_path: Path, name: str, row: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    counts = export(db, out, "csv")
    [spec] = [spec for spec in EXPORT_FILES if spec.stem == name]
    with (out / f"{name}.csv").open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([spec.names, row])
    write_atomic(
        out / MANIFEST_NAME,
        lambda fh: fh.write(json.dumps(manifest(out, {**counts, "data_dictionary.csv": 0}))),
    )
    command = ["stats", str(out)] if name == "puzzles" else ["index", str(out)]
    assert main(command) == 1
    err = capsys.readouterr().err
    assert re.search(rf"{name}\.csv:[23]: ", err) and "Traceback" not in err  # a quoted line break: line 3
    assert main(["merge", str(out), "--out", str(tmp_path / "merged.db")]) == 1
    assert re.search(rf"{name}\.csv:[23]: ", capsys.readouterr().err)
