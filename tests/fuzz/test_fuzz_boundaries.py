"""No traceback and no hang at any boundary: the pack loader (random bytes and mutations of a real pack),
kiosk.yaml, CSV/JSONL merge input, command-line arguments and text-play input."""

from __future__ import annotations

import contextlib
import io
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from rumours_game.cli import main
from rumours_game.kiosk.config import parse_config
from rumours_game.pack import check_pack
from rumours_game.store import DataError, StoreError, find_source, merge
from rumours_game.store.columns import RESPONSES
from rumours_game.survey import MemorySink
from rumours_game.text.app import run_text
from tests.conftest import SCENARIOS
from tests.fuzz.conftest import FUZZ, watchdog
from tests.pack.conftest import VALID

TUTORIAL = SCENARIOS / "tutorial"
NASTY = st.sampled_from(
    [
        "",
        "0",
        "-1",
        "9" * 5000,
        "\x00",
        "\x1b[2J",
        "\ud800",
        "../../x",
        "a\nb",
        "€",
        "x" * 300,
        "{{",
        "[[[[",
        "*a",
        "&a",
    ]
)
TEXT = st.one_of(NASTY, st.text(max_size=40))
LINES = [line for f in sorted(VALID.glob("*.yaml")) for line in f.read_text(encoding="utf-8").splitlines()]


def _pack_copy(tmp: Path) -> Path:
    dest = tmp / "pack"
    shutil.copytree(VALID, dest)
    return dest


@FUZZ
@given(
    name=st.sampled_from(["pack.yaml", "rooms.yaml", "extra.yaml", "assets/a.png"]),
    raw=st.binary(max_size=2000),
)
def test_pack_loader_survives_random_bytes(name: str, raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp, watchdog():
        pack = _pack_copy(Path(tmp))
        (pack / name).parent.mkdir(parents=True, exist_ok=True)
        (pack / name).write_bytes(raw)
        result = check_pack(pack)
        assert result.ok or result.problems


MUTATION = st.tuples(
    st.sampled_from(["delete", "duplicate", "replace-value", "insert", "indent"]),
    st.integers(min_value=0, max_value=len(LINES) - 1),
    TEXT,
)


@FUZZ
@given(st.lists(MUTATION, min_size=1, max_size=6))
def test_pack_loader_survives_mutated_yaml(mutations: list[tuple[str, int, str]]) -> None:
    files = {f.name: f.read_text(encoding="utf-8").splitlines() for f in sorted(VALID.glob("*.yaml"))}
    names = sorted(files)
    for op, at, text in mutations:
        lines = files[names[at % len(names)]]
        i = at % max(1, len(lines))
        if not lines:
            continue
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "replace-value":
            key = lines[i].split(":", 1)[0]
            lines[i] = f"{key}: {text}"
        elif op == "insert":
            lines.insert(i, text)
        else:
            lines[i] = "  " + lines[i]
    with tempfile.TemporaryDirectory() as tmp, watchdog():
        pack = Path(tmp) / "pack"
        pack.mkdir()
        for name, lines in files.items():
            (pack / name).write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
        result = check_pack(pack)
        assert result.ok or result.problems


KIOSK_KEYS = ["pack", "language", "idle", "display", "export", "event", "pin", "seconds", "warn", "attract"]


@FUZZ
@given(st.one_of(st.binary(max_size=500), st.lists(st.tuples(st.sampled_from(KIOSK_KEYS), TEXT), max_size=6)))
def test_kiosk_config_survives_random_input(data: bytes | list[tuple[str, str]]) -> None:
    raw = (
        data
        if isinstance(data, bytes)
        else "".join(f"{k}: {v}\n" for k, v in data).encode("utf-8", "surrogatepass")
    )
    with watchdog():
        config, problems = parse_config(raw, "kiosk.yaml")
    assert (config is None) == bool(problems)


ROW = st.lists(TEXT, min_size=len(RESPONSES.names) - 2, max_size=len(RESPONSES.names) + 1)


@FUZZ
@given(st.lists(ROW, max_size=4), st.sampled_from(["csv", "jsonl"]), st.booleans())
def test_merge_input_survives_random_csv_and_jsonl(rows: list[list[str]], fmt: str, header: bool) -> None:
    import csv
    import json

    with tempfile.TemporaryDirectory() as tmp, watchdog():
        folder = Path(tmp) / "export"
        folder.mkdir()
        path = folder / f"responses.{fmt}"
        with path.open("w", encoding="utf-8", newline="", errors="surrogatepass") as fh:
            if fmt == "csv":
                writer = csv.writer(fh)
                if header:
                    writer.writerow(RESPONSES.names)
                writer.writerows(rows)
            else:
                for row in rows:
                    fh.write(json.dumps(dict(zip(RESPONSES.names, row, strict=False))) + "\n")
        with contextlib.suppress(DataError, StoreError):  # refused with a message: fine
            merge([find_source(path)], Path(tmp) / "merged.db")


COMMANDS = [
    ["validate"], ["info"], ["check"], ["schema"], ["graph"], ["export", "--out"], ["merge", "--out"], ["index"],
    ["play", "--text"], ["new"],
]  # fmt: skip
OPTIONS = st.sampled_from(
    ["--json", "--lang", "--by", "--format", "--size", "--report", "--max-states", "-h"]
)


@FUZZ
@given(
    command=st.sampled_from(COMMANDS),
    extra=st.lists(st.one_of(OPTIONS, TEXT, st.just(str(TUTORIAL))), max_size=4),
)
def test_cli_arguments_never_crash(
    command: list[str], extra: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with tempfile.TemporaryDirectory() as tmp, watchdog():
        monkeypatch.chdir(tmp)
        monkeypatch.setattr("sys.stdin", io.StringIO(""))
        args = ["--data-dir", str(Path(tmp) / "data"), *command, *extra]
        try:
            code = main(args)
        except SystemExit as stop:  # argparse: usage errors and --help
            code = stop.code if isinstance(stop.code, int) else 2
        err = capsys.readouterr().err
    assert code != 3 and "Traceback" not in err, (args, err)


@FUZZ
@given(
    st.lists(
        st.one_of(TEXT, st.sampled_from(["1", "2", "3", "look phone", "help", "hint", "inventory"])),
        max_size=30,
    )
)
def test_text_play_survives_random_input(lines: list[str]) -> None:
    stdin = io.StringIO("\n".join(line.replace("\ud800", "?") for line in lines) + "\n")
    out = io.StringIO()
    with watchdog():
        code = run_text(TUTORIAL, "en", None, stdin, out, sink=MemorySink(), seed=1, clock=lambda: 0.0)
    assert code == 0
    assert "\x1b" not in out.getvalue()
