"""The state serialises with a version number and round-trips; sessions replay exactly from their log."""

from __future__ import annotations

import dataclasses
import json

import pytest

from rumours_game.analysis import run_walkthrough
from rumours_game.engine import GameState, Session, action_from_dict, action_to_dict
from rumours_game.engine.actions import Answer, Go, Tick


def test_state_round_trips_through_json(lab):
    run = run_walkthrough(lab, lab.walkthroughs[0])
    data = json.loads(json.dumps(run.session.state.to_dict()))
    assert data["state_version"] == 1
    assert GameState.from_dict(data) == run.session.state


@pytest.mark.parametrize("bad", [{"state_version": 99}, {"state_version": 1}, [], None])
def test_bad_saved_state_is_a_value_error(bad):
    with pytest.raises(ValueError):
        GameState.from_dict(bad)


def test_replay_of_log_reproduces_state(lab):
    run = run_walkthrough(lab, lab.walkthroughs[0])
    log = json.loads(json.dumps(run.session.log_dicts()))
    assert Session.replay(lab, log).state == run.session.state


def test_log_records_game_time(lab):
    s = Session(lab)
    s.apply(Tick(12.5))
    s.apply(Go("lab"))
    assert [e["at"] for e in s.log_dicts()] == [0.0, 12.5]


@pytest.mark.parametrize(
    "bad",
    [
        {"type": "fly"},
        {"type": "go"},
        {"type": "go", "room": "x", "extra": 1},
        {"type": "tick", "seconds": -1},
        5,
    ],
)
def test_bad_action_dicts_are_value_errors(bad):
    with pytest.raises(ValueError):
        action_from_dict(bad)


def test_action_dicts_round_trip():
    for action in (Go("a"), Answer("p", ("x", "y")), Tick(1.5)):
        assert action_from_dict(json.loads(json.dumps(action_to_dict(action)))) == action


def test_replay_rejects_corrupt_log(lab):
    with pytest.raises(ValueError, match="log entry 1"):
        Session.replay(lab, [{"at": 0}])


def test_evolve_gives_what_dataclasses_replace_gives(lab):
    """``evolve`` copies the instance dict for speed; it must equal ``replace`` and stay frozen."""
    state = run_walkthrough(lab, lab.walkthroughs[0]).session.state
    changes = {"room": "elsewhere", "flags": frozenset({"f"}), "elapsed": 12.5, "phase": "out_of_time"}
    evolved = state.evolve(**changes)
    assert evolved == dataclasses.replace(state, **changes)
    assert hash(evolved) == hash(dataclasses.replace(state, **changes))
    assert type(evolved) is GameState and state.room != "elsewhere"
    with pytest.raises(dataclasses.FrozenInstanceError):
        evolved.room = "x"  # type: ignore[misc]
    with pytest.raises(TypeError, match="no field colour"):
        state.evolve(colour="red")
