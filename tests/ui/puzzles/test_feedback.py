"""Wrong and right answers are told with a shape and words (never colour or sound alone)."""

from __future__ import annotations

import pytest

from rumours_game.engine import Use
from rumours_game.ui.driver import input_script

WRONG = {
    "lock": "1234",
    "word-lock": "SUN",
    "quiz": "fact",
    "multi": ["a"],
    "timeline": ["e4", "e3", "e2", "e1"],
    "pairs": {"p1": "p2", "p2": "p1", "p3": "p3"},
    "capital": "Paris",
    "secret": "HELLO",
    "spot": [0.4, 0.4],
    "steps": ["bus", "bus", "train", "bus", "walk"],
    "light": Use("battery", "poster"),
    "power": Use("battery", "desk"),
}
MESSAGES = {
    "spot": "puzzle.search.miss",
}
COUNTED = {"timeline": "0 of 4 are right. Keep going!", "pairs": "1 of 3 are right. Keep going!"}
"""Order and match puzzles say how many places or pairs are right."""


@pytest.mark.parametrize("pid", sorted(WRONG))
def test_wrong_answer_shows_a_cross_and_words(harness, pid):
    h = harness(pid, carrying=True)
    h.post(input_script(h.widget, WRONG[pid]))
    assert not h.solved
    feedback = h.widget.feedback
    assert feedback.kind == "bad"
    if isinstance(WRONG[pid], Use):
        assert feedback.message.startswith("Using Battery on ")  # the object answers, naming both
    else:
        assert feedback.message == COUNTED.get(pid) or feedback.message == h.ctx.t(
            MESSAGES.get(pid, "puzzle.wrong")
        )
    assert feedback.message and not feedback.message.startswith("puzzle.")
    assert any(c.enabled for c in h.widget.controls), "players can try again"


def test_wrong_choice_is_marked_with_a_cross_on_the_option(harness):
    h = harness("quiz")
    h.post(input_script(h.widget, "fact"))
    assert h.widget.control("option:fact").mark == "cross"
    assert h.widget.control("option:rumour").mark == "radio"
    h.post(input_script(h.widget, "rumour"))
    assert h.widget.control("option:rumour").mark == "check"


def test_right_answer_shows_a_tick_the_success_text_and_locks(harness):
    h = harness("quiz")
    h.post(input_script(h.widget, "rumour"))
    assert h.widget.feedback.kind == "good"
    assert h.widget.feedback.message == f"{h.ctx.t('puzzle.right')} Well busted!"
    before = list(h.actions)
    h.post(input_script(h.widget, "fact"))
    assert h.actions == before, "a solved puzzle takes no more answers"


def test_search_marks_found_targets_with_their_name(harness):
    h = harness("spot", lang="uk")
    h.post(input_script(h.widget, [0.15, 0.15]))
    assert h.widget.found == {"t1"}
    assert h.widget.feedback.message == h.ctx.t("puzzle.search.found", name="Газета")
    assert "1" in h.ctx.t("puzzle.search.progress", found=1, total=3)


def test_cipher_key_shows_only_with_the_key_item(harness):
    without = harness("secret").widget
    assert without.view.needs_item is not None and without.view.pairs == ()
    with_key = harness("secret", carrying=True).widget
    assert with_key.view.needs_item is None and with_key.view.pairs


def test_a_widget_built_for_a_solved_puzzle_shows_it_solved(harness):
    h = harness("lock")
    h.post(input_script(h.widget, "1951"))
    rebuilt = type(h.widget)(h.ctx, h.rect, h.puzzle)
    assert rebuilt.solved and rebuilt.feedback.kind == "good"
    assert not rebuilt.focus_order()


def test_typing_after_a_wrong_answer_clears_the_cross(harness):
    h = harness("capital")
    h.post(input_script(h.widget, "Paris"))
    assert h.widget.feedback.kind == "bad"
    h.widget.on_text("x")
    assert h.widget.feedback.kind is None


def test_update_asks_for_redraws_only_while_something_moves(harness):
    h = harness("lock")
    assert h.widget.update(1 / 60) is False
    h.widget.on_events([])
    h.widget.feedback.show("bad", "x")
    assert h.widget.update(0.1) is True
    assert h.widget.update(1.0) is True  # the frame that settles the shake
    assert h.widget.update(1 / 60) is False


SOLVED_VIEW = {
    "lock": ("value", "1951"),
    "quiz": ("chosen", {"rumour"}),
    "multi": ("chosen", {"a", "c"}),
    "timeline": ("order", ["e1", "e2", "e3", "e4"]),
    "pairs": ("pairs", {"p1": "p1", "p2": "p2", "p3": "p3"}),
}


@pytest.mark.parametrize("pid", sorted(SOLVED_VIEW))
def test_a_rebuilt_solved_widget_shows_the_answer_that_solved_it(harness, pid):
    from .test_solve import values

    h = harness(pid)
    for value in values(pid):
        h.post(input_script(h.widget, value))
    assert h.solved
    rebuilt = type(h.widget)(h.ctx, h.rect, h.puzzle)
    attribute, expected = SOLVED_VIEW[pid]
    assert getattr(rebuilt, attribute) == expected
