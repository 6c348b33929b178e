"""Input scripts: the real pygame events that enter an answer into a puzzle widget the way a player would,
by 'mouse', 'touch' or 'keys'. The driver plays puzzles with them; so do the tests.

They read a widget from outside (its controls, focus ring and layout) and never change it: the widget
only learns of the answer through the events, like with a person at the kiosk.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

import pygame

from rumours_game.engine import Use
from rumours_game.ui.driver.script import Script
from rumours_game.ui.puzzles import PuzzleWidget
from rumours_game.ui.puzzles.choice import ChoiceWidget
from rumours_game.ui.puzzles.code import CodeWidget
from rumours_game.ui.puzzles.combine import CombineWidget
from rumours_game.ui.puzzles.controls import Control
from rumours_game.ui.puzzles.entry import EntryWidget
from rumours_game.ui.puzzles.match import MatchWidget
from rumours_game.ui.puzzles.order import OrderWidget
from rumours_game.ui.puzzles.search import STEP, SearchWidget
from rumours_game.ui.puzzles.sequence import SequenceWidget

Events = list[pygame.event.Event]


class Keys:
    """Tab and Enter presses a keyboard player makes in a widget, tracking where the focus is."""

    def __init__(self, widget: PuzzleWidget, script: Script) -> None:
        order = widget.focus_order()
        current = widget.ring.current
        self.widget, self.script = widget, script
        self.index = order.index(current) if current in order else 0
        self.visible = widget.ring.visible

    def to(self, control: Control, order: list[Control] | None = None) -> None:
        """Tab (forwards) or Shift+Tab (backwards) to ``control`` in ``order``. Never round the end: in the
        puzzle scene that would leave the widget."""
        order = order if order is not None else self.widget.focus_order()
        target = order.index(control)
        presses = abs(target - self.index)
        if presses and not self.visible:
            presses += 1  # the first Tab only shows where the focus is
        if presses:
            self.visible = True
        self.script.key(pygame.K_TAB, mod=pygame.KMOD_SHIFT if target < self.index else 0, times=presses)
        self.index = target

    def press(self, times: int = 1) -> None:
        """Enter on the focused control (pressing a key also shows the focus)."""
        self.script.key(pygame.K_RETURN, times=times)
        self.visible = self.visible or times > 0


def script_for(widget: PuzzleWidget, via: str) -> Script:
    """An empty script for the widget's window."""
    return Script(widget.ctx.screen_rect.size, via)


def press_controls(widget: PuzzleWidget, keys: list[str], via: str) -> Events:
    """The events that press these controls in turn: clicks or taps, or Tab to each and Enter."""
    script = script_for(widget, via)
    nav = Keys(widget, script)
    for key in keys:
        control = widget.control(key)
        if via == "keys":
            nav.to(control)
            nav.press()
        else:
            script.click(control.center)
    return script.events


def _choice(widget: ChoiceWidget, value: Any, via: str) -> Events:
    wanted = [value] if isinstance(value, str) else list(value)
    if widget.multi:
        toggles = [o.id for o in widget.puzzle.options if (o.id in wanted) != (o.id in widget.chosen)]
    else:
        toggles = [] if widget.chosen == set(wanted[:1]) else wanted[:1]
    return press_controls(widget, [*(f"option:{i}" for i in toggles), "check"], via)


def _match(widget: MatchWidget, value: Any, via: str) -> Events:
    """Drags (mouse), taps (touch) or Tab/Enter presses pairing each left side with ``value[left]``."""
    script = script_for(widget, via)
    nav = Keys(widget, script)
    for left in widget.left_ids:
        right = value.get(left)
        if right is None or widget.pairs.get(left) == right:
            continue
        a, b = widget.control(f"left:{left}"), widget.control(f"right:{right}")
        if via == "keys":
            for control in (a, b):
                nav.to(control)
                nav.press()
        elif via == "mouse":
            script.drag(a.center, b.center)
        else:
            script.click(a.center).click(b.center)
    return _check(widget, script, nav)


def _check(widget: PuzzleWidget, script: Script, nav: Keys, order: list[Control] | None = None) -> Events:
    check = widget.control("check")
    if script.via == "keys":
        nav.to(check, order)
        nav.press()
    else:
        script.click(check.center)
    return script.events


def _search(widget: SearchWidget, value: Any, via: str) -> Events:
    """A tap on the picture at ``value`` ([x, y] fractions), or arrow keys to it and Enter."""
    fx, fy = float(value[0]), float(value[1])
    script = script_for(widget, via)
    if via != "keys":
        return script.click(widget.at(fx, fy)).events
    nav = Keys(widget, script)
    nav.to(widget.control("image"))
    for delta, (minus, plus) in (
        (round(fx * 100) - widget.cursor[0], (pygame.K_LEFT, pygame.K_RIGHT)),
        (round(fy * 100) - widget.cursor[1], (pygame.K_UP, pygame.K_DOWN)),
    ):
        big, small = divmod(abs(delta), STEP)
        key = plus if delta > 0 else minus
        script.key(key, times=big).key(key, mod=pygame.KMOD_SHIFT, times=small)
    nav.press()
    return script.events


