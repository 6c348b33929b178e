"""Every widget is solved through real pygame events: by mouse, by touch and by keyboard only."""

from __future__ import annotations

import pygame
import pytest

from rumours_game.engine import Answer, Use, solution
from rumours_game.pack.models import PUZZLE_TYPES
from rumours_game.ui.app import touch_to_mouse
from rumours_game.ui.driver import input_script
from rumours_game.ui.driver.inputs import script_for
from rumours_game.ui.puzzles import WIDGETS

from .conftest import PACK, make_pack

PUZZLES = [p["id"] for p in PACK["puzzles"]]
"""Every puzzle of the widget test pack (it has each type at least once)."""


def values(pid: str) -> list:
    """What a player enters to solve ``pid``: answer values, or Use actions for combine puzzles."""
    return [a if isinstance(a, Use) else a.value for a in solution(make_pack(), pid)]


def test_every_puzzle_type_has_a_widget():
    assert set(WIDGETS) == set(PUZZLE_TYPES)
    assert {make_pack().puzzle(p).type for p in PUZZLES} == set(PUZZLE_TYPES)


@pytest.mark.parametrize("via", ["mouse", "touch", "keys"])
@pytest.mark.parametrize("pid", PUZZLES)
def test_input_script_solves(harness, pid, via):
    h = harness(pid, carrying=True)
    for value in values(pid):
        h.post(input_script(h.widget, value, via))
    assert h.solved, h.kinds()
    assert "puzzle_solved" in h.kinds()
    assert h.widget.feedback.kind == "good"
    assert all(not c.enabled for c in h.widget.controls)


@pytest.mark.parametrize("pid", PUZZLES)
def test_touch_through_the_apps_translation(harness, pid):
    """In the app, finger events reach widgets as touch-marked mouse events: those work too."""
    h = harness(pid, carrying=True)
    size = h.screen.get_size()
    for value in values(pid):
        events = []
        for event in input_script(h.widget, value, "touch"):
            events += touch_to_mouse(event, size)
        h.post(events)
    assert h.solved


def test_keypad_by_typing_digits_then_enter(harness):
    h = harness("lock")
    h.post([pygame.event.Event(pygame.TEXTINPUT, text=d) for d in "19x51"])
    assert h.widget.value == "1951"
    h.post([pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RETURN, mod=0, unicode="\r")])
    assert h.actions == [Answer("lock", "1951")]
    assert h.solved


def test_keypad_by_arrows_and_enter(harness):
    h = harness("lock")
    down = [
        pygame.event.Event(pygame.KEYDOWN, key=k, mod=0, unicode="")
        for k in (
            pygame.K_RETURN,  # 1 (the focus starts on 1)
            pygame.K_DOWN,
            pygame.K_DOWN,
            pygame.K_RIGHT,
            pygame.K_RIGHT,
            pygame.K_RETURN,  # 9
            pygame.K_UP,
            pygame.K_LEFT,
            pygame.K_RETURN,  # 5
            pygame.K_UP,
            pygame.K_LEFT,
            pygame.K_RETURN,  # 1
        )
    ]
    h.post(down)
    assert h.widget.value == "1951"
    assert h.widget.ring.visible and h.widget.focused().key == "key:1"


def test_code_letters_are_upper_case_and_limited_to_the_code_length(harness):
    h = harness("word-lock")
    h.post([pygame.event.Event(pygame.TEXTINPUT, text="so1lar")])
    assert h.widget.value == "SOL"


def test_order_by_keys_pick_move_drop_and_escape_cancels(harness):
    h = harness("timeline")
    w = h.widget
    start = list(w.order)
    key = lambda k: pygame.event.Event(pygame.KEYDOWN, key=k, mod=0, unicode="")  # noqa: E731
    h.post([key(pygame.K_TAB), key(pygame.K_TAB), key(pygame.K_RETURN), key(pygame.K_UP)])
    assert w.picked == start[1]
    assert w.order == [start[1], start[0], *start[2:]]
    h.post([key(pygame.K_ESCAPE)])
    assert w.order == start and w.picked is None
    h.post([key(pygame.K_RETURN), key(pygame.K_DOWN), key(pygame.K_DOWN), key(pygame.K_RETURN)])
    assert w.order == [start[0], start[2], start[3], start[1]]
    assert w.picked is None


