"""Reading one YAML file: pack-friendly scalars, positions of every path, refusals."""

from __future__ import annotations

from rumours_game.pack.yamlsrc import MAX_DEPTH, parse_yaml


def test_scalars_keep_what_authors_mean() -> None:
    doc = parse_yaml(
        b"code: 0042\nhex: 0x1F\ntime: 1:30\nint: 1_000\nfloat: 0.5\nno: no\nyes: Yes\nt: true\n"
        b"f: False\nnothing: ~\ndate: 2024-05-01\ninf: .inf\nquoted: '12'\n",
        "f.yaml",
    )
    assert doc.problems == []
    assert doc.data == {
        "code": "0042",
        "hex": "0x1F",
        "time": "1:30",
        "int": 1000,
        "float": 0.5,
        "no": "no",
        "yes": "Yes",
        "t": True,
        "f": False,
        "nothing": None,
        "date": "2024-05-01",
        "inf": ".inf",
        "quoted": "12",
    }


def test_integer_keys_stay_integers() -> None:
    assert parse_yaml(b"anchors:\n  1: low\n  5: high\n", "f.yaml").data == {"anchors": {1: "low", 5: "high"}}


def test_locate_values_keys_and_missing_paths() -> None:
    doc = parse_yaml(b"rooms:\n  - id: a\n    name: x\n  - id: b\n    nmae: y\n", "r.yaml")
    assert doc.locate(("rooms", 1, "nmae"), key=True) == (5, 5)
    assert doc.locate(("rooms", 1, "nmae")) == (5, 11)
    assert doc.locate(("rooms", 1, "name")) == (4, 5)  # missing: the mapping that lacks it
    assert doc.locate(("rooms", 7)) == (2, 3)
    assert doc.locate(()) == (1, 1)


def test_locate_through_merge_keys_and_aliases() -> None:
    doc = parse_yaml(b"base: &b {x: 1}\nroom:\n  <<: *b\n  y: 2\n", "m.yaml")
    assert doc.data["room"] == {"x": 1, "y": 2}
    assert doc.locate(("room", "x")) == (1, 14)


def test_nesting_limit_counts_aliases() -> None:
    deep = "[" * (MAX_DEPTH - 5) + "]" * (MAX_DEPTH - 5)
    doc = parse_yaml(f"a: &a {deep}\nb: [[[[[[[[[[*a]]]]]]]]]]\n".encode(), "d.yaml")
    assert [p.code for p in doc.problems] == ["yaml-too-deep"]


def test_several_problems_in_one_file_are_all_reported() -> None:
    doc = parse_yaml(b"a: 1\na: 2\nb: !!binary aGk=\nc: !x 3\n", "f.yaml")
    assert [(p.code, p.line) for p in doc.problems] == [
        ("yaml-duplicate-key", 2),
        ("yaml-tag", 3),
        ("yaml-tag", 4),
    ]


def test_bom_is_accepted() -> None:
    assert parse_yaml(b"\xef\xbb\xbfa: 1\n", "f.yaml").data == {"a": 1}


def test_control_character_position() -> None:
    doc = parse_yaml(b"a: 1\nb: x\x07y\n", "f.yaml")
    assert [(p.code, p.line, p.col) for p in doc.problems] == [("yaml-syntax", 2, 5)]
