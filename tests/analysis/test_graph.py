"""The puzzle dependency chart: nodes and arrows, the critical path, DOT and Mermaid output, escaping."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest

from rumours_game.analysis import chart_render, graph
from rumours_game.analysis.chart_render import dot_quote, mermaid_id, mermaid_text, to_dot, to_mermaid
from rumours_game.analysis.graph import Chart, build_chart
from rumours_game.pack.models import Pack


def _critical(chart: Chart) -> set[str]:
    return {n.key for n in chart.nodes if n.critical}


def _arrows(chart: Chart) -> set[tuple[str, str]]:
    return {(e.source, e.target) for e in chart.edges}


def _small(**parts: Any) -> Pack:
    """A one-room pack; ``parts`` replace or add top-level sections."""
    data: dict[str, Any] = {
        "id": "small",
        "title": "Small",
        "summary": "A test pack.",
        "version": "1",
        "format_version": 1,
        "languages": ["en"],
        "default_language": "en",
        "authors": ["Tests"],
        "minutes": 5,
        "licence": "CC-BY-4.0",
        "rooms": [{"id": "cell", "name": "Cell", "exits": [{"id": "out", "escape": True}]}],
        "endings": {"escaped": {"title": "Out", "text": "Out."}},
    }
    data.update(parts)
    return Pack.model_validate(data)


def _rect() -> dict[str, float]:
    return {"x": 0.1, "y": 0.1, "w": 0.1, "h": 0.1}


def _code(pid: str, **extra: Any) -> dict[str, Any]:
    return {"type": "code", "id": pid, "title": pid.title(), "prompt": "Digits.", "answer": "1", **extra}


# --------------------------------------------------------------------------- the lab fixture pack


def test_lab_critical_path_is_the_regression_from_the_escape(lab: Pack) -> None:
    chart = build_chart(lab)
    assert chart.escape == "escape:way_out"
    assert _critical(chart) == {
        "room:hall", "room:lab", "room:archive",
        "exit:hall-to-lab", "exit:hall-to-archive", "escape:way_out",
        "hotspot:desk", "hotspot:drawer", "hotspot:decoder_box",
        "puzzle:door_code", "puzzle:quiz", "puzzle:power", "puzzle:swipe", "puzzle:secret", "puzzle:spot",
        "item:key_card", "item:battery", "item:powered_card", "item:decoder",
        "flag:archive_open",
    }  # fmt: skip
    off_path = {"puzzle:timeline", "puzzle:pairs", "puzzle:password", "flag:timeline_done", "rumour:numbers"}
    assert off_path.isdisjoint(_critical(chart))


def test_the_shortest_provider_is_chosen(lab: Pack) -> None:
    """The battery lies in the hall's drawer and is also a reward in the lab: the drawer is nearer."""
    edges = {(e.source, e.target): e.critical for e in build_chart(lab).edges}
    assert edges[("hotspot:drawer", "item:battery")] is True
    assert edges[("puzzle:password", "item:battery")] is False


def test_lab_arrows(lab: Pack) -> None:
    arrows = _arrows(build_chart(lab))
    assert {
        ("room:hall", "exit:hall-to-lab"),  # leaving a room through a locked exit
        ("puzzle:door_code", "exit:hall-to-lab"),  # a puzzle opens it
        ("exit:hall-to-lab", "room:lab"),  # the exit leads to a room
        ("flag:archive_open", "exit:hall-to-archive"),  # the exit requires a flag
        ("puzzle:swipe", "flag:archive_open"),  # a reward flag
        ("hotspot:desk", "item:key_card"),  # an object gives an item
        ("item:key_card", "puzzle:power"),  # combine: both items
        ("item:battery", "puzzle:power"),
        ("room:hall", "puzzle:swipe"),  # combine on an object: where that object is
        ("room:lab", "puzzle:quiz"),  # a room holds a puzzle
        ("puzzle:quiz", "hotspot:decoder_box"),  # a hidden object appears once the quiz is solved
        ("item:decoder", "puzzle:secret"),  # requires an item
        ("puzzle:quiz", "rumour:numbers"),  # busts a rumour
        ("puzzle:secret", "escape:way_out"),  # the escape requires puzzles
    } <= arrows
    assert not any(target == "room:hall" for _, target in arrows), "ways back to the start room are left out"
    assert not any(src == "room:lab" and target.startswith("room:") for src, target in arrows)


