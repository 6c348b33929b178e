"""Quotes inside quoted texts are not 'text after the closing quote': '' in single quotes and \\" in double
quotes are how YAML writes a quote (yaml.safe_dump writes them too)."""

from __future__ import annotations

import yaml

from rumours_game.pack.pasted import artefacts


def _codes(line: str) -> list[str]:
    return [p.code for p in artefacts(line + "\n", "rooms.yaml")]


def test_quotes_written_the_yaml_way_are_fine() -> None:
    assert _codes("description: 'It''s the exit ''A''.'") == []
    assert _codes('description: "He said \\"hi\\" to us"') == []
    dumped = yaml.safe_dump({"description": "Exit 'A'."}, allow_unicode=True).strip()
    assert _codes(dumped) == []


def test_text_after_the_closing_quote_is_still_found() -> None:
    assert _codes("description: 'It' is open") == ["text-after-quote"]
    assert _codes('description: "Open" now') == ["text-after-quote"]
    assert _codes("description: 'It''s' open") == ["text-after-quote"]
