"""Playing a pack skips the author-only readability checks; validating runs them all; text is measured fast."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from rumours_game.pack import PackError, check_pack, load_pack
from rumours_game.pack.fontmetrics import REGULAR, metrics
from rumours_game.pack.textcheck import Layout, line_words, wrap

from .conftest import BROKEN

READABILITY = {"text-overflows", "font-missing-glyph", "target-too-small"}


@pytest.mark.parametrize("case", ["text-overflows", "target-too-small"])
def test_playing_skips_the_readability_warnings_validating_keeps_them(case: str) -> None:
    path = BROKEN / case
    assert case in {p.code for p in check_pack(path).problems}
    played = check_pack(path, author_checks=False)
    assert played.pack is not None
    assert not READABILITY & {p.code for p in played.problems}
    assert load_pack(path).id == played.pack.id


def test_playing_still_refuses_a_pack_over_the_safety_limits(valid_pack: Path) -> None:
    rooms = valid_pack / "rooms.yaml"
    long = "x" * 5000
    rooms.write_text(
        rooms.read_text().replace("name: The hall", f'name: The hall\n    description: "{long}"')
    )
    with pytest.raises(PackError) as err:
        load_pack(valid_pack)
    assert "text-too-long" in {p.code for p in err.value.problems}


def test_playing_still_refuses_a_design_error(tmp_path: Path) -> None:
    dest = tmp_path / "pack"
    shutil.copytree(BROKEN / "hidden-never-revealed", dest)
    with pytest.raises(PackError):
        load_pack(dest)


def test_a_text_is_measured_once_for_every_size() -> None:
    font = metrics(REGULAR)
    assert font is not None
    layout = Layout(font, "The archive keeps every letter the town wrote " * 20)  # words measured here
    units = sum(font.advance[ord(c)] for c in "archive")
    assert ("archive", units) in layout.paragraphs[0]
    assert font.width("archive", 22) == units * 22 / font.units_per_em
    text = "The archive keeps every letter the town wrote " * 20
    assert layout.count(22, 300) == len(wrap(font, 22, text, 300)) == len(layout.lines(22, 300))


def test_wrapping_keeps_marks_written_after_a_space_with_their_word() -> None:
    assert line_words("del 60 % al 70 %.") == ["del", "60 %", "al", "70 %."]
    assert line_words("« on le dit » : voilà ! ¿ Sí ?") == ["« on", "le", "dit » :", "voilà !", "¿ Sí ?"]
    assert line_words("  plain   words ") == ["plain", "words"]
