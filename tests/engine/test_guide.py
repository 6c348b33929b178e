"""The room's "What now?" hint: the engine points at a next step players can take, all the way out."""

from __future__ import annotations

from pathlib import Path

import pytest

from rumours_game.analysis.explore import explore
from rumours_game.engine import Answer, Escape, Hint as HintAction, Look, Session, Use
from rumours_game.engine.guide import Step, guide_hint, what_now
from rumours_game.pack import load_pack

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"


@pytest.mark.parametrize("name", ["tutorial", "escape-rumours"])
def test_every_moment_of_a_solution_has_a_next_step(name: str) -> None:
    pack = load_pack(SCENARIOS / name)
    session = Session(pack)
    for action in explore(pack).solution:
        step = what_now(pack, session.state)
        assert step.kind != "none", f"nothing to point at before {action}"
        session.apply(action)
    assert session.state.phase == "escaped"


def test_the_tutorial_steps_follow_the_way_out() -> None:
    pack = load_pack(SCENARIOS / "tutorial")
    session = Session(pack)
    assert what_now(pack, session.state) == Step("solve", "chat-message", "phone")
    session.apply(Answer("chat-message", "rumour"))
    assert what_now(pack, session.state) == Step("look", "bin")
    session.apply(Look("bin"))
    assert what_now(pack, session.state) == Step("use", "mirror-writing", "whiteboard", "pocket-mirror")
    done = {p.id for p in pack.puzzles} - {"door-keycard"}
    flags = frozenset({"check-source", "script-ready"})
    session.state = session.state.evolve(solved=frozenset(done), flags=flags, inventory=("keycard",))
    assert what_now(pack, session.state) == Step("use", "door-keycard", "door-reader", "keycard")
    session.apply(Use("keycard", "door-reader"))
    assert what_now(pack, session.state) == Step("escape", "studio-door")
    session.apply(Escape("studio-door"))


def test_the_guide_offers_the_next_hint_of_its_step_puzzle_only_while_one_is_left() -> None:
    pack = load_pack(SCENARIOS / "tutorial")
    session = Session(pack)
    step = what_now(pack, session.state)
    hints = pack.puzzle("chat-message").hints
    assert guide_hint(pack, session.state, step) == hints[0]
    for _ in hints:
        session.apply(HintAction("chat-message"))
    assert guide_hint(pack, session.state, step) is None
    assert guide_hint(pack, session.state, Step("look", "bin")) is None
    assert guide_hint(pack, session.state, Step("none")) is None
