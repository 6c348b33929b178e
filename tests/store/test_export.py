from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from rumours_game.engine import Session, action_to_dict
from rumours_game.engine.actions import Answer, Look
from rumours_game.pack import load_pack
from rumours_game.store import DB_NAME, DataError, Store, export
from rumours_game.store.columns import EXPORT_FILES, RESPONSES
from rumours_game.store.export import FORMULA_START, escape_cell
from rumours_game.store.exportread import read_export, unescape_cell
from rumours_game.store.packtexts import local_texts
from rumours_game.survey.plan import plan_items
from tests.conftest import SCENARIOS
from tests.store.helpers import TickingClock, play_session
from tests.survey.helpers import make_pack

ISSUE_COLUMNS = [
    "response_id",
    "session_id",
    "player_code",
    "kiosk_id",
    "event",
    "pack_id",
    "pack_version",
    "language",
    "item_id",
    "rumour_id",
    "phase",
    "value",
    "scale_min",
    "scale_max",
    "reverse_coded",
    "answered_at",
]


@pytest.fixture
def db(data_dir: Path) -> Path:
    store = Store.open(data_dir, clock=TickingClock())
    play_session(store, players=2, event='=HYPERLINK("http://x")')
    play_session(store, players=1, seed=3, event="youth club")
    store.close()
    return data_dir / DB_NAME


def test_responses_csv_has_exactly_the_documented_columns(db: Path, tmp_path: Path) -> None:
    counts = export(db, tmp_path / "out", "csv")
    assert counts["responses.csv"] == 24
    with (tmp_path / "out" / "responses.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ISSUE_COLUMNS
    assert all(len(r) == 16 for r in rows)
    phases = {r[10] for r in rows[1:]}
    assert phases == {"pre", "post"}
    assert {r[14] for r in rows[1:]} == {"0", "1"}
    assert all(r[15].endswith("Z") and r[15][10] == "T" for r in rows[1:])
    assert {r[9] for r in rows[1:]} == {"", "jobs", "crime"}


def test_privacy_every_export_file_holds_only_documented_columns(db: Path, tmp_path: Path) -> None:
    out, out_jsonl = tmp_path / "out", tmp_path / "out-jsonl"
    export(db, out, "csv")
    export(db, out_jsonl, "jsonl")
    documented = {spec.stem: spec.names for spec in EXPORT_FILES}
    for folder, fmt in ((out, "csv"), (out_jsonl, "jsonl")):
        names = sorted(p.name for p in folder.iterdir())
        expected = sorted([f"{stem}.{fmt}" for stem in documented] + ["data_dictionary.csv", "manifest.json"])
        assert names == expected  # and no temporary files left behind
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "out", "out-jsonl"]
    for stem, columns in documented.items():
        with (out / f"{stem}.csv").open(newline="", encoding="utf-8") as fh:
            header, *body = list(csv.reader(fh))
        assert tuple(header) == columns
        lines = (out_jsonl / f"{stem}.jsonl").read_text(encoding="utf-8").splitlines()
        assert len(lines) == len(body)
        assert all(tuple(json.loads(line)) == columns for line in lines)
    with (out / "data_dictionary.csv").open(newline="", encoding="utf-8") as fh:
        described = {(r["file"], r["column"]) for r in csv.DictReader(fh) if r["column"]}
    assert described == {(f"{stem}.*", c) for stem, cols in documented.items() for c in cols}
    forbidden = ("name", "birth", "email", "phone", "address", "text", "comment", "statement", "title")
    player_data = [spec for spec in EXPORT_FILES if not spec.pack_content]
    assert not [c for spec in player_data for c in spec.names if any(f in c for f in forbidden)]
    # the only files with text are the packs' own: every text there is the pack's, word for word
    assert {spec.stem for spec in EXPORT_FILES if spec.pack_content} == {"packs", "statements"}
    pack = make_pack()
    with (out / "statements.csv").open(newline="", encoding="utf-8") as fh:
        statements = {(r["item_id"], r["language"]): r["statement"] for r in csv.DictReader(fh)}
    own = {
        (item.id, lang): text
        for item in plan_items(pack.survey)  # type: ignore[arg-type]
        for lang, text in local_texts(item.statement, pack.default_language).items()
    }
    assert statements == own
    with (out / "packs.csv").open(newline="", encoding="utf-8") as fh:
        assert [(r["language"], r["title"]) for r in csv.DictReader(fh)] == [("en", pack.title)]


