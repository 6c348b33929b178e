"""The survey and index packages stay pure: importing them loads neither pygame nor sqlite3."""

from __future__ import annotations

import subprocess
import sys


def test_survey_and_index_load_no_pygame_and_no_sqlite3() -> None:
    code = (
        "import sys, rumours_game.survey, rumours_game.index, rumours_game.index.report\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in {'pygame', 'pygame_gui', 'sqlite3', '_sqlite3'}"
        " or m.startswith(('rumours_game.store', 'rumours_game.ui', 'rumours_game.kiosk')))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