def test_every_kind_has_its_own_shape_in_both_formats() -> None:
    assert len(set(chart_render.DOT_SHAPES.values())) == len(graph.KINDS)
    assert len(set(chart_render.MERMAID_SHAPES.values())) == len(graph.KINDS)
    assert set(graph.LEGEND) == set(graph.KINDS)


def test_labels_follow_the_language(lab: Pack) -> None:
    assert build_chart(lab).title == "The Lab"
    assert build_chart(lab, "es").title == "El laboratorio"
    assert 'label="El laboratorio"' in to_dot(build_chart(lab, "es"))


def test_output_is_deterministic(lab: Pack) -> None:
    assert to_dot(build_chart(lab)) == to_dot(build_chart(lab))
    assert to_mermaid(build_chart(lab)) == to_mermaid(build_chart(lab))


def test_lab_dot_exact(lab: Pack) -> None:
    assert to_dot(build_chart(lab)) == LAB_DOT


def test_lab_mermaid_exact(lab: Pack) -> None:
    assert to_mermaid(build_chart(lab)) == LAB_MERMAID


# --------------------------------------------------------------------------- small packs for the rules


def test_no_reachable_escape_marks_nothing() -> None:
    pack = _small(
        rooms=[
            {
                "id": "cell",
                "name": "Cell",
                "exits": [{"id": "out", "escape": True, "requires": {"flags": ["never"]}}],
            }
        ]
    )
    chart = build_chart(pack)
    assert chart.escape is None
    assert not _critical(chart)
    assert ("flag:never", "escape:out") in _arrows(chart)
    assert "★" not in to_dot(chart).split("subgraph cluster_legend")[1].split("}", 1)[1]


def test_the_cheapest_of_two_escapes_is_chosen() -> None:
    pack = _small(
        rooms=[{
            "id": "cell", "name": "Cell",
            "objects": [{"id": "lock", "name": "Lock", "rect": _rect(), "puzzle": "p"}],
            "exits": [{"id": "hard", "escape": True, "requires": {"puzzles": ["p"]}},
                      {"id": "easy", "escape": True}],
        }],
        puzzles=[_code("p")],
    )  # fmt: skip
    chart = build_chart(pack)
    assert chart.escape == "escape:easy"
    assert _critical(chart) == {"escape:easy", "room:cell"}


def test_ties_are_broken_by_pack_order() -> None:
    objects = [{"id": f"box{i}", "name": f"Box {i}", "rect": _rect(), "gives": ["key"]} for i in (2, 1)]
    pack = _small(
        rooms=[{"id": "cell", "name": "Cell", "objects": objects,
                "exits": [{"id": "out", "escape": True, "requires": {"items": ["key"]}}]}],
        items=[{"id": "key", "name": "Key"}],
    )  # fmt: skip
    assert {"hotspot:box2", "item:key"} <= _critical(build_chart(pack))
    assert "hotspot:box1" not in _critical(build_chart(pack))


def test_a_two_item_combine_needs_no_room() -> None:
    pack = _small(
        rooms=[{"id": "cell", "name": "Cell",
                "objects": [{"id": "shelf", "name": "Shelf", "rect": _rect(), "gives": ["a", "b"]}],
                "exits": [{"id": "out", "escape": True, "requires": {"items": ["ab"]}}]}],
        items=[{"id": i, "name": i.upper()} for i in ("a", "b", "ab")],
        puzzles=[{"type": "combine", "id": "join", "title": "Join", "prompt": "Join them.",
                  "use": ["a", "b"], "rewards": {"items": ["ab"]}}],
    )  # fmt: skip
    chart = build_chart(pack)
    into_join = {s for s, t in _arrows(chart) if t == "puzzle:join"}
    assert into_join == {"item:a", "item:b"}
    assert "puzzle:join" in _critical(chart)


