"""The kiosk build end to end (slow: PyInstaller): build the onedir app for the tutorial pack, which runs
its self-test; run it headless through the tutorial's walkthrough with a temporary data folder (its bundled
pack is the default PACK) and check the database holds the session; its file list is sorted and complete."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from ..ui.helpers import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import build_kiosk


@pytest.mark.slow
def test_the_built_app_self_tests_and_plays_the_walkthrough_into_its_database(tmp_path):
    out = tmp_path / "dist"
    code = build_kiosk.main(["--pack", str(ROOT / "scenarios" / "tutorial"), "--onedir", "--out", str(out),
                             "--work", str(tmp_path / "work")])  # fmt: skip
    assert code == 0, "built and self-tested"
    program = build_kiosk.executable(out, onefile=False)
    listing = (out / "rumours-kiosk.files.txt").read_text(encoding="utf-8").splitlines()
    assert listing == sorted(listing) == build_kiosk.app_files(out, False)
    assert not [f for f in listing if "scipy" in f or "numpy" in f or "pytest" in f or "NotoSansSC" in f]
    assert build_kiosk.size_mb(out, False) <= 80
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
    data = tmp_path / "data"
    run = subprocess.run([str(program), "--data-dir", str(data), "play", "--headless", "--walkthrough"],
                         capture_output=True, text=True, env=env, timeout=300)  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    assert "ended 'escaped' as declared" in run.stdout
    conn = sqlite3.connect(data / "rumours.db")
    try:
        sessions = conn.execute("SELECT pack_id, ending FROM sessions").fetchall()
        answers = conn.execute("SELECT count(*) FROM responses").fetchone()[0]
    finally:
        conn.close()
    assert sessions == [("tutorial", "escaped")] and answers > 0
    assert not list(program.parent.glob("*.db")), "nothing written next to the executable"
