"""List-like widgets with long cards at 1280x720 with large text, in the puzzle view's own box: every card's
text stays at the readable size and fits, the widget makes room (taller cards, the check button moved)
instead of shrinking or overflowing (issue 8; Spanish large text once overflowed the match puzzle)."""

from __future__ import annotations

import copy

import pytest

from rumours_game.engine import Answer
from rumours_game.pack.models import Pack
from rumours_game.ui.puzzles import WIDGETS

from ..helpers import unreadable
from .conftest import PACK
from .test_screens import assert_tidy

LONG = "Los trabajadores locales poco cualificados pasaron a empleos menos manuales y ganaron más"
MEDIUM = "Los migrantes fueron alrededor del 70 % del aumento de la mano de obra"
PLACE = "Dinamarca, pueblos que acogieron refugiados (1991-2008)"
CASES = {
    "one long card (the Spanish rota)": [(PLACE, LONG), (PLACE, MEDIUM), (PLACE, MEDIUM)],
    "every card long": [(LONG, LONG)] * 3,
    "four pairs, long on both sides": [(LONG, MEDIUM), (MEDIUM, LONG), (PLACE, LONG), (LONG, PLACE)],
}


def long_match(harness, pairs: list[tuple[str, str]], solved: bool = False):
    """The harness's match puzzle with ``pairs`` texts, laid out in the puzzle view's box (below a two-line
    prompt) with large text, the interface in Spanish."""
    data = copy.deepcopy(PACK)
    match = next(p for p in data["puzzles"] if p["id"] == "pairs")
    match["pairs"] = [{"id": f"p{i}", "left": a, "right": b} for i, (a, b) in enumerate(pairs)]
    h = harness("pairs", lang="es", large_text=True)
    h.puzzle = Pack.model_validate(data).puzzle("pairs")
    if solved:
        h.ctx.session.apply(Answer("pairs", {p: p for p in ("p1", "p2", "p3")}))
        assert h.solved
    h.rect = h.ctx.rect(40, 200, 1200, 512)
    h.ctx.text_log.take()
    h.widget = WIDGETS["match"](h.ctx, h.rect, h.puzzle)
    return h


@pytest.mark.parametrize("case", sorted(CASES))
def test_long_match_cards_get_room_instead_of_overflowing(harness, case):
    h = long_match(harness, CASES[case])
    assert_tidy(h)
    h.render()
    assert h.ctx.fonts.overflows == []
    assert unreadable(h.ctx.text_log.take(), "match", h.ctx.layout.scale, large=True) == []
    check = h.widget.control("check")
    assert not check.rect.colliderect(h.widget.feedback.rect)


def test_when_no_column_leaves_room_the_check_button_sits_beside_the_banner(harness):
    h = long_match(harness, CASES["every card long"])
    check, banner = h.widget.control("check"), h.widget.feedback.rect
    assert check.rect.top >= h.widget.body.bottom and check.rect.centery == banner.centery
    assert banner.right < check.rect.left
    h.widget.feedback.show("info", "Pair every card first. " * 3)
    h.render()
    assert h.ctx.fonts.overflows == []


def test_a_solved_long_match_leaves_the_banners_side_to_continue(harness):
    h = long_match(harness, CASES["every card long"], solved=True)
    assert_tidy(h)
    assert [c.key for c in h.widget.controls if c.key == "check"] == []
    assert h.ctx.fonts.overflows == []
