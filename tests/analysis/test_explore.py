"""The prover: escapes found, planted defects found, state space bounded."""

from __future__ import annotations

import pytest

from bench.packgen import branching_pack
from rumours_game.analysis.explore import explore
from rumours_game.engine import K, Session
from rumours_game.pack import load_pack
from tests.conftest import shipped_packs
from tests.engine.conftest import PACKS


def replays_to_escape(pack, actions) -> bool:
    session = Session(pack)
    for action in actions:
        assert not any(e.kind == K.REFUSED for e in session.apply(action)), action
    return session.state.phase == "escaped"


def test_lab_is_escapable_with_a_trimmed_solution(lab):
    proof = explore(lab)
    assert proof.escapable and proof.complete and proof.findings == []
    assert replays_to_escape(lab, proof.solution)
    solved = {a.puzzle for a in proof.solution if hasattr(a, "puzzle")}
    assert {"timeline", "pairs", "password"}.isdisjoint(solved)  # optional puzzles are left out


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("unreachable_room", {("unreachable-room", ("room", "attic"))}),
        (
            "key_behind_door",
            {
                ("no-escape-possible", ("pack", "key-behind-door")),
                ("unreachable-room", ("room", "vault")),
                ("unreachable-item", ("item", "key")),
            },
        ),
        ("consumable", {("softlock", ("puzzle", "open_cupboard"))}),
        ("one_way", {("softlock", ("exit", "hall-to-pit")), ("unreachable-room", ("room", "cellar"))}),
    ],
)
def test_planted_defects_are_found(case, expected):
    proof = explore(load_pack(PACKS / "defects" / case))
    assert {(f.code, f.subject) for f in proof.findings} == expected


def test_contested_consumables_are_softlocks_and_solution_avoids_them():
    pack = branching_pack(rooms=3, chain=3, contested=2)
    proof = explore(pack)
    assert proof.escapable and proof.complete
    assert {f.subject for f in proof.findings if f.code == "softlock"} == {
        ("puzzle", "room0-open-crate"),
        ("puzzle", "room1-open-crate"),
    }
    assert replays_to_escape(pack, proof.solution)


def test_state_limit_keeps_the_softlocks_already_proved():
    pack = branching_pack(rooms=6, chain=2, contested=6)
    full = explore(pack)
    assert full.complete and full.parts == 6 and full.states <= 20  # parts add up instead of multiplying
    proof = explore(pack, max_states=8)
    assert not proof.complete and proof.states <= 8
    codes = [f.code for f in proof.findings]
    assert codes[0] == "too-large-to-prove"
    proved = {f.subject for f in proof.findings if f.code == "softlock"}
    assert proved and proved < {f.subject for f in full.findings if f.code == "softlock"}


def test_shared_tools_in_many_rooms_are_proved_part_by_part():
    pack = branching_pack(rooms=20, chain=3, contested=20)
    proof = explore(pack)
    assert proof.escapable and proof.complete and proof.parts == 20
    assert {f.subject for f in proof.findings if f.code == "softlock"} == {
        ("puzzle", f"room{r}-open-crate") for r in range(20)
    }
    assert replays_to_escape(pack, proof.solution)


def test_parts_that_are_deadly_together_are_found():
    """Two escapes, each needing one room's seal; each crate alone is harmless, both crates are a softlock."""
    from tests.analysis.packs import two_escapes

    proof = explore(two_escapes())
    assert proof.parts == 2
    assert [f.code for f in proof.findings if f.severity == "error"] == ["softlock"]
    assert "each choice is fine alone" in proof.findings[0].message


@pytest.mark.parametrize("pack_dir", shipped_packs(), ids=lambda p: p.name)
def test_every_shipped_pack_is_proved_escapable_without_errors(pack_dir):
    pack = load_pack(pack_dir)
    proof = explore(pack)
    assert proof.escapable and proof.complete
    assert [f for f in proof.findings if f.severity == "error"] == []
    assert replays_to_escape(pack, proof.solution)


def test_shortest_solution_beats_any_walkthrough_and_skips_optional_puzzles(lab):
    from rumours_game.analysis import run_walkthrough
    from rumours_game.analysis.explore import shortest_solution

    best = shortest_solution(lab)
    assert best is not None and replays_to_escape(lab, best)
    assert len(best) == 14 < len(run_walkthrough(lab, lab.walkthroughs[0]).session.log)
    assert not {"timeline", "pairs", "password"} & {getattr(a, "puzzle", None) for a in best}