def test_an_opened_escape_needs_its_opener() -> None:
    pack = _small(
        rooms=[{"id": "cell", "name": "Cell",
                "objects": [{"id": "lock", "name": "Lock", "rect": _rect(), "puzzle": "p"}],
                "exits": [{"id": "out", "escape": True}]}],
        puzzles=[_code("p", rewards={"open_exits": ["out"]})],
    )  # fmt: skip
    chart = build_chart(pack)
    assert ("puzzle:p", "escape:out") in _arrows(chart)
    assert _critical(chart) == {"room:cell", "puzzle:p", "escape:out"}


def test_a_locked_way_back_is_left_out_and_free_exits_are_plain_arrows() -> None:
    pack = _small(
        rooms=[
            {"id": "a", "name": "A", "exits": [{"to": "b"}]},
            {"id": "b", "name": "B", "exits": [{"to": "a", "requires": {"flags": ["f"]}}, {"to": "c"}]},
            {"id": "c", "name": "C", "exits": [{"to": "b"}, {"id": "out", "escape": True}]},
        ],
    )
    chart = build_chart(pack)
    assert _arrows(chart) == {("room:a", "room:b"), ("room:b", "room:c"), ("room:c", "escape:out")}
    assert "exit:b-to-a" not in {n.key for n in chart.nodes}
    assert _critical(chart) == {"room:a", "room:b", "room:c", "escape:out"}


def test_a_room_nobody_can_reach_keeps_its_ways_in() -> None:
    pack = _small(
        rooms=[
            {"id": "a", "name": "A", "exits": [{"to": "b", "requires": {"items": ["ghost"]}},
                                               {"id": "out", "escape": True}]},
            {"id": "b", "name": "B", "exits": [{"to": "a"}]},
        ],
        items=[{"id": "ghost", "name": "Ghost"}],
    )  # fmt: skip
    arrows = _arrows(build_chart(pack))
    assert {("item:ghost", "exit:a-to-b"), ("exit:a-to-b", "room:b")} <= arrows


def test_a_rumour_nobody_busts_stands_alone() -> None:
    fact = {"text": "A fact.", "source": {"publisher": "P", "title": "T", "year": 2024}}
    pack = _small(rumours=[{"id": "lonely", "statement": "A rumour.", "facts": [fact]}])
    chart = build_chart(pack)
    assert "rumour:lonely" in {n.key for n in chart.nodes}
    assert not any("rumour:lonely" in arrow for arrow in _arrows(chart))


def test_a_hidden_object_hosts_its_puzzle_and_passes_on_its_requirements() -> None:
    pack = _small(
        rooms=[{"id": "cell", "name": "Cell",
                "objects": [{"id": "a", "name": "A", "rect": _rect(), "puzzle": "first"},
                            {"id": "safe", "name": "Safe", "rect": _rect(), "puzzle": "second", "hidden": True,
                             "requires": {"puzzles": ["first"]}}],
                "exits": [{"id": "out", "escape": True, "requires": {"puzzles": ["second"]}}]}],
        puzzles=[_code("first"), _code("second")],
    )  # fmt: skip
    chart = build_chart(pack)
    assert {
        ("room:cell", "hotspot:safe"),
        ("puzzle:first", "hotspot:safe"),
        ("hotspot:safe", "puzzle:second"),
    } <= (_arrows(chart))
    assert {"puzzle:first", "hotspot:safe", "puzzle:second"} <= _critical(chart)


