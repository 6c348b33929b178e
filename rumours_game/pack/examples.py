"""Two-line examples of the expected form, added to shape errors ("should be a list, but it is text")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

_TEXT = "{key}:\n  en: The old archive"
EXAMPLES: dict[str, str] = {
    "rooms": "rooms:\n  - {id: hall, name: The hall}",
    "objects": "objects:\n  - {id: desk, name: A desk, rect: {x: 0.1, y: 0.5, w: 0.2, h: 0.2}}",
    "exits": "exits:\n  - {to: library}",
    "items": "items:\n  - {id: key, name: A small key}",
    "puzzles": 'puzzles:\n  - {id: lock, type: code, title: The lock, prompt: Four digits., answer: "0042"}',
    "rumours": "rumours:\n  - {id: jobs, statement: They take our jobs., facts: [...]}",
    "facts": "facts:\n  - {text: ..., source: {publisher: Eurostat, title: Migration statistics, year: 2023}}",
    "source": "source:\n  {publisher: Eurostat, title: Migration statistics, year: 2023}",
    "requires": "requires:\n  {puzzles: [lock], items: [key]}",
    "rewards": "rewards:\n  {items: [key], open_exits: [hall-to-library]}",
    "hints": "hints:\n  - {text: Look at the calendar., penalty: 30}",
    "walkthroughs": "walkthroughs:\n  - {name: main, steps: [{look: desk}, {solve: lock}]}",
    "steps": "steps:\n  - go: library",
    "rect": "rect:\n  {x: 0.1, y: 0.5, w: 0.2, h: 0.2}",
    "timer": "timer:\n  {minutes: 15}",
    "endings": "endings:\n  escaped: {title: You made it!, text: You escaped.}",
    "escaped": "escaped:\n  {title: You made it!, text: You escaped.}",
    "out_of_time": "out_of_time:\n  {title: Time's up!, text: Try again.}",
    "languages": "languages:\n  [en, es]",
    "authors": "authors:\n  [Youth club Riverside]",
    "gives": "gives:\n  [key]",
    "options": "options:\n  - {id: rumour, text: A rumour}",
    "entries": "entries:\n  - {id: first, text: '1951'}",
    "pairs": "pairs:\n  - {id: a, left: Refugee, right: fled danger}",
    "targets": "targets:\n  - {id: report, name: A report, rect: {x: 0.1, y: 0.2, w: 0.1, h: 0.1}}",
    "answers": "answers:\n  [check the source, check sources]",
    "cipher": "cipher:\n  {kind: caesar, shift: 3}",
    "age": "age:\n  {min: 14, max: 18}",
    "survey": "survey:\n  items: [{id: s-jobs, statement: Migrants take jobs away.}]",
    "scale": "scale:\n  {points: 5, anchors: {1: Strongly disagree, 5: Strongly agree}}",
}
TEXT_KEYS = ("name", "title", "prompt", "text", "description", "statement", "success", "summary", "label")


def example(path: Sequence[Any]) -> str:
    """'\\nIt should look like this:' and a two-line example for the key at the end of ``path`` ('' if none)."""
    key = next((str(step) for step in reversed(path) if isinstance(step, str)), "")
    if key in EXAMPLES:
        shown = EXAMPLES[key]
    elif key in TEXT_KEYS:
        shown = _TEXT.format(key=key)
    else:
        return ""
    return "\nIt should look like this:\n" + "\n".join("    " + line for line in shown.splitlines())