def test_order_starts_in_the_engines_display_order(harness):
    from rumours_game.engine import display_order

    h = harness("timeline")
    ids = [e.id for e in h.puzzle.entries]
    assert h.widget.order == display_order(h.ctx.session.state, "timeline", ids)
    assert [c.key for c in h.widget.focus_order()] == [f"card:{i}" for i in h.widget.order] + ["check"]


def test_order_tap_then_tap_moves_a_card(harness):
    h = harness("timeline")
    w = h.widget
    start = list(w.order)
    script = script_for(w, "touch").click(w.slot(3).center).click(w.slot(0).center)
    h.post(script.events)
    assert w.order == [start[3], *start[:3]]


def test_match_tap_right_then_left_and_repairing_moves_the_partner(harness):
    h = harness("pairs")
    w = h.widget
    right = w.right_ids[0]
    h.post(
        script_for(w, "mouse")
        .click(w.control(f"right:{right}").center)
        .click(w.control("left:p1").center)
        .events
    )
    assert w.pairs == {"p1": right}
    h.post(
        script_for(w, "mouse")
        .click(w.control("left:p2").center)
        .click(w.control(f"right:{right}").center)
        .events
    )
    assert w.pairs == {"p2": right}


def test_match_check_with_missing_pairs_explains_instead_of_answering(harness):
    h = harness("pairs")
    h.post(script_for(h.widget, "mouse").click(h.widget.control("check").center).events)
    assert h.actions == []
    assert h.widget.feedback.kind == "info"
    assert h.widget.feedback.message == h.ctx.t("puzzle.match.incomplete")


def test_escape_is_left_to_the_scene_when_nothing_is_in_progress(harness):
    h = harness("pairs")
    escape = pygame.event.Event(pygame.KEYDOWN, key=pygame.K_ESCAPE, mod=0, unicode="")
    assert h.widget.handle_event(escape) is False
    h.widget.tap("left", "p1")
    assert h.widget.handle_event(escape) is True
    assert h.widget.selected is None


def test_search_keyboard_cursor_moves_in_steps(harness):
    h = harness("spot")
    key = lambda k, m=0: pygame.event.Event(pygame.KEYDOWN, key=k, mod=m, unicode="")  # noqa: E731
    h.post([key(pygame.K_RIGHT), key(pygame.K_RIGHT, pygame.KMOD_SHIFT), key(pygame.K_UP)])
    assert h.widget.cursor == [56, 45]
    h.post([key(pygame.K_RETURN)])
    assert h.actions == [Answer("spot", [0.56, 0.45])]


def test_search_taps_send_image_fractions(harness):
    h = harness("spot", size=(3840, 2160))
    w = h.widget
    h.post(script_for(w, "touch").click(w.at(0.25, 0.75)).events)
    (action,) = h.actions
    assert action.value == pytest.approx([0.25, 0.75], abs=0.002)


def test_combine_needs_an_item_first(harness):
    h = harness("light", carrying=True)
    h.post(script_for(h.widget, "mouse").click(h.widget.control("on:desk").center).events)
    assert h.actions == []
    assert h.widget.feedback.message == h.ctx.t("puzzle.combine.pick_item")


def test_a_second_finger_is_ignored_while_one_is_down(harness):
    h = harness("lock")
    w = h.widget
    size = h.ctx.screen_rect.size
    one, two = w.control("key:1").center, w.control("key:2").center
    finger = lambda kind, pos, fid: pygame.event.Event(  # noqa: E731
        kind, touch_id=1, finger_id=fid, x=pos[0] / size[0], y=pos[1] / size[1], dx=0, dy=0, pressure=1.0
    )
    h.post(
        [
            finger(pygame.FINGERDOWN, one, 0),
            finger(pygame.FINGERDOWN, two, 1),
            finger(pygame.FINGERUP, two, 1),
            finger(pygame.FINGERUP, one, 0),
        ]
    )
    assert w.value == "1"


@pytest.mark.parametrize("pid", PUZZLES)
def test_key_scripts_never_tab_out_of_the_widget(harness, pid):
    """The puzzle scene moves the focus to its own buttons on Tab from the last control (Shift+Tab from the
    first): key scripts must reach every control without wrapping round."""
    h = harness(pid, carrying=True)
    ring = h.widget.ring
    for value in values(pid):
        for event in input_script(h.widget, value, "keys"):
            if event.type == pygame.KEYDOWN and event.key == pygame.K_TAB and ring.visible:
                edge = ring.items[0] if event.mod & pygame.KMOD_SHIFT else ring.items[-1]
                assert ring.current is not edge
            h.post([event])
    assert h.solved