def test_unknown_references_do_not_crash_and_are_never_critical() -> None:
    pack = _small(
        rooms=[{"id": "cell", "name": "Cell",
                "exits": [{"id": "out", "escape": True, "requires": {"puzzles": ["nowhere"], "items": ["nothing"]}}]}],
    )  # fmt: skip
    chart = build_chart(pack)
    assert chart.escape is None
    assert {"puzzle:nowhere", "item:nothing"} <= {n.key for n in chart.nodes}


# --------------------------------------------------------------------------- escaping


def test_dot_quoting() -> None:
    assert dot_quote('say "hi"') == r'"say \"hi\""'
    assert dot_quote("back\\slash") == r'"back\\slash"'
    assert dot_quote("two\nlines") == r'"two\nlines"'
    assert dot_quote("Αίθουσα Кімната") == '"Αίθουσα Кімната"'


def test_mermaid_text_and_ids() -> None:
    assert mermaid_text('a "b" #1 <i>&`x`') == '"a #34;b#34; #35;1 #60;i#62;#38;#96;x#96;"'
    assert mermaid_text("Αίθουσα\nКімната") == '"Αίθουσα<br>Кімната"'
    assert mermaid_id("exit:hall-to-lab") == "exit_hall_hto_hlab"
    ids = ["item:a-b", "item:a_hb", "item:a_b", "item:a__b", "item:end", "item:o-x"]
    made = [mermaid_id(k) for k in ids]
    assert len(set(made)) == len(made)
    assert all(m.replace("_", "").isalnum() for m in made)


def test_greek_and_cyrillic_labels_with_quotes_end_up_escaped() -> None:
    pack = _small(
        languages=["el", "uk"], default_language="el", title={"el": 'Η "φυλακή"', "uk": "В'язниця"},
        rooms=[{"id": "cell", "name": {"el": "Κελί", "uk": 'Камера "1"'},
                "exits": [{"id": "out", "escape": True, "label": {"el": "Έξοδος", "uk": "Вихід\\"}}]}],
    )  # fmt: skip
    dot = to_dot(build_chart(pack))
    assert 'label="Η \\"φυλακή\\""' in dot
    assert (
        '"room:cell" [shape=house, penwidth=3, color="#c0392b", style=bold, label="★ Κελί\\n(cell)"];' in dot
    )
    mermaid = to_mermaid(build_chart(pack, "uk"))
    assert 'room_cell[/"★ Камера #34;1#34;<br>(cell)"\\]' in mermaid
    assert 'escape_out((("★ Вихід\\<br>(out)")))' in mermaid


def test_long_labels_are_shortened() -> None:
    fact = {"text": "A fact.", "source": {"publisher": "P", "title": "T", "year": 2024}}
    pack = _small(rumours=[{"id": "long", "statement": "word " * 40, "facts": [fact]}])
    (node,) = [n for n in build_chart(pack).nodes if n.key == "rumour:long"]
    first = node.label.splitlines()[0]
    assert len(first) == graph.MAX_LABEL and first.endswith("…")


