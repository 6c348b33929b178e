"""The tutorial pack played end to end through the real scenes: by mouse, by touch and by keyboard only."""

from __future__ import annotations

import pytest

from rumours_game.engine import Session

from .helpers import headless

SCENE_TYPES = {
    "title",
    "survey-consent",
    "survey-age",
    "survey-question",
    "survey-pass",
    "survey-again",
    "briefing",
    "room",
    "puzzle",
    "hint-offer",
    "hint-text",
    "fact-card",
    "ending",
    "debrief",
    "thanks",
}


@pytest.mark.parametrize("via", ["mouse", "touch", "keys"])
def test_tutorial_main_walkthrough_through_every_scene(via):
    driver = headless(via=via)
    ok, message = driver.run()
    assert ok, message
    names = driver.visited
    assert names[0] == "title" and names[-1] == "title"
    assert set(names) >= SCENE_TYPES
    sink = driver.app.ctx.sink
    assert [s["ending"] for s in sink.sessions.values()] == ["escaped"]
    assert len(sink.players) == 2
    phases = [(a.player_code, a.phase) for _, a in sink.answers]
    for code in {p.code for _, p, _ in sink.players}:
        assert phases.count((code, "pre")) == 6 and phases.count((code, "post")) == 6, "5 items, 1 check"
    post = {a.item_id: a.value for _, a in sink.answers if a.phase == "post"}
    scripted = {"s-numbers": 2, "s-rich-countries": 2, "s-neighbours": 4, "s-attention": 4}
    assert {k: post[k] for k in scripted} == scripted, "the walkthrough's scripted answers (and the check's)"
    assert driver.app.ctx.fonts.overflows == []
    # both front ends record through one recorder: seq is the place in the engine log, from 0
    actions = sink.actions
    assert actions, "the game's actions are journalled"
    assert [seq for _, seq, _, _ in actions] == list(range(len(actions)))
    replayed = Session.replay(driver.app.ctx.pack, [{"at": at, "action": a} for _, _, at, a in actions])
    assert replayed.state.phase == "escaped"


def test_out_of_time_walkthrough_ends_out_of_time():
    driver = headless(walkthrough="too-slow")
    ok, message = driver.run()
    assert ok, message
    assert driver.app.flow.last_ending == "out_of_time"


def test_a_walkthrough_that_cannot_be_played_is_reported_not_crashed():
    driver = headless(walkthrough="too-slow")
    driver.plan.walkthrough = driver.plan.walkthrough.model_copy(update={"ending": "escaped"})
    ok, message = driver.run()
    assert not ok and "escaped" in message


COVERED_ABOVE = {("tutorial", "main"), ("tutorial", "too-slow")}
"""Played (by mouse, touch and keys; to the end of time) by the tests above."""


def _walkthroughs():
    from rumours_game.pack import load_pack
    from tests.conftest import shipped_packs

    every = [(p, w.name) for p in shipped_packs() for w in load_pack(p).walkthroughs]
    assert {(p.name, name) for p, name in every} >= COVERED_ABOVE
    return [(p, name) for p, name in every if (p.name, name) not in COVERED_ABOVE]


@pytest.mark.parametrize(("pack", "name"), _walkthroughs(), ids=lambda v: getattr(v, "name", v))
def test_every_walkthrough_of_every_shipped_pack_plays_through_the_ui(pack, name):
    ok, message = headless(pack, walkthrough=name).run()
    assert ok, message


def test_exits_without_a_place_on_the_picture_are_buttons(tmp_path):
    import shutil

    import yaml

    from .helpers import ROOT

    pack = tmp_path / "template"
    shutil.copytree(ROOT / "scenarios" / "template", pack)
    rooms = pack / "rooms.yaml"
    data = yaml.safe_load(rooms.read_text(encoding="utf-8"))
    for room in data["rooms"]:
        for exit_ in room.get("exits", []):
            exit_.pop("rect", None)
    rooms.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    driver = headless(pack, via="touch")
    ok, message = driver.run()
    assert ok, message
