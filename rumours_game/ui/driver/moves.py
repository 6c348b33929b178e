"""What a player following a plan does next on each screen, decided from outside the scenes.

The driver reads a scene's buttons, spots and widget (attributes down) and answers with a
:class:`~rumours_game.ui.driver.steps.Step`; the scenes know nothing of the driver.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

import pygame

from rumours_game.engine import Answer, Escape, Go, Hint, Look, Tick, Use, exits_here, visible_objects
from rumours_game.ui.driver.inputs import input_script
from rumours_game.ui.driver.plan import Plan
from rumours_game.ui.driver.script import Script
from rumours_game.ui.driver.steps import Advance, Inputs, Press, Step
from rumours_game.ui.focus import Focusable
from rumours_game.ui.scene import Scene
from rumours_game.ui.scenes.briefing import BriefingScene
from rumours_game.ui.scenes.dialog import DialogScene
from rumours_game.ui.scenes.ending import DebriefScene, EndingScene
from rumours_game.ui.scenes.factcard import FactCardScene
from rumours_game.ui.scenes.inventory import ItemScene
from rumours_game.ui.scenes.pause import PauseScene
from rumours_game.ui.scenes.puzzle import PuzzleScene
from rumours_game.ui.scenes.room import RoomScene
from rumours_game.ui.scenes.survey import AgainScene, AgeScene, ConsentScene, PassScene, QuestionScene
from rumours_game.ui.scenes.thanks import ThanksScene
from rumours_game.ui.scenes.title import TitleScene

PRESS: Mapping[type[Scene], str] = MappingProxyType(
    {
        BriefingScene: "go",
        FactCardScene: "ok",
        EndingScene: "go",
        DebriefScene: "go",
        ThanksScene: "again",
        PassScene: "ready",
        AgeScene: "skip",
        AgainScene: "go",
    }
)
"""Screens where the player always presses the same button (the scene attribute holding it)."""


def _keyed(scene: Scene, key: str) -> Press:
    return Press(next(b for b in scene.buttons if b.key == key))


def _title(scene: TitleScene, plan: Plan) -> Step | None:
    if plan.lang != scene.ctx.lang:
        return _keyed(scene, f"lang-{plan.lang}")
    return _keyed(scene, f"players-{plan.players}")


def _consent(scene: ConsentScene, plan: Plan) -> Step | None:
    return Press(scene.agree if plan.consents(scene.step.player.number) else scene.decline)


def _question(scene: QuestionScene, plan: Plan) -> Step | None:
    value = plan.survey_value(scene.run.phase, scene.step.player.number, scene.step.item)
    return Press(next(b for b in scene.values if b.key == f"value-{value}"))


def _dialog(scene: DialogScene, plan: Plan) -> Step | None:
    wanted = plan.dialog_choice(scene)
    return Press(next((b for b in scene.buttons if b.key == wanted), scene.buttons[0]))


def _pause(scene: PauseScene, plan: Plan) -> Step | None:
    return Press(scene.buttons[0])


def _puzzle(scene: PuzzleScene, plan: Plan) -> Step | None:
    action = plan.current()
    widget = scene.widget
    open_here = widget is not None and scene.puzzle_id not in scene.ctx.state.solved
    if isinstance(action, Answer) and action.puzzle == scene.puzzle_id and widget is not None and open_here:
        return Inputs(input_script(widget, action.value, plan.via))
    if isinstance(action, Use) and widget is not None and scene.puzzle.solved_by == "use":
        return Inputs(input_script(widget, action, plan.via))
    if isinstance(action, Hint) and action.puzzle == scene.puzzle_id and scene.hint.enabled:
        return Press(scene.hint)
    return Press(scene.go_on or scene.back)


def _room(scene: RoomScene, plan: Plan) -> Step | None:
    action = plan.current()
    if action is None:
        return None
    if isinstance(action, Tick):
        return Advance(action.seconds)
    if scene.message is not None:
        return Press(scene.close)
    by_key: dict[str, Any] = {s.key: s for s in scene.spots} | {b.key: b for b in scene.exit_buttons}
    if isinstance(action, Use):
        if scene.selected != action.item:
            wanted = scene.selected or action.item
            if wanted not in scene.items:
                return _turn_to(scene, wanted)
            return Press(scene.items[wanted])
        target = by_key.get(f"spot-{action.on}") or scene.items.get(action.on)
        return Press(target) if target is not None else None
    if scene.selected is not None:
        return Press(scene.items[scene.selected])
    if isinstance(action, Look):
        return Press(by_key[f"spot-{action.hotspot}"]) if f"spot-{action.hotspot}" in by_key else None
    state, pack = scene.state, scene.ctx.pack
    if isinstance(action, Answer | Hint):
        spot = next((h for h in visible_objects(pack, state) if h.puzzle == action.puzzle), None)
        if spot is not None:
            return Press(by_key[f"spot-{spot.id}"])
        return None
    for view in exits_here(pack, state):
        if (isinstance(action, Go) and view.exit.to == action.room) or (
            isinstance(action, Escape) and view.id == action.exit
        ):
            return Press(by_key[f"exit-{view.id}"])
    return None


def _turn_to(scene: RoomScene, item: str) -> Press:
    """The page button towards ``item``'s page of the inventory."""
    held = list(scene.state.inventory)
    shown = [held.index(i) for i in scene.items]
    key = "items-next" if shown and held.index(item) > max(shown) else "items-prev"
    return _keyed(scene, key)


def _item(scene: ItemScene, plan: Plan) -> Step | None:
    action = plan.current()
    use = next((b for b in scene.buttons if b.key == "use"), None)
    if isinstance(action, Use) and action.item == scene.item_id and use is not None:
        return Press(use)
    return _keyed(scene, "close")


MOVES: Mapping[type[Scene], Callable[[Any, Plan], Step | None]] = MappingProxyType(
    {
        TitleScene: _title,
        ConsentScene: _consent,
        QuestionScene: _question,
        DialogScene: _dialog,
        PauseScene: _pause,
        PuzzleScene: _puzzle,
        RoomScene: _room,
        ItemScene: _item,
    }
)
"""Screens where what the player does depends on the plan."""


def next_move(scene: Scene, plan: Plan) -> Step | None:
    """What a player following ``plan`` does now on ``scene`` (None: nothing now)."""
    pressed = PRESS.get(type(scene))
    if pressed is not None:
        return Press(getattr(scene, pressed))
    move = MOVES.get(type(scene))
    return move(scene, plan) if move is not None else None


def keys_to(scene: Scene, target: Focusable) -> list[pygame.event.Event]:
    """The key presses (Tab..., Enter) a keyboard player uses to activate ``target`` on ``scene``; in the
    puzzle view the focus first leaves the widget."""
    script = Script(scene.ctx.screen_rect.size, "keys")
    items = scene.focus.items
    ring = scene.widget.ring if isinstance(scene, PuzzleScene) and scene.widget is not None else None
    if isinstance(scene, PuzzleScene) and scene.in_widget and ring is not None and ring.items:
        index = ring.items.index(ring.current) if ring.current in ring.items else 0
        moves = len(ring.items) - 1 - index + (0 if ring.visible else 1)
        script.key(pygame.K_TAB, times=moves + 1)
        start = 0
    else:
        if not scene.focus.visible:
            script.key(pygame.K_TAB)
        start = items.index(scene.focus.current) if scene.focus.current in items else 0
    script.key(pygame.K_TAB, times=(items.index(target) - start) % len(items))
    script.key(pygame.K_RETURN)
    return script.events
