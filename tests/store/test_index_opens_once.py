"""`rumours index DB` opens and checks its database once: the report's titles and statements come from the
same snapshot as the answers (``PRAGMA quick_check`` reads the whole file: on a large database each extra
check costs a third of a second), and loads only what it needs: not pydantic, YAML, pygame, the engine or
the solver."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

import rumours_game.store.db as db
from rumours_game.cli import main
from rumours_game.cli.data_cmds import EXIT_DATA
from rumours_game.pack import load_pack
from rumours_game.store import DB_NAME, Store, export, find_source, merge
from tests.conftest import SCENARIOS
from tests.store.helpers import TickingClock, play_session


@pytest.fixture
def database(data_dir: Path) -> Path:
    store = Store.open(data_dir, clock=TickingClock())
    pack = load_pack(SCENARIOS / "tutorial")
    for seed in range(3):
        play_session(store, players=2, seed=seed, pack=pack)
    store.close()
    return data_dir / DB_NAME


class Opened:
    """Counts the integrity checks run and the connections made to database files (not to memory)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.checks = 0
        self.files = 0
        check, connect = db.check_sound, sqlite3.connect

        def counted_check(conn: sqlite3.Connection) -> str | None:
            self.checks += 1
            return check(conn)

        def counted_connect(target: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
            self.files += str(target) != ":memory:"
            return connect(target, *args, **kwargs)

        monkeypatch.setattr(db, "check_sound", counted_check)
        monkeypatch.setattr(sqlite3, "connect", counted_connect)


def _index(capsys: pytest.CaptureFixture[str], *sources: Path) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["index", *map(str, sources), "--json", "--min-cell", "5"]) == 0
    result: dict[str, Any] = json.loads(capsys.readouterr().out)
    return result


def test_the_index_of_a_database_checks_it_once_and_still_names_the_pack_and_statements(
    database: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    opened = Opened(monkeypatch)
    result = _index(capsys, database)
    assert opened.checks == 1
    assert opened.files == 2  # one connection to look at the file (its check), one to read the snapshot
    assert result["about"]["packs"][0]["title"]
    assert result["items"] and all(f["statement"] for f in result["items"].values())


def test_a_merged_database_and_an_export_beside_it_are_each_opened_once(
    database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    merged = tmp_path / "merged.db"
    merge([find_source(database)], merged)
    export(database, tmp_path / "csv", "csv")
    alone = _index(capsys, merged)
    opened = Opened(monkeypatch)
    both = _index(capsys, merged, tmp_path / "csv")
    assert opened.checks == 1
    assert both["items"] == alone["items"] and both["about"] == alone["about"]
    assert all(f["statement"] for f in both["items"].values())


def test_the_index_command_loads_no_pack_models_game_or_solver(database: Path) -> None:
    unneeded = ("pydantic", "yaml", "pygame", "rumours_game.engine", "rumours_game.analysis.explore")
    code = (
        "import sys\n"
        "from rumours_game.cli import main\n"
        f"assert main(['index', {str(database)!r}, '--min-cell', '5']) == 0\n"
        f"print(','.join(sorted(m for m in sys.modules if m.startswith({unneeded!r}))), file=sys.stderr)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip()  # the table
    assert run.stderr.strip() == "", f"rumours index loads {run.stderr.strip()}"


def test_the_check_runs_beside_the_read_and_a_damage_it_finds_discards_what_was_read(
    database: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The answers read fine, but the integrity check (on its own thread) finds the file damaged: no figures,
    the same refusal and exit status as when the check ran first."""
    threads: list[str] = []

    def damaged(conn: sqlite3.Connection) -> str:
        threads.append(threading.current_thread().name)
        return "*** in database main *** Page 7: btreeInitPage() returns error code 11"

    monkeypatch.setattr(db, "check_sound", damaged)
    capsys.readouterr()
    assert main(["index", str(database), "--json", "--min-cell", "5"]) == EXIT_DATA
    out, err = capsys.readouterr()
    assert out == ""
    assert f"the database {database} cannot be read: *** in database main *** Page 7" in err
    assert threads and threads[0] != threading.main_thread().name
    assert database.exists() and not list(database.parent.glob("*.damaged-*"))  # refused, left where it is


def test_an_index_of_a_database_with_damaged_pages_is_refused_with_what_the_check_found(
    database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Damage the read itself trips over: the check's finding is still what the user is told."""
    store = Store.open(database.parent, clock=TickingClock())
    for seed in range(30):
        play_session(store, seed=seed)
    store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    raw = bytearray(database.read_bytes())
    for start in range(2 * 4096, len(raw) - 4096, 3 * 4096):
        raw[start + 100 : start + 400] = b"\xff" * 300
    database.write_bytes(bytes(raw))
    conn = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
    found = db.check_sound(conn)
    conn.close()
    capsys.readouterr()
    assert main(["index", str(database), "--min-cell", "5"]) == EXIT_DATA
    out, err = capsys.readouterr()
    assert out == "" and found is not None
    assert f"the database {database} cannot be read: {found.splitlines()[0]}" in err
    assert database.exists() and not list(database.parent.glob("*.damaged-*"))
