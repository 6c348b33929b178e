"""Pack loading benchmark: load + validate a generated ~1 MB pack (500 rooms, 3 languages).

The baseline, measured in the same run on the same files, is a bare ``yaml.load`` with ``CSafeLoader``
(read and parse only: no positions, no checks), with the garbage collector on (as usual) and off (as
the loader runs). Targets: at most 2x the baseline, under 1 s per MB.
"""

from __future__ import annotations

import gc
import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from rumours_game.pack import check_pack

ROOMS = 500
FILES = 10
LANGS = ("en", "es", "fr")
ROUNDS = 5


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


def _best(action: Callable[[], object], collect: bool = True) -> float:
    """The fastest of a few runs; ``collect=False`` runs with the garbage collector off."""
    times = []
    for _ in range(ROUNDS):
        if not collect:
            gc.disable()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
        gc.enable()
    return min(times)


def main() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        size = write_pack(root)
        result = check_pack(root)
        assert result.ok and result.pack is not None, [p.format() for p in result.problems[:5]]
        baseline = _best(lambda: _bare_parse(root))
        baseline_no_gc = _best(lambda: _bare_parse(root), collect=False)
        load = _best(lambda: check_pack(root))
    mb = size / 1e6
    figures = {
        "yaml_mb": round(mb, 2),
        "rooms": ROOMS,
        "languages": len(LANGS),
        "bare_csafeloader_s": round(baseline, 3),
        "bare_csafeloader_no_gc_s": round(baseline_no_gc, 3),
        "load_validate_s": round(load, 3),
        "ratio_to_bare_parse": round(load / baseline, 2),
        "ratio_to_bare_parse_no_gc": round(load / baseline_no_gc, 2),
        "seconds_per_mb": round(load / mb, 3),
        "target": "ratio <= 2.0 and < 1 s/MB",
    }
    print(json.dumps(figures, indent=2))
    return figures


if __name__ == "__main__":
    main()