def test_shortest_search_gives_up_on_big_packs_and_a_short_solution_is_shown():
    pack = branching_pack(rooms=10, chain=18, contested=5)
    proof = explore(pack)
    assert proof.escapable and not proof.shortest
    assert replays_to_escape(pack, proof.solution)


def test_a_requirement_cycle_names_every_member():
    from tests.analysis.packs import one_room

    pack = one_room(
        [
            {"id": "a", "type": "code", "answer": "1", "requires": {"puzzles": ["c"]}},
            {"id": "b", "type": "code", "answer": "2", "requires": {"puzzles": ["a"]}},
            {"id": "c", "type": "code", "answer": "3", "requires": {"flags": ["b-done"]}},
            {
                "id": "d",
                "type": "code",
                "answer": "4",
                "requires": {"puzzles": ["b"]},
                "rewards": {"flags": ["x"]},
            },
        ]
    )
    pack = pack.model_copy(deep=True)
    pack.puzzles[1].rewards.flags.append("b-done")
    proof = explore(pack)
    by_id = {f.subject[1]: f.message for f in proof.findings if f.code == "requirements-never-hold"}
    assert "'a' -> 'c' -> 'b' -> 'a'" in by_id["a"]
    assert "cycle" in by_id["b"] and "cycle" in by_id["c"]
    assert "its puzzle 'b' never comes" in by_id["d"]


def test_an_item_used_up_before_it_is_needed_names_both_locks():
    from tests.analysis.packs import one_room

    pack = one_room(
        [
            {"id": "first", "type": "combine", "use": ["key"], "on": "box"},
            {
                "id": "second",
                "type": "combine",
                "use": ["key"],
                "on": "door",
                "requires": {"puzzles": ["first"]},
            },
        ],
        items=[{"id": "key", "name": "Key"}],
        objects=[
            {"id": "hook", "name": "Hook", "rect": _rect(1), "gives": ["key"]},
            {"id": "box", "name": "Box", "rect": _rect(2)},
            {"id": "door", "name": "Door", "rect": _rect(3)},
        ],
    )
    proof = explore(pack)
    [finding] = [f for f in proof.findings if f.code == "requirements-never-hold"]
    assert finding.subject == ("puzzle", "second")
    assert "it needs item 'key', but 'first' uses it up before 'second' can be tried" in finding.message


def test_a_softlock_names_the_lock_that_used_the_item_and_the_one_that_needs_it():
    proof = explore(load_pack(PACKS / "defects" / "consumable"))
    [finding] = [f for f in proof.findings if f.code == "softlock"]
    assert "solving 'open_cupboard' uses up 'key'" in finding.message
    assert "'key' is still needed by puzzle 'open_door'" in finding.message


def _rect(i: int) -> dict[str, float]:
    return {"x": 0.1 + 0.2 * i, "y": 0.5, "w": 0.1, "h": 0.1}


def test_a_cipher_whose_key_is_nowhere_is_an_error():
    from tests.analysis.packs import one_room

    pack = one_room(
        [
            {
                "id": "note",
                "type": "cipher",
                "answer": "hello",
                "cipher": {"kind": "caesar", "shift": 3},
                "key_item": "decoder",
            }
        ],
        items=[{"id": "decoder", "name": "Decoder"}],
    )
    proof = explore(pack)
    [finding] = [f for f in proof.findings if f.code == "cipher-key-unreachable"]
    assert finding.severity == "error" and finding.subject == ("puzzle", "note")
    assert "nothing players can reach gives 'decoder'" in finding.message


def _timed(minutes: float | None, penalty: int = 30, out_of_time: bool = True):
    from tests.analysis.packs import one_room

    long_prompt = " ".join(["Read the whole report carefully before you answer."] * 40)
    puzzles = [
        {
            "id": f"p{i}",
            "type": "code",
            "answer": str(i),
            "prompt": long_prompt,
            "hints": [{"text": "Look.", "penalty": penalty}],
        }
        for i in range(12)
    ]
    pack = one_room(puzzles)
    data = pack.model_dump()
    data["timer"] = {"minutes": minutes} if minutes else None
    if out_of_time:
        data["endings"]["out_of_time"] = {"title": "Time!", "text": "Out of time."}
    return type(pack).model_validate(data)


