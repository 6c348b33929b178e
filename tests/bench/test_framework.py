"""The benchmark framework: targets, results.json, README's table, and every module's declared figures."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from bench.__main__ import module_names
from bench.framework import (
    README,
    TABLE_END,
    TABLE_START,
    Figure,
    Measured,
    figure_entry,
    misses,
    paired_medians,
    render_table,
    update_readme,
    write_results,
)


def test_targets_compare_both_ways() -> None:
    assert Figure("a", "x", "<= 2", "").holds(2.0)
    assert not Figure("a", "x", "<= 2", "").holds(2.01)
    assert Figure("b", "/s", ">= 100000", "").holds(100_000)
    assert not Figure("b", "/s", ">= 100000", "").holds(99_999)
    with pytest.raises(ValueError):
        Figure("c", "x", "< 2", "")


def test_an_entry_is_value_unit_target_ok() -> None:
    entry = figure_entry(Figure("load_vs_parse", "x", "<= 2", "load"), Measured(2.5, "bare 1 s"))
    assert {"value", "unit", "target", "ok"} <= set(entry)
    assert entry["value"] == 2.5 and entry["ok"] is False
    assert misses([("load_vs_parse", entry)]) == ["load_vs_parse"]


def test_results_keep_figures_of_modules_not_run(tmp_path: Path) -> None:
    path = tmp_path / "results.json"
    old = figure_entry(Figure("a", "s", "<= 1", "A"), Measured(0.5))
    new = figure_entry(Figure("b", "s", "<= 1", "B"), Measured(0.7))
    write_results({"a": old}, path)
    document = write_results({"b": new}, path)
    assert set(json.loads(path.read_text())["figures"]) == {"a", "b"} == set(document["figures"])  # type: ignore[arg-type]


def test_the_table_is_regenerated_between_the_markers(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(f"# T\n\nbefore\n{TABLE_START}\nold\n{TABLE_END}\nafter\n", encoding="utf-8")
    document = {
        "measured_at": "now",
        "machine": "m",
        "figures": {"a": figure_entry(Figure("a", "ms", "<= 3", "a frame"), Measured(4.0, "bare 1 ms"))},
    }
    assert update_readme(document, readme)
    text = readme.read_text(encoding="utf-8")
    assert "old" not in text and text.startswith("# T\n\nbefore\n") and text.endswith("after\n")
    assert "| `a` | a frame | 4 ms | bare 1 ms | <= 3 | **no** |" in text
    assert render_table(document) in text


def test_readme_without_markers_is_reported(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("no table\n", encoding="utf-8")
    assert not update_readme({"measured_at": "", "machine": "", "figures": {}}, readme)


def test_paired_medians_runs_both_alternately() -> None:
    calls: list[str] = []
    paired_medians(lambda: calls.append("ours"), lambda: calls.append("bare"), runs=3)
    assert calls == ["ours", "bare"] * 4


def test_readme_has_the_generated_table() -> None:
    text = README.read_text(encoding="utf-8")
    assert text.count(TABLE_START) == 1 and text.index(TABLE_START) < text.index(TABLE_END)


@pytest.mark.parametrize("name", module_names())
def test_every_module_declares_its_figures(name: str) -> None:
    module = importlib.import_module(f"bench.{name}")
    assert callable(module.measure)
    assert module.FIGURES and all(isinstance(f, Figure) for f in module.FIGURES)


def test_figure_names_are_unique_across_modules() -> None:
    names = [f.name for m in module_names() for f in importlib.import_module(f"bench.{m}").FIGURES]
    assert len(names) == len(set(names))
