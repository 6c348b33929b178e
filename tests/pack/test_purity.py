"""Importing and using the pack package loads neither pygame nor sqlite3."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_pack_imports_no_pygame_or_sqlite() -> None:
    code = (
        "import sys, rumours_game.pack as p; p.check_pack(sys.argv[1]); "
        "bad = [m for m in ('pygame', 'sqlite3', '_sqlite3') if m in sys.modules]; print(bad); sys.exit(bool(bad))"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, str(ROOT / "tests" / "pack" / "valid" / "minimal")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stdout + run.stderr
