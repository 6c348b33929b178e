"""Property tests: random play never raises, replay is exact, states round-trip."""

from __future__ import annotations

import functools
import json

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from rumours_game.engine import GameState, Session, action_to_dict, solution
from rumours_game.engine.actions import Answer, Escape, Go, Hint, Look, Tick, Use
from rumours_game.pack import load_pack
from rumours_game.pack.models import Pack
from tests.conftest import shipped_packs
from tests.engine.conftest import PACKS


def actions_for(pack: Pack) -> st.SearchStrategy:
    rooms = [r.id for r in pack.rooms] + ["nowhere"]
    spots = [h.id for r in pack.rooms for h in r.objects] + ["nothing"]
    puzzles = [p.id for p in pack.puzzles] + ["nope"]
    items = [i.id for i in pack.items] + ["ghost"]
    exits = [*list(pack.exits()), "void"]
    right = [a for p in pack.puzzles for a in solution(pack, p.id)]
    junk = st.one_of(
        st.none(),
        st.integers(),
        st.text(max_size=8),
        st.lists(st.text(max_size=3), max_size=3),
        st.tuples(st.floats(0, 1), st.floats(0, 1)),
        st.dictionaries(st.text(max_size=3), st.text(max_size=3)),
    )
    return st.one_of(
        st.builds(Go, st.sampled_from(rooms)),
        st.builds(Look, st.sampled_from(spots)),
        st.builds(Answer, st.sampled_from(puzzles), junk),
        st.sampled_from(right),
        st.builds(Use, st.sampled_from(items), st.sampled_from(items + spots)),
        st.builds(Hint, st.sampled_from(puzzles)),
        st.builds(Tick, st.floats(0, 120, allow_nan=False)),
        st.builds(Escape, st.sampled_from(exits)),
    )


PACK_DIRS = [PACKS / "lab", *shipped_packs()]
cached_pack = functools.cache(load_pack)


@pytest.mark.parametrize("pack_dir", PACK_DIRS, ids=lambda p: p.name)
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_play_never_raises_and_replays_exactly(pack_dir, data):
    pack = cached_pack(pack_dir)
    session = Session(pack, seed=data.draw(st.integers(0, 1000)))
    for action in data.draw(st.lists(actions_for(pack), max_size=60)):
        session.apply(action)
    log = json.loads(json.dumps(session.log_dicts()))
    assert Session.replay(pack, log, session.seed).state == session.state
    assert GameState.from_dict(json.loads(json.dumps(session.state.to_dict()))) == session.state
    assert all(json.dumps(action_to_dict(e.action)) for e in session.log)
