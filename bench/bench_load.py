"""Pack loading benchmark: load + validate a generated ~1 MB pack (500 rooms, 3 languages).

The baseline, measured in the same run on the same files, is a bare ``yaml.load`` with ``CSafeLoader``
(read and parse only: no positions, no checks). Target: at most 2x the baseline.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml

from bench.framework import Figure, Measured, paired_medians
from rumours_game.pack import check_pack

ROOMS = 500
FILES = 10
LANGS = ("en", "es", "fr")
ROUNDS = 5
FIGURES = (
    Figure("load_vs_parse", "x", "<= 2", "load + validate a generated 1.3 MB pack (500 rooms, 3 languages) "
           "over a bare CSafeLoader parse"),
)  # fmt: skip


def _text(words: str, i: int) -> str:
    """A translated text on the following lines, one per language."""
    return "".join(
        f'\n      {lang}: "{words} {i} ({lang}): a sentence long enough to look like real text."'
        for lang in LANGS
    )


def _room(i: int) -> str:
    nxt = f"room-{i + 1}" if i + 1 < ROOMS else None
    exits = (
        f"      - to: {nxt}\n        requires: {{puzzles: [lock-{i}]}}\n" if nxt else "      - escape: true\n"
    )
    objects = "".join(
        f"      - id: thing-{i}-{k}\n        name:{_text('Thing', k).replace(chr(10), chr(10) + '    ')}\n"
        f"        rect: {{x: 0.{k}, y: 0.2, w: 0.1, h: 0.1}}\n"
        + (f"        puzzle: lock-{i}\n" if k == 1 else "")
        for k in range(1, 4)
    )
    return (
        f"  - id: room-{i}\n    name:{_text('Room', i).replace(chr(10), chr(10) + '  ')}\n"
        f"    description:{_text('A room with old furniture', i).replace(chr(10), chr(10) + '  ')}\n"
        f"    objects:\n{objects}    exits:\n{exits}"
    )


def _puzzle(i: int) -> str:
    return (
        f"  - id: lock-{i}\n    type: code\n    title:{_text('Lock', i).replace(chr(10), chr(10) + '  ')}\n"
        f"    prompt:{_text('Find the year on the poster', i).replace(chr(10), chr(10) + '  ')}\n"
        f'    answer: "{1000 + i}"\n    rumour: rumour-{i % 10}\n'
        f"    hints:\n      - text:{_text('Look at the wall', i).replace(chr(10), chr(10) + '    ')}\n        penalty: 30\n"
    )


def _rumour(i: int) -> str:
    return (
        f"  - id: rumour-{i}\n    statement:{_text('A rumour', i).replace(chr(10), chr(10) + '  ')}\n"
        f"    facts:\n      - text:{_text('A fact', i).replace(chr(10), chr(10) + '    ')}\n"
        "        source: {publisher: OECD, title: International Migration Outlook 2021, year: 2021}\n"
    )


def write_pack(root: Path) -> int:
    """Write the generated pack into ``root``; returns its YAML size in bytes."""
    head = (
        "id: bench\ntitle: Bench\nsummary: A generated pack.\nversion: '1.0'\nformat_version: 1\n"
        f"languages: [{', '.join(LANGS)}]\ndefault_language: en\nauthors: [bench]\nminutes: 60\n"
        "licence: CC0-1.0\nendings:\n  escaped:\n    title: {en: Out, es: Fuera, fr: Dehors}\n"
        "    text: {en: Out., es: Fuera., fr: Dehors.}\n"
    )
    files = {"pack.yaml": head, "rumours.yaml": "rumours:\n" + "".join(_rumour(i) for i in range(10))}
    per = ROOMS // FILES
    for f in range(FILES):
        span = range(f * per, (f + 1) * per)
        files[f"rooms/part-{f:02}.yaml"] = "rooms:\n" + "".join(_room(i) for i in span)
        files[f"puzzles/part-{f:02}.yaml"] = "puzzles:\n" + "".join(_puzzle(i) for i in span)
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return sum(len(t.encode()) for t in files.values())


def _bare_parse(root: Path) -> None:
    for file in sorted(root.rglob("*.yaml")):
        yaml.load(file.read_bytes(), Loader=yaml.CSafeLoader)


def measure() -> dict[str, Measured]:
    """Load + validate the generated pack vs a bare CSafeLoader parse of the same files (medians)."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        size = write_pack(root)
        result = check_pack(root)
        assert result.ok and result.pack is not None, [p.format() for p in result.problems[:5]]
        load, bare = paired_medians(lambda: check_pack(root), lambda: _bare_parse(root), runs=ROUNDS)
    return {
        "load_vs_parse": Measured(
            load / bare, f"{size / 1e6:.2f} MB pack: load+validate {load:.2f} s, bare parse {bare:.2f} s"
        )
    }
