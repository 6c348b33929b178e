"""Every shipped pack: each walkthrough reaches its ending, with a whole-playthrough transcript (ink-style).

The transcripts live in tests/engine/transcripts/. After a deliberate change to a pack, regenerate them with
`UPDATE_TRANSCRIPTS=1 .venv/bin/python -m pytest tests/engine/test_shipped_packs.py` and read the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from rumours_game.analysis import run_walkthrough
from rumours_game.pack import load_pack
from tests.conftest import shipped_packs

TRANSCRIPTS = Path(__file__).parent / "transcripts"
CASES = [(p, w.name) for p in shipped_packs() for w in load_pack(p).walkthroughs]


@pytest.mark.parametrize(("pack_dir", "name"), CASES, ids=[f"{p.name}-{n}" for p, n in CASES])
def test_walkthrough_transcript(pack_dir: Path, name: str) -> None:
    pack = load_pack(pack_dir)
    walkthrough = next(w for w in pack.walkthroughs if w.name == name)
    run = run_walkthrough(pack, walkthrough)
    assert run.ok, run.problem
    text = "\n".join(run.transcript) + "\n"
    golden = TRANSCRIPTS / f"{pack_dir.name}-{name}.txt"
    if os.environ.get("UPDATE_TRANSCRIPTS"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_every_shipped_pack_has_a_walkthrough_that_escapes() -> None:
    for pack_dir in shipped_packs():
        assert any(w.ending == "escaped" for w in load_pack(pack_dir).walkthroughs), pack_dir.name