def _order(widget: OrderWidget, value: Any, via: str) -> Events:
    """Drags (mouse, touch) or pick / arrow / drop key presses that reach the order ``value``."""
    script = script_for(widget, via)
    sim = list(widget.order)
    nav = Keys(widget, script)
    check = widget.control("check")
    for i, eid in enumerate(value):
        j = sim.index(eid)
        if via == "keys":
            order = [widget.cards[e] for e in sim] + [check]
            if j != i:
                nav.to(widget.cards[eid], order)
                nav.press()
                script.key(pygame.K_UP, times=j - i)
                nav.press()
                nav.index = i
        elif j != i:
            script.drag(widget.slot(j).center, widget.slot(i).center)
        sim.insert(i, sim.pop(j))
    return _check(widget, script, nav, [widget.cards[e] for e in sim] + [check])


def _entry(widget: EntryWidget, value: Any, via: str) -> Events:
    """Clear the field, enter ``value`` and send it: taps on the on-screen keys, or typing and Enter."""
    script = script_for(widget, via)
    text = str(value)
    if via == "keys":
        return script.key(pygame.K_BACKSPACE, times=len(widget.value)).type(text).key(pygame.K_RETURN).events
    for _ in widget.value:
        script.click(widget.control("key:back").center)
    layout_index = widget.keyboard.index if widget.keyboard else 0
    for ch in text:
        control, layout_index = _key_for(widget, ch, script, layout_index)
        script.click(control.center)
    script.click(widget.control("check").center)
    return script.events


def _key_for(widget: EntryWidget, ch: str, script: Script, layout_index: int) -> tuple[Control, int]:
    """The on-screen key typing ``ch`` (adding clicks on the switch key when another layout has it)."""
    if isinstance(widget, CodeWidget) and not widget.letters:
        return widget.control(f"key:{ch}"), layout_index  # a digit lock's own keypad
    keyboard = widget.keyboard
    found = keyboard.find(ch) if keyboard else None
    if keyboard is None or found is None:
        raise ValueError(f"the on-screen keyboard has no key for {ch!r}")
    wanted, key = found
    while layout_index != wanted:
        script.click(_key_in(widget, layout_index, "key:switch").center)
        layout_index = (layout_index + 1) % len(keyboard.layouts)
    return _key_in(widget, layout_index, key), layout_index


def _key_in(widget: EntryWidget, layout_index: int, key: str) -> Control:
    """The key ``key`` as it is placed when layout ``layout_index`` shows."""
    keyboard = widget.keyboard
    assert keyboard is not None
    keys = keyboard.controls
    if layout_index != keyboard.index:
        probe = widget.make_keyboard(keyboard.digits, keyboard.space)
        probe.index = layout_index
        keys = probe.build(keyboard.rect)
    return next(c for c in keys if c.key == key)


def _combine(widget: CombineWidget, value: Any, via: str) -> Events:
    """Pick the item and then the target of ``value`` (a ``Use`` action or an (item, on) pair)."""
    if isinstance(value, Use):
        item, on = value.item, value.on
    elif isinstance(value, list | tuple) and len(value) == 2:
        item, on = value
    else:
        raise ValueError(f"a combine answer is a Use action or an (item, on) pair, not {value!r}")
    return press_controls(widget, [f"item:{item}", f"on:{on}"], via)


def _sequence(widget: SequenceWidget, value: Any, via: str) -> Events:
    """Take back what was pressed, press the buttons of ``value`` in order, then Check."""
    keys = ["undo"] * len(widget.pressed_ids) + [f"button:{b}" for b in value]
    return press_controls(widget, [*keys, "check"], via)


SCRIPTS: Mapping[type[PuzzleWidget], Callable[[Any, Any, str], Events]] = MappingProxyType(
    {
        ChoiceWidget: _choice,
        MatchWidget: _match,
        SearchWidget: _search,
        OrderWidget: _order,
        EntryWidget: _entry,
        CombineWidget: _combine,
        SequenceWidget: _sequence,
    }
)
"""The input script of each widget class (subclasses use their base's: code, text and cipher are entries)."""


def input_script(widget: PuzzleWidget, value: Any, via: str = "mouse") -> Events:
    """The pygame events that enter ``value`` into ``widget`` the way a player would."""
    for cls in type(widget).__mro__:
        script = SCRIPTS.get(cls)
        if script is not None:
            return script(widget, value, via)
    raise TypeError(f"no input script for {type(widget).__name__}: add one to SCRIPTS")
