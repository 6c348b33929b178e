"""Nothing is written through a link, onto a device, or outside the data folder (findings 2 and 5 of issue 14)."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from rumours_game.atomic import TEMP_PREFIX, RefusedTarget, atomic_file, remove_stale_temporaries
from rumours_game.cli import main
from rumours_game.crashlog import KEEP, write_crash_log
from rumours_game.store import Store
from tests.store.helpers import play_session


def test_a_link_is_never_written_through(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    link = tmp_path / "report.html"
    link.symlink_to(victim)
    with pytest.raises(RefusedTarget, match="link"), atomic_file(link) as fh:
        fh.write("overwritten")
    assert victim.read_text() == "precious" and link.is_symlink()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(TEMP_PREFIX)]


@pytest.mark.parametrize("target", ["/dev/null", "fifo", "folder"])
def test_a_device_pipe_or_folder_is_never_replaced(tmp_path: Path, target: str) -> None:
    if target == "fifo":
        path = tmp_path / "fifo"
        os.mkfifo(path)
    elif target == "folder":
        path = tmp_path / "folder"
        path.mkdir()
    else:
        path = Path(target)
    kind = os.stat(path).st_mode
    with pytest.raises(RefusedTarget, match="left as it is"), atomic_file(path, "wb") as fh:
        fh.write(b"x")
    assert os.stat(path).st_mode == kind


def test_a_report_onto_a_special_file_is_refused_with_a_message(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = Store.open(data_dir)
    play_session(store)
    store.close()
    fifo = tmp_path / "report.html"  # stands for /dev/null, which root used to replace with a file
    os.mkfifo(fifo)
    code = main(["--data-dir", str(data_dir), "index", "--report", str(fifo)])
    err = capsys.readouterr().err
    assert code == 2 and "left as it is" in err and "Traceback" not in err
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_stale_temporaries_are_cleaned(tmp_path: Path) -> None:
    with atomic_file(tmp_path / "kept.csv") as fh:
        fh.write("a")
    stale = tmp_path / f"{TEMP_PREFIX}export.csv.abc.tmp"
    stale.write_text("half")
    fresh = tmp_path / f"{TEMP_PREFIX}other.csv.def.tmp"
    fresh.write_text("being written")
    old = datetime.now(UTC).timestamp() - 3600
    os.utime(stale, (old, old))
    assert remove_stale_temporaries(tmp_path) == 1
    assert not stale.exists() and fresh.exists() and (tmp_path / "kept.csv").read_text() == "a"


def test_crash_logs_live_in_the_data_folder_under_fresh_names(tmp_path: Path) -> None:
    planted = tmp_path / "logs"
    planted.mkdir()
    victim = tmp_path / "victim"
    victim.write_text("precious")
    start = datetime(2026, 3, 5, 10, 0, tzinfo=UTC)
    paths = [write_crash_log(tmp_path, f"trace {n}", start + timedelta(seconds=n)) for n in range(KEEP + 5)]
    assert all(p.parent == planted for p in paths) and len(set(paths)) == len(paths)
    kept = sorted(planted.glob("crash-*.log"))
    assert kept == paths[-KEEP:]  # rotation keeps the newest
    assert victim.read_text() == "precious"


def test_a_planted_link_at_the_crash_log_name_is_not_followed(tmp_path: Path) -> None:
    moment = datetime(2026, 3, 5, 10, 0, tzinfo=UTC)
    (tmp_path / "logs").mkdir()
    victim = tmp_path / "victim"
    victim.write_text("precious")
    name = f"crash-{moment.strftime('%Y%m%dT%H%M%S%f')}Z-{os.getpid()}.log"
    (tmp_path / "logs" / name).symlink_to(victim)
    with pytest.raises(OSError):
        write_crash_log(tmp_path, "trace", moment)
    assert victim.read_text() == "precious"
