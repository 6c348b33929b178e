"""docs/facts.md is the fact sheet authors use: every source a shipped pack cites is on it."""

from __future__ import annotations

import re

import pytest

from rumours_game.pack import load_pack
from tests.conftest import ROOT, shipped_packs

SHEET = (ROOT / "docs" / "facts.md").read_text(encoding="utf-8")
SOURCES = [line.split("source:", 1)[1] for line in SHEET.splitlines() if "source:" in line]


def _words(text: str) -> set[str]:
    """The distinctive words of a citation (4 letters or more, no bare numbers)."""
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) >= 4 and not w.isdigit()}


def on_sheet(publisher: str, title: str, year: int) -> bool:
    """True when a source line of the sheet names this source: two of its distinctive words (or all, when it
    has fewer), and its year unless the line gives none."""
    words = _words(f"{publisher} {title}")
    for line in SOURCES:
        years = re.findall(r"\b(?:19|20)\d\d\b", line)
        if years and str(year) not in line:
            continue
        if len(words & _words(line)) >= min(2, len(words)):
            return True
    return False


@pytest.mark.parametrize("pack_dir", shipped_packs(), ids=lambda p: p.name)
def test_every_cited_source_is_on_the_sheet(pack_dir):
    pack = load_pack(pack_dir)
    missing = [
        f"{f.source.publisher}, {f.source.title}, {f.source.year}"
        for r in pack.rumours
        for f in r.facts
        if not on_sheet(f.source.publisher, f.source.title, f.source.year)
    ]
    assert missing == []


def test_a_source_not_on_the_sheet_is_caught():
    assert on_sheet("OECD", "International Migration Outlook 2021, chapter 4", 2021)
    assert not on_sheet("Daily Rumour", "What my uncle said", 2021)
    assert not on_sheet("OECD", "International Migration Outlook 2021, chapter 4", 1999)
