"""Truth discernment separates learning from scepticism; small cells never show a figure; conditions."""

from __future__ import annotations

import random
from typing import Any

import pytest

from rumours_game.index import BY_CHOICES, ItemInfo, pair_rows
from rumours_game.index.compute import compute_index
from rumours_game.index.html_report import render_html
from rumours_game.index.report import format_table
from rumours_game.index.suppress import suppress_small_cells
from tests.index.fixtures import row

ITEMS = {
    ("demo", "1.0", "r1"): ItemInfo("rumour"),
    ("demo", "1.0", "r2"): ItemInfo("rumour"),
    ("demo", "1.0", "f1"): ItemInfo("fact"),
    ("demo", "1.0", "f2"): ItemInfo("fact"),
}


def _players(n: int, change: Any, seed: int = 1, **kw: Any) -> list:
    """``n`` players in teams of three; ``change(rng, kind)`` gives (before, after) on a 5-point scale."""
    rng = random.Random(seed)
    rows = []
    for p in range(n):
        for item in ("r1", "r2", "f1", "f2"):
            kind = "fact" if item.startswith("f") else "rumour"
            pre, post = change(rng, kind)
            session = f"s{kw.get('prefix', '')}{p // 3}"
            rows.append(row(session, f"P{p}", item, "pre", pre, **kw.get("row", {})))
            rows.append(
                row(
                    session,
                    f"P{p}",
                    item,
                    "post",
                    post,
                    at="2026-01-01T10:30:00.000000Z",
                    **kw.get("row", {}),
                )
            )
    return rows


def _bias(rng: random.Random, kind: str) -> tuple[int, int]:
    """Everyone one point more negative on everything: rumours and facts alike."""
    pre = rng.randint(2, 5)
    return pre, pre - 1


def _learning(rng: random.Random, kind: str) -> tuple[int, int]:
    """Rumours lose acceptance, facts gain it (with noise)."""
    pre = rng.randint(2, 4)
    step = rng.choice((0, 1, 1, 2))
    return (pre, max(1, pre - step)) if kind == "rumour" else (pre, min(5, pre + step))


def test_response_bias_moves_the_rumour_index_but_not_discernment() -> None:
    result = compute_index(pair_rows(_players(60, _bias), ITEMS))
    assert result["overall"]["mean_change_pct"] == 25.0  # looks like progress on the rumours...
    assert result["discernment"]["change_pct"] == 0.0  # ...but discernment did not move
    assert result["bias"]["change_pct"] == -25.0
    assert (
        result["fact_acceptance"]["change_pct"] == -25.0
        and result["rumour_acceptance"]["change_pct"] == -25.0
    )
    assert result["discernment"]["d_z"] is None  # every player's D changed by exactly 0
    assert any(w.startswith("scepticism only") for w in result["warnings"])
    assert "scepticism only" in format_table(suppress_small_cells(result))


def test_learning_raises_discernment_without_the_warning() -> None:
    result = compute_index(pair_rows(_players(60, _learning), ITEMS))
    d = result["discernment"]
    assert d["change_pct"] > 0 and d["ci95_pct"][0] > 0 and d["p"] < 0.05
    assert d["post_pct"] - d["pre_pct"] == pytest.approx(d["change_pct"])
    assert not any(w.startswith("scepticism") for w in result["warnings"])
    assert not any(w.startswith("no fact items") for w in result["warnings"])


def test_without_fact_items_the_index_says_so() -> None:
    rows = [r for r in _players(12, _learning) if r.item_id.startswith("r")]
    result = compute_index(pair_rows(rows, ITEMS))
    assert result["discernment"]["n_players"] == 0
    assert any(w.startswith("no fact items") for w in result["warnings"])


def _figures(cell: Any, k: int, where: str) -> None:
    """No figure in ``cell`` comes from fewer than ``k`` players (or pairs)."""
    if not isinstance(cell, dict):
        return
    count = cell.get("n_players", cell.get("n"))
    if isinstance(count, int) and (
        "mean_change_pct" in cell or "mean_change" in cell or "change_pct" in cell
    ):
        assert count >= k, f"{where}: a figure from {count} players"
    if cell.get("suppressed"):
        assert not {"mean_change_pct", "mean_change", "change_pct", "ci95_pct", "d_z"} & set(cell), where
    for key, value in cell.items():
        _figures(value, k, f"{where}.{key}")


def _mixed_rows() -> list:
    """Groups of every size: kiosks, events, languages and conditions of 1 to 14 players."""
    rows = []
    sizes = (14, 1, 6, 11, 2)
    for g, size in enumerate(sizes):
        extra = {
            "kiosk": f"k{g}",
            "event": f"e{g % 3}",
            "language": ("en", "es", "el")[g % 3],
            "rumour": "jobs",
        }
        rows += _players(size, _learning, seed=g, prefix=f"g{g}-", row=extra)
    return rows


@pytest.mark.parametrize("by", [None, *BY_CHOICES])
@pytest.mark.parametrize("k", [5, 10])
def test_no_printed_figure_comes_from_fewer_than_k_players(by: str | None, k: int) -> None:
    result = suppress_small_cells(compute_index(pair_rows(_mixed_rows(), ITEMS), by=by), k)
    _figures(result, k, "result")
    tables = [result.get("groups", {}), result["items"], result["rumours"]]
    for table in tables:
        hidden = [
            name
            for name, cell in table.items()
            if cell.get("suppressed") or cell.get("overall", {}).get("suppressed")
        ]
        assert len(hidden) != 1, f"a lone hidden cell could be recovered by subtraction: {hidden}"
    page = render_html(result)
    if any(c.get("suppressed") for c in result.get("groups", {}).values()):
        assert f"&lt;{k}" in page and f"<{k}" in format_table(result)


def test_one_player_by_language_is_never_shown() -> None:
    """The defect: --by language with one player published that player's changes."""
    rows = _players(20, _learning) + _players(1, _learning, prefix="x", row={"language": "uk"})
    result = suppress_small_cells(compute_index(pair_rows(rows, ITEMS), by="language"), 10)
    uk = result["groups"]["uk"]
    assert uk["suppressed"] and uk["overall"] == {"suppressed": True, "n_players": "<10"}
    assert "<10" in format_table(result)


def test_min_cell_cannot_go_below_five() -> None:
    with pytest.raises(ValueError):
        suppress_small_cells(compute_index(pair_rows([])), 4)


def test_conditions_and_their_difference() -> None:
    game = _players(30, _learning, seed=3, prefix="g")
    control = _players(30, lambda rng, kind: (3, rng.choice((2, 3, 3, 4))), seed=4, prefix="c")
    rows = game + control
    sessions = {r.session_id for r in game}
    from rumours_game.index import SessionInfo

    infos = {
        s: SessionInfo(condition="game" if s in sessions else "control") for s in {r.session_id for r in rows}
    }
    result = compute_index(pair_rows(rows, ITEMS, infos))
    assert set(result["conditions"]) == {"control", "game"}
    diff = result["condition_differences"]["game"]
    assert diff["vs"] == "control"
    gap = result["conditions"]["game"]["mean_change_pct"] - result["conditions"]["control"]["mean_change_pct"]
    assert diff["difference_pct"] == pytest.approx(gap)
    assert diff["ci95_pct"][0] < gap < diff["ci95_pct"][1]
