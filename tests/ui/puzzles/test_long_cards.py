"""List-like widgets with long cards at 1280x720 with large text, in the puzzle view's own box: every card's
text stays at the readable size and fits, the widget makes room (taller cards, the Check button moved beside
the banner) instead of shrinking or overflowing (issue 8; Spanish large text once overflowed the match
puzzle)."""

from __future__ import annotations

import copy

import pytest

from rumours_game.engine import Answer
from rumours_game.pack.models import Pack
from rumours_game.ui.driver import input_script
from rumours_game.ui.puzzles import WIDGETS

from ..helpers import unreadable
from .conftest import PACK
from .test_screens import assert_tidy
from .test_solve import values

LONG = "Los trabajadores locales poco cualificados pasaron a empleos menos manuales y ganaron más"
MEDIUM = "Los migrantes fueron alrededor del 70 % del aumento de la mano de obra"
PLACE = "Dinamarca, pueblos que acogieron refugiados (1991-2008)"
MATCHES = {
    "one long card (the Spanish rota)": [(PLACE, LONG), (PLACE, MEDIUM), (PLACE, MEDIUM)],
    "every card long": [(LONG, LONG)] * 3,
    "four pairs, long on both sides": [(LONG, MEDIUM), (MEDIUM, LONG), (PLACE, LONG), (LONG, PLACE)],
}
LISTS = {  # puzzle id in the test pack: its list of texts, each made long
    "quiz": ("options", f"{LONG}; {MEDIUM}."),
    "multi": ("options", f"{LONG}; {PLACE}."),
    "timeline": ("entries", LONG),
}


def long_puzzle(harness, pid: str, edit, solved: bool = False):
    """The test pack's puzzle ``pid`` changed by ``edit(puzzle_data)``, laid out in the puzzle view's box
    (below a two-line prompt) with large text and the interface in Spanish."""
    data = copy.deepcopy(PACK)
    edit(next(p for p in data["puzzles"] if p["id"] == pid))
    h = harness(pid, lang="es", large_text=True)
    if solved:
        h.ctx.session.apply(Answer(pid, values(pid)[-1]))
        assert h.solved
    h.puzzle = Pack.model_validate(data).puzzle(pid)
    h.rect = h.ctx.rect(40, 200, 1200, 512)
    h.ctx.text_log.take()
    h.widget = WIDGETS[h.puzzle.type](h.ctx, h.rect, h.puzzle)
    return h


def long_match(harness, pairs: list[tuple[str, str]], solved: bool = False):
    def edit(puzzle: dict) -> None:
        ids = [p["id"] for p in puzzle["pairs"]] + [f"p{i}" for i in range(4, len(pairs) + 1)]
        puzzle["pairs"] = [{"id": i, "left": a, "right": b} for i, (a, b) in zip(ids, pairs, strict=False)]

    return long_puzzle(harness, "pairs", edit, solved)


def long_list(harness, pid: str, solved: bool = False):
    field, text = LISTS[pid]

    def edit(puzzle: dict) -> None:
        for n, item in enumerate(puzzle[field]):
            item["text"] = f"{n + 1}. {text}"

    return long_puzzle(harness, pid, edit, solved)


def assert_readable(h) -> None:
    assert_tidy(h)
    h.render()
    assert h.ctx.fonts.overflows == []
    assert unreadable(h.ctx.text_log.take(), h.puzzle.type, h.ctx.layout.scale, large=True) == []
    for control in h.widget.controls:
        assert not control.rect.colliderect(h.widget.feedback.rect), control.key


@pytest.mark.parametrize("case", sorted(MATCHES))
def test_long_match_cards_get_room_instead_of_overflowing(harness, case):
    assert_readable(long_match(harness, MATCHES[case]))


@pytest.mark.parametrize("pid", sorted(LISTS))
def test_long_options_and_entries_get_room_instead_of_overflowing(harness, pid):
    h = long_list(harness, pid)
    assert_readable(h)
    h.widget.feedback.show("info", "Primero elige una respuesta.")
    assert_readable(h)


@pytest.mark.parametrize("pid", ["pairs", *sorted(LISTS)])
def test_when_the_cards_need_the_body_the_check_button_sits_beside_the_banner(harness, pid):
    h = long_match(harness, MATCHES["every card long"]) if pid == "pairs" else long_list(harness, pid)
    check, banner = h.widget.control("check"), h.widget.feedback.rect
    assert check.rect.top >= h.widget.body.bottom and check.rect.centery == banner.centery
    assert banner.right < check.rect.left
    h.post(input_script(h.widget, values(pid)[-1]))
    assert h.solved


@pytest.mark.parametrize("pid", ["pairs", *sorted(LISTS)])
def test_a_solved_long_list_leaves_the_banners_side_to_continue(harness, pid):
    if pid == "pairs":
        h = long_match(harness, MATCHES["every card long"], solved=True)
    else:
        h = long_list(harness, pid, solved=True)
    assert "check" not in [c.key for c in h.widget.controls]
    assert_readable(h)


@pytest.mark.parametrize("pid", ["lock", "secret", "capital"])
def test_a_long_success_message_never_draws_over_the_locked_controls(harness, pid):
    # Seen in Spanish with large text: the solved banner grew over the keypad and covered the "0" key's label.
    def edit(puzzle: dict) -> None:
        puzzle["success"] = f"¡Correcto! {LONG}. {MEDIUM}. {PLACE}."

    h = long_puzzle(harness, pid, edit, solved=True)
    banner = h.widget.feedback.rect
    assert banner.h > h.widget.feedback.home.h, "the message should need a taller banner"
    covered = [c.key for c in h.widget.controls if c.rect.colliderect(banner)]
    assert covered, "the test should make the banner grow over some controls"
    assert not [c.key for c in h.widget.shown_controls() if c.rect.colliderect(banner)]