def test_a_timer_shorter_than_the_shortest_solution_is_an_error():
    from rumours_game.analysis.playtime import minimum_play_time

    pack = _timed(1)
    proof = explore(pack)
    [finding] = [f for f in proof.findings if f.code == "timer-too-short"]
    assert finding.severity == "error" and finding.subject == ("timer", "minutes")
    assert "12 puzzles" in finding.message
    assert minimum_play_time(pack, proof.solution).seconds > 12 * 60  # 3,840 words at 200 a minute, and more
    assert not [f for f in explore(_timed(60)).findings if f.code == "timer-too-short"]


def test_hint_penalties_are_weighed_against_the_timer():
    whole = explore(_timed(60, penalty=3600))
    assert {f.subject for f in whole.findings if f.code == "hint-penalty-too-large"} == {
        ("hint", f"{i}/0") for i in range(12)
    }
    tight = explore(_timed(30, penalty=300))
    [finding] = [f for f in tight.findings if f.code == "hint-penalty-too-large"]
    assert finding.severity == "warning" and "one hint per puzzle" in finding.message


def test_an_out_of_time_ending_without_a_timer_is_unreachable():
    proof = explore(_timed(None))
    [finding] = [f for f in proof.findings if f.code == "ending-unreachable"]
    assert finding.subject == ("ending", "out_of_time")
    assert not [
        f for f in explore(_timed(None, out_of_time=False)).findings if f.code == "ending-unreachable"
    ]


def test_the_tutorial_fits_its_timer_with_room_to_spare():
    from rumours_game.analysis.playtime import minimum_play_time
    from tests.conftest import ROOT

    pack = load_pack(ROOT / "scenarios" / "tutorial")
    play = minimum_play_time(pack, explore(pack).solution)
    assert 150 < play.seconds < pack.minutes * 60 < pack.timer.minutes * 60


def test_a_choice_that_is_only_a_trap_early_is_found():
    """Using the key on the cupboard is harmless once the shelf was searched, a softlock before."""
    from tests.analysis.packs import one_room

    pack = one_room(
        [{"id": "open-cupboard", "type": "combine", "use": ["key"], "on": "cupboard"}],
        items=[{"id": "key", "name": "Key"}, {"id": "book", "name": "Book"}],
        objects=[
            {"id": "hook", "name": "Hook", "rect": _rect(1), "gives": ["key"]},
            {
                "id": "shelf",
                "name": "Shelf",
                "rect": _rect(2),
                "gives": ["book"],
                "requires": {"items": ["key"]},
            },
            {"id": "cupboard", "name": "Cupboard", "rect": _rect(3)},
        ],
    )
    data = pack.model_dump()
    data["rooms"][0]["exits"][0]["requires"] = {"items": ["book"]}
    proof = explore(type(pack).model_validate(data))
    assert proof.escapable
    assert [f.subject for f in proof.findings if f.code == "softlock"] == [("puzzle", "open-cupboard")]


def test_long_proofs_report_progress():
    lines: list[str] = []
    explore(branching_pack(rooms=12, chain=2, contested=12), progress=lines.append)
    assert lines[0].startswith("proving part 1 of 12 (")
    assert any(line.startswith("proving part 12 of 12") for line in lines)


def test_check_progress_goes_to_stderr(tmp_path, capsys):
    import yaml

    from rumours_game.cli import main

    pack = branching_pack(rooms=12, chain=2, contested=12)
    (tmp_path / "pack.yaml").write_text(yaml.safe_dump(pack.model_dump(mode="json", exclude_none=True)))
    assert main(["check", str(tmp_path), "--progress"]) == 1
    captured = capsys.readouterr()
    assert "check: proving part 12 of 12" in captured.err
    assert "proving part" not in captured.out


def test_states_that_differ_only_in_what_nothing_reads_are_one():
    from rumours_game.analysis.moves import Rules

    rules = Rules(branching_pack(rooms=2, chain=2, contested=2))
    start = rules.start
    with_bonus = start.evolve(inventory=("room0-bonus",), solved=frozenset({"room0-optional"}))
    assert rules.key(with_bonus) == rules.key(
        start
    )  # nothing needs the bonus or waits for the optional puzzle
    with_tool = start.evolve(inventory=("room0-tool",))
    assert rules.key(with_tool) != rules.key(start)
