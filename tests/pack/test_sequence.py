"""A sequence lock's model says in plain words when its answer presses a button it does not have."""

from __future__ import annotations

from pathlib import Path

from rumours_game.pack import check_pack

BAD = """puzzles:
  - id: lift
    type: sequence
    title: "The lift"
    prompt: "Press the floors."
    buttons: [{id: up, text: Up}, {id: down, text: Down}]
    answer: [up, sideways]
"""


def test_an_answer_pressing_an_unknown_button_is_explained(valid_pack: Path) -> None:
    (valid_pack / "lift.yaml").write_text(BAD, encoding="utf-8")
    errors = [p for p in check_pack(valid_pack).problems if p.severity == "error"]
    assert len(errors) == 1
    assert errors[0].file.endswith("lift.yaml") and errors[0].line >= 1
    assert (
        "the answer presses 'sideways', which is not a button here (the buttons: up, down)"
        in errors[0].message
    )


def test_two_buttons_with_one_id_are_explained(valid_pack: Path) -> None:
    text = BAD.replace("{id: down, text: Down}", "{id: up, text: Down}").replace("sideways", "up")
    (valid_pack / "lift.yaml").write_text(text, encoding="utf-8")
    errors = [p.message for p in check_pack(valid_pack).problems if p.severity == "error"]
    assert any("two buttons have the id 'up'" in m for m in errors), errors
