"""Every shipped pack works in each of its languages: coded messages decode to that language's answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from rumours_game.engine import cipher_text
from rumours_game.engine.ciphers import decode
from rumours_game.engine.normalise import normalise
from rumours_game.engine.puzzles import REGISTRY
from rumours_game.engine.rules import new_game
from rumours_game.pack import load_pack
from rumours_game.pack.i18n import tr
from rumours_game.pack.models import CipherPuzzle, TextPuzzle
from tests.conftest import shipped_packs


def _cases() -> list[tuple[Path, str]]:
    return [(p, lang) for p in shipped_packs() for lang in load_pack(p).languages]


@pytest.mark.parametrize(("pack_dir", "lang"), _cases(), ids=lambda v: getattr(v, "name", v))
def test_coded_messages_decode_to_the_answer_in_each_language(pack_dir: Path, lang: str) -> None:
    pack = load_pack(pack_dir)
    state = new_game(pack, seed=1)
    for puzzle in pack.puzzles:
        if not isinstance(puzzle, CipherPuzzle):
            continue
        answer = tr(puzzle.answer, lang, pack.default_language)
        coded = cipher_text(pack, puzzle, lang)
        assert normalise(coded) != normalise(answer), (puzzle.id, lang, "the message is not encoded")
        if puzzle.cipher.kind != "reverse":
            assert normalise(decode(coded, puzzle.cipher)) == normalise(answer), (puzzle.id, lang)
        assert REGISTRY["cipher"].check(puzzle, state, answer).verdict == "right", (puzzle.id, lang)


@pytest.mark.parametrize(("pack_dir", "lang"), _cases(), ids=lambda v: getattr(v, "name", v))
def test_typed_answers_are_listed_and_accepted_in_each_language(pack_dir: Path, lang: str) -> None:
    pack = load_pack(pack_dir)
    state = new_game(pack, seed=1)
    for puzzle in pack.puzzles:
        if isinstance(puzzle, TextPuzzle) and isinstance(puzzle.answers, dict):
            assert puzzle.answers.get(lang), (puzzle.id, f"no answers in {lang}")
            for answer in puzzle.answers[lang]:
                assert REGISTRY["text"].check(puzzle, state, answer).verdict == "right", (
                    puzzle.id,
                    lang,
                    answer,
                )