@pytest.mark.parametrize("module", [graph, chart_render], ids=["graph", "chart_render"])
def test_graph_modules_are_pure(module) -> None:
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    imported = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    imported |= {(n.module or "").split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert not imported & {"pygame", "sqlite3", "subprocess", "os", "shutil"}


LAB_DOT = r"""// Puzzle dependency chart of pack lab, made by 'rumours graph'.
digraph "lab" {
  graph [rankdir=TB, fontname="DejaVu Sans", labelloc=t, label="The Lab"];
  node [fontname="DejaVu Sans"];
  edge [fontname="DejaVu Sans", color="#555555"];
  subgraph cluster_legend {
    label="Legend"; style=dashed;
    "legend:room" [shape=house, label="Room"];
    "legend:exit" [shape=cds, label="Locked exit"];
    "legend:escape" [shape=doubleoctagon, label="Escape exit"];
    "legend:hotspot" [shape=note, label="Object"];
    "legend:puzzle" [shape=box, label="Puzzle"];
    "legend:item" [shape=ellipse, label="Item"];
    "legend:flag" [shape=hexagon, label="Flag"];
    "legend:rumour" [shape=octagon, label="Rumour busted"];
    "legend:critical" [shape=box, penwidth=3, color="#c0392b", style=bold, label="★ on the critical path"];
    { rank=same; "legend:room" -> "legend:exit" -> "legend:escape" -> "legend:hotspot" -> "legend:puzzle" -> "legend:item" -> "legend:flag" -> "legend:rumour" -> "legend:critical" [style=invis]; }
  }
  "room:hall" [shape=house, penwidth=3, color="#c0392b", style=bold, label="★ Hall\n(hall)"];
  "room:lab" [shape=house, penwidth=3, color="#c0392b", style=bold, label="★ Lab\n(lab)"];
  "room:archive" [shape=house, penwidth=3, color="#c0392b", style=bold, label="★ Archive\n(archive)"];
  "exit:hall-to-lab" [shape=cds, penwidth=3, color="#c0392b", style=bold, label="★ hall-to-lab"];
  "exit:hall-to-archive" [shape=cds, penwidth=3, color="#c0392b", style=bold, label="★ hall-to-archive"];
  "escape:way_out" [shape=doubleoctagon, penwidth=3, color="#c0392b", style=bold, label="★ way_out"];
  "hotspot:desk" [shape=note, penwidth=3, color="#c0392b", style=bold, label="★ Desk\n(desk)"];
  "hotspot:drawer" [shape=note, penwidth=3, color="#c0392b", style=bold, label="★ Drawer\n(drawer)"];
  "hotspot:decoder_box" [shape=note, penwidth=3, color="#c0392b", style=bold, label="★ Box\n(decoder_box)"];
  "puzzle:door_code" [shape=box, penwidth=3, color="#c0392b", style=bold, label="★ Door\n(door_code)"];
  "puzzle:quiz" [shape=box, penwidth=3, color="#c0392b", style=bold, label="★ Rumour or fact?\n(quiz)"];
  "puzzle:timeline" [shape=box, label="Timeline\n(timeline)"];
  "puzzle:pairs" [shape=box, label="Pairs\n(pairs)"];
  "puzzle:password" [shape=box, label="Password\n(password)"];
  "puzzle:power" [shape=box, penwidth=3, color="#c0392b", style=bold, label="★ Power the card\n(power)"];
  "puzzle:swipe" [shape=box, penwidth=3, color="#c0392b", style=bold, label="★ Swipe\n(swipe)"];
  "puzzle:secret" [shape=box, penwidth=3, color="#c0392b", style=bold, label="★ Secret note\n(secret)"];
  "puzzle:spot" [shape=box, penwidth=3, color="#c0392b", style=bold, label="★ Find the sources\n(spot)"];
  "puzzle:route" [shape=box, label="The lift\n(route)"];
  "item:key_card" [shape=ellipse, penwidth=3, color="#c0392b", style=bold, label="★ Key card\n(key_card)"];
  "item:battery" [shape=ellipse, penwidth=3, color="#c0392b", style=bold, label="★ Battery\n(battery)"];
  "item:powered_card" [shape=ellipse, penwidth=3, color="#c0392b", style=bold, label="★ Powered card\n(powered_card)"];
  "item:decoder" [shape=ellipse, penwidth=3, color="#c0392b", style=bold, label="★ Decoder\n(decoder)"];
  "flag:archive_open" [shape=hexagon, penwidth=3, color="#c0392b", style=bold, label="★ archive_open"];
  "flag:timeline_done" [shape=hexagon, label="timeline_done"];
  "flag:lift_used" [shape=hexagon, label="lift_used"];
  "rumour:numbers" [shape=octagon, label="There are far more migrants than there really a…\n(numbers)"];
  "exit:hall-to-lab" -> "room:lab" [penwidth=3, color="#c0392b", style=bold];
  "exit:hall-to-archive" -> "room:archive" [penwidth=3, color="#c0392b", style=bold];
  "room:hall" -> "exit:hall-to-lab" [penwidth=3, color="#c0392b", style=bold];
  "puzzle:door_code" -> "exit:hall-to-lab" [penwidth=3, color="#c0392b", style=bold];
  "room:hall" -> "exit:hall-to-archive" [penwidth=3, color="#c0392b", style=bold];
  "flag:archive_open" -> "exit:hall-to-archive" [penwidth=3, color="#c0392b", style=bold];
  "room:archive" -> "escape:way_out" [penwidth=3, color="#c0392b", style=bold];
  "puzzle:secret" -> "escape:way_out" [penwidth=3, color="#c0392b", style=bold];
  "puzzle:spot" -> "escape:way_out" [penwidth=3, color="#c0392b", style=bold];
  "room:hall" -> "hotspot:desk" [penwidth=3, color="#c0392b", style=bold];
  "room:hall" -> "hotspot:drawer" [penwidth=3, color="#c0392b", style=bold];
  "room:lab" -> "hotspot:decoder_box" [penwidth=3, color="#c0392b", style=bold];
  "puzzle:quiz" -> "hotspot:decoder_box" [penwidth=3, color="#c0392b", style=bold];
  "room:hall" -> "puzzle:door_code" [penwidth=3, color="#c0392b", style=bold];
  "room:lab" -> "puzzle:quiz" [penwidth=3, color="#c0392b", style=bold];
  "room:lab" -> "puzzle:timeline";
  "room:lab" -> "puzzle:pairs";
  "room:lab" -> "puzzle:password";
  "item:key_card" -> "puzzle:power" [penwidth=3, color="#c0392b", style=bold];
  "item:battery" -> "puzzle:power" [penwidth=3, color="#c0392b", style=bold];
  "item:powered_card" -> "puzzle:swipe" [penwidth=3, color="#c0392b", style=bold];
  "room:hall" -> "puzzle:swipe" [penwidth=3, color="#c0392b", style=bold];
  "room:archive" -> "puzzle:secret" [penwidth=3, color="#c0392b", style=bold];
  "item:decoder" -> "puzzle:secret" [penwidth=3, color="#c0392b", style=bold];
  "room:archive" -> "puzzle:spot" [penwidth=3, color="#c0392b", style=bold];
  "room:lab" -> "puzzle:route";
  "hotspot:desk" -> "item:key_card" [penwidth=3, color="#c0392b", style=bold];
  "hotspot:drawer" -> "item:battery" [penwidth=3, color="#c0392b", style=bold];
  "puzzle:password" -> "item:battery";
  "puzzle:power" -> "item:powered_card" [penwidth=3, color="#c0392b", style=bold];
  "hotspot:decoder_box" -> "item:decoder" [penwidth=3, color="#c0392b", style=bold];
  "puzzle:swipe" -> "flag:archive_open" [penwidth=3, color="#c0392b", style=bold];
  "puzzle:timeline" -> "flag:timeline_done";
  "puzzle:route" -> "flag:lift_used";
  "puzzle:quiz" -> "rumour:numbers";
}
"""

LAB_MERMAID = r"""%% Puzzle dependency chart of pack lab (The Lab), made by 'rumours graph'.
flowchart TD
  subgraph legend["Legend"]
    legend_room[/"Room"\]
    legend_exit>"Locked exit"]
    legend_escape((("Escape exit")))
    legend_hotspot[["Object"]]
    legend_puzzle["Puzzle"]
    legend_item(["Item"])
    legend_flag{{"Flag"}}
    legend_rumour{"Rumour busted"}
    legend_critical["★ on the critical path"]
  end
  room_hall[/"★ Hall<br>(hall)"\]
  room_lab[/"★ Lab<br>(lab)"\]
  room_archive[/"★ Archive<br>(archive)"\]
  exit_hall_hto_hlab>"★ hall-to-lab"]
  exit_hall_hto_harchive>"★ hall-to-archive"]
  escape_way__out((("★ way_out")))
  hotspot_desk[["★ Desk<br>(desk)"]]
  hotspot_drawer[["★ Drawer<br>(drawer)"]]
  hotspot_decoder__box[["★ Box<br>(decoder_box)"]]
  puzzle_door__code["★ Door<br>(door_code)"]
  puzzle_quiz["★ Rumour or fact?<br>(quiz)"]
  puzzle_timeline["Timeline<br>(timeline)"]
  puzzle_pairs["Pairs<br>(pairs)"]
  puzzle_password["Password<br>(password)"]
  puzzle_power["★ Power the card<br>(power)"]
  puzzle_swipe["★ Swipe<br>(swipe)"]
  puzzle_secret["★ Secret note<br>(secret)"]
  puzzle_spot["★ Find the sources<br>(spot)"]
  puzzle_route["The lift<br>(route)"]
  item_key__card(["★ Key card<br>(key_card)"])
  item_battery(["★ Battery<br>(battery)"])
  item_powered__card(["★ Powered card<br>(powered_card)"])
  item_decoder(["★ Decoder<br>(decoder)"])
  flag_archive__open{{"★ archive_open"}}
  flag_timeline__done{{"timeline_done"}}
  flag_lift__used{{"lift_used"}}
  rumour_numbers{"There are far more migrants than there really a…<br>(numbers)"}
  exit_hall_hto_hlab ==> room_lab
  exit_hall_hto_harchive ==> room_archive
  room_hall ==> exit_hall_hto_hlab
  puzzle_door__code ==> exit_hall_hto_hlab
  room_hall ==> exit_hall_hto_harchive
  flag_archive__open ==> exit_hall_hto_harchive
  room_archive ==> escape_way__out
  puzzle_secret ==> escape_way__out
  puzzle_spot ==> escape_way__out
  room_hall ==> hotspot_desk
  room_hall ==> hotspot_drawer
  room_lab ==> hotspot_decoder__box
  puzzle_quiz ==> hotspot_decoder__box
  room_hall ==> puzzle_door__code
  room_lab ==> puzzle_quiz
  room_lab --> puzzle_timeline
  room_lab --> puzzle_pairs
  room_lab --> puzzle_password
  item_key__card ==> puzzle_power
  item_battery ==> puzzle_power
  item_powered__card ==> puzzle_swipe
  room_hall ==> puzzle_swipe
  room_archive ==> puzzle_secret
  item_decoder ==> puzzle_secret
  room_archive ==> puzzle_spot
  room_lab --> puzzle_route
  hotspot_desk ==> item_key__card
  hotspot_drawer ==> item_battery
  puzzle_password --> item_battery
  puzzle_power ==> item_powered__card
  hotspot_decoder__box ==> item_decoder
  puzzle_swipe ==> flag_archive__open
  puzzle_timeline --> flag_timeline__done
  puzzle_route --> flag_lift__used
  puzzle_quiz --> rumour_numbers
  classDef critical stroke:#c0392b,stroke-width:4px;
  class legend_critical,room_hall,room_lab,room_archive,exit_hall_hto_hlab,exit_hall_hto_harchive,escape_way__out,hotspot_desk,hotspot_drawer,hotspot_decoder__box,puzzle_door__code,puzzle_quiz,puzzle_power,puzzle_swipe,puzzle_secret,puzzle_spot,item_key__card,item_battery,item_powered__card,item_decoder,flag_archive__open critical;
  linkStyle 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,18,19,20,21,22,23,24,26,27,29,30,31 stroke:#c0392b,stroke-width:3px;
"""
