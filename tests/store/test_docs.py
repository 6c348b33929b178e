"""docs/data.md documents every export column, in order, and the front-end API it shows exists."""

from __future__ import annotations

import re
from pathlib import Path

from rumours_game.store import Store
from rumours_game.store.columns import EXPORT_FILES
from rumours_game.survey import texts

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_every_export_column_is_documented_in_order() -> None:
    text = (DOCS / "data.md").read_text(encoding="utf-8")
    for spec in EXPORT_FILES:
        section = text.split(f"### `{spec.stem}.csv`", 1)[1].split("\n### ", 1)[0]
        documented = re.findall(r"^\| `([a-z_]+)` \|", section, flags=re.MULTILINE)
        assert tuple(documented) == spec.names, spec.stem


def test_documented_store_methods_exist() -> None:
    text = (DOCS / "data.md").read_text(encoding="utf-8")
    for name in set(re.findall(r"store\.([a-z_]+)\(", text)):
        assert callable(getattr(Store, name)), name
    keys = text.split("for keys", 1)[1].split(";", 1)[0]
    assert set(re.findall(r"[a-z_]+", keys)) == set(texts.TEXT_KEYS)
