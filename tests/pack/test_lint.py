"""Translation checks reach every nested text and name the file, line and language."""

from __future__ import annotations

from pathlib import Path

from rumours_game.pack import check_pack


def _edit(pack: Path, name: str, old: str, new: str) -> None:
    text = (pack / name).read_text()
    assert old in text
    (pack / name).write_text(text.replace(old, new, 1))


def test_missing_translations_in_nested_texts(valid_pack: Path) -> None:
    _edit(valid_pack, "pack.yaml", "languages: [en]", "languages: [en, es]")
    translated = {
        "pack.yaml": ["title: A test pack", "summary: One room", "title: You escaped", "text: Well done."],
        "rooms.yaml": ["name: The hall", "name: A desk", "name: A key"],
        "puzzles.yaml": ["statement: They", "- text: Hundreds", "title: The lock", "prompt: Type"],
    }
    for name, starts in translated.items():
        for start in starts:
            key = start.split(":")[0]
            _edit(valid_pack, name, start, f"{key}: {{en: x, es: y}} # ")
    _edit(
        valid_pack,
        "puzzles.yaml",
        "    rewards:",
        "    hints:\n      - text: {en: Look closer}\n    rewards:",
    )
    _edit(
        valid_pack,
        "pack.yaml",
        "endings:",
        "strings:\n  en: {ok: OK, back: Back}\n  es: {ok: Vale}\nendings:",
    )
    found = [(p.file, p.line, p.message) for p in check_pack(valid_pack).problems]
    assert found == [
        ("pack.yaml", 14, "'strings' has 'back' in another language but not in 'es'."),
        ("puzzles.yaml", 19, "This text has no 'es' translation."),
    ]


def test_scale_labels_are_checked(valid_pack: Path) -> None:
    survey = "survey:\n  scale:\n    anchors:\n      1: {en: No}\n      5: Yes\n  items:\n    - {id: s1, statement: x}\n"
    (valid_pack / "survey.yaml").write_text(survey)
    _edit(valid_pack, "pack.yaml", "languages: [en]", "languages: [en, fr]")
    lines = {(p.file, p.line) for p in check_pack(valid_pack).problems if p.code == "missing-translation"}
    assert {("survey.yaml", 4), ("survey.yaml", 5), ("survey.yaml", 7)} <= lines


def test_shape_errors_show_the_expected_form() -> None:
    from rumours_game.pack import check_pack
    from tests.pack.conftest import BROKEN

    [problem] = check_pack(BROKEN / "list-where-mapping-belongs").problems
    assert problem.code == "wrong-type"
    assert problem.message.endswith(
        "It should look like this:\n    rect:\n      {x: 0.1, y: 0.5, w: 0.2, h: 0.2}"
    )
    top = [p for p in check_pack(BROKEN / "wrong-type-top-list").problems if p.code == "wrong-type"]
    assert (
        top
        and "It should look like this:\n    items:\n      - {id: key, name: A small key}" in top[0].message
    )