def test_text_players_type_reaches_no_export_file(data_dir: Path, tmp_path: Path) -> None:
    """Puzzle answers typed by players (anything, a name included) are in no export file, also not in the
    files that carry the pack's own texts."""
    pack = load_pack(SCENARIOS / "tutorial")
    store = Store.open(data_dir, clock=TickingClock())
    sid = store.start_session(pack, "en")
    session = Session(pack)
    for seq, action in enumerate(
        [Look("phone"), Answer("chat-message", "Maria Lopez from class 9b"), Answer("drawer-lock", "Maria")]
    ):
        session.apply(action)
        store.journal_action(sid, seq, session.log[-1].at, action_to_dict(action))
    store.end_session(sid, "quit")
    store.close()
    for fmt in ("csv", "jsonl"):
        export(data_dir / DB_NAME, tmp_path / fmt, fmt)
        for path in (tmp_path / fmt).iterdir():
            assert "Maria" not in path.read_text(encoding="utf-8"), path.name


def test_formula_characters_are_escaped_in_csv_only(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    export(db, out, "csv")
    export(db, tmp_path / "jsonl", "jsonl")
    text = (out / "responses.csv").read_text(encoding="utf-8")
    assert "'=HYPERLINK" in text and ",=HYPERLINK" not in text
    lines = (tmp_path / "jsonl" / "responses.jsonl").read_text().splitlines()
    events = {json.loads(line)["event"] for line in lines}
    assert events == {'=HYPERLINK("http://x")', "youth club"}
    back = {row.event for row in read_export(out / "responses.csv")}
    assert back == events


@pytest.mark.parametrize(
    "text", ["=1+1", "+33", "-2", "@SUM(A1)", "\tx", "plain", "'quoted", "'=x", "'", "''a", ""]
)
def test_escape_round_trip(text: str) -> None:
    escaped = escape_cell(text)
    assert not str(escaped).startswith(("=", "+", "-", "@", "\t"))
    assert unescape_cell(escaped) == text


def test_export_replaces_files_atomically(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "responses.csv").write_text("old")
    export(db, out, "csv")
    assert (out / "responses.csv").read_text().startswith("response_id,")
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def _write_csv(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([list(RESPONSES.names), *rows])


GOOD = [
    "r1",
    "s1",
    "AAA",
    "k1",
    "",
    "demo",
    "1.0",
    "en",
    "jobs",
    "jobs",
    "pre",
    "4",
    "1",
    "5",
    "0",
    "2026-01-01T10:00:00Z",
]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({10: "during"}, "phase must be"),
        ({11: "9"}, "outside the scale"),
        ({11: "four"}, "whole number"),
        ({13: "1"}, "must be bigger"),
        ({14: "2"}, "0 or 1"),
        ({15: "yesterday"}, "ISO 8601"),
        ({15: "2026-01-01T10:00:00"}, "time zone"),
        ({2: "Jane Doe"}, "not a valid id"),
        ({7: "English"}, "language"),
    ],
)
def test_bad_rows_are_reported_with_their_line(tmp_path: Path, change: dict[int, str], message: str) -> None:
    row = list(GOOD)
    for index, value in change.items():
        row[index] = value
    path = tmp_path / "responses.csv"
    _write_csv(path, [GOOD, row])
    with pytest.raises(DataError, match=f"responses.csv:3: .*{message}"):
        list(read_export(path))


def test_wrong_header_and_binary_files_are_data_errors(tmp_path: Path) -> None:
    path = tmp_path / "responses.csv"
    path.write_text("a,b\n1,2\n")
    with pytest.raises(DataError, match="first line must be the columns"):
        list(read_export(path))
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(DataError, match="not a readable CSV"):
        list(read_export(path))
    jsonl = tmp_path / "responses.jsonl"
    jsonl.write_text('{"response_id": "x"}\n')
    with pytest.raises(DataError, match="expected the keys"):
        list(read_export(jsonl))


def test_times_are_normalised_to_utc(tmp_path: Path) -> None:
    row = list(GOOD)
    row[15] = "2026-01-01T12:00:00+02:00"
    path = tmp_path / "responses.csv"
    _write_csv(path, [row])
    [parsed] = read_export(path)
    assert parsed.answered_at == "2026-01-01T10:00:00.000000Z"


@settings(max_examples=200)
@given(text=st.text())
def test_escape_round_trip_for_any_text(text: str) -> None:
    escaped = escape_cell(text)
    assert not escaped.startswith(FORMULA_START)
    assert unescape_cell(escaped) == text
