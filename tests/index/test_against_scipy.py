"""The index against an independent computation with numpy and scipy on random answers."""

from __future__ import annotations

import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats

from rumours_game.index import ResponseRow, compute_index, t_ppf, tally_rows

ITEMS = {"a": (5, 0, "r1"), "b": (5, 1, ""), "c": (7, 0, "r1"), "d": (7, 1, "r2")}


def random_rows(seed: int, players: int) -> list[ResponseRow]:
    rng = random.Random(seed)
    rows = []
    for p in range(players):
        session = f"s{p // 3}"
        for item, (hi, rev, rumour) in ITEMS.items():
            for phase in ("pre", "post"):
                if rng.random() < 0.1:
                    continue  # unpaired
                for attempt in range(1 + (rng.random() < 0.1)):  # sometimes re-answered
                    at = f"2026-01-01T10:{rng.randrange(60):02d}:{attempt:02d}.000000Z"
                    rows.append(
                        ResponseRow(
                            f"id{len(rows)}",
                            session,
                            f"P{p}",
                            "k",
                            "",
                            "demo",
                            "1",
                            "en",
                            item,
                            rumour,
                            phase,
                            rng.randint(1, hi),
                            1,
                            hi,
                            rev,
                            at,
                        )
                    )
    rng.shuffle(rows)
    return rows


def reference(rows: list[ResponseRow]) -> tuple[dict[str, list[float]], list[float]]:
    """Changes per item and players' mean % change, written plainly."""
    latest: dict[tuple, ResponseRow] = {}
    for r in sorted(rows, key=lambda r: (r.answered_at, r.response_id)):
        latest[(r.session_id, r.player_code, r.item_id, r.phase)] = r
    per_item: dict[str, list[float]] = {}
    per_player: dict[tuple, list[float]] = {}
    for (s, p, i, phase), pre in latest.items():
        post = latest.get((s, p, i, "post"))
        if phase != "pre" or post is None:
            continue

        def agree(r: ResponseRow) -> int:
            return r.scale_min + r.scale_max - r.value if r.reverse_coded else r.value

        change = agree(pre) - agree(post)
        per_item.setdefault(i, []).append(change)
        per_player.setdefault((s, p), []).append(100 * change / (pre.scale_max - pre.scale_min))
    return per_item, [float(np.mean(v)) for v in per_player.values()]


def check(figures: dict, values: list[float], mean: str, sd: str, ci: str) -> None:
    arr = np.array(values, dtype=float)
    assert figures["n" if "n" in figures else "n_players"] == len(arr)
    assert figures[mean] == pytest.approx(arr.mean(), rel=1e-9, abs=1e-12)
    assert figures[sd] == pytest.approx(arr.std(ddof=1), rel=1e-9)
    assert figures["d_z"] == pytest.approx(arr.mean() / arr.std(ddof=1), rel=1e-9)
    lo, hi = stats.t.interval(0.95, len(arr) - 1, loc=arr.mean(), scale=stats.sem(arr))
    assert figures[ci] == pytest.approx([lo, hi], rel=1e-8, abs=1e-9)
    assert figures["improved"] == pytest.approx(float((arr > 0).mean()))
    assert figures["worsened"] == pytest.approx(float((arr < 0).mean()))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_matches_numpy_and_scipy(seed: int) -> None:
    rows = random_rows(seed, 120)
    result = compute_index(tally_rows(rows))
    per_item, players = reference(rows)
    assert set(result["items"]) == set(per_item)
    for item, changes in per_item.items():
        check(result["items"][item], changes, "mean_change", "sd_change", "ci95")
    check(result["overall"], players, "mean_change_pct", "sd_change_pct", "ci95_pct")
    superseded = len(rows) - len({(r.session_id, r.player_code, r.item_id, r.phase) for r in rows})
    assert result["excluded"]["superseded_answers"] == superseded
    paired = sum(len(v) for v in per_item.values())
    assert result["excluded"]["unpaired_answers"] == len(rows) - superseded - 2 * paired


def test_t_quantile_matches_scipy_for_every_df_up_to_10000() -> None:
    dfs = np.arange(1, 10001)
    expected = stats.t.ppf(0.975, dfs)
    worst = max(abs(t_ppf(0.975, int(df)) - e) for df, e in zip(dfs, expected, strict=True))
    assert worst < 1e-6


@settings(max_examples=200, deadline=None)
@given(p=st.floats(0.0005, 0.9995), df=st.integers(1, 10000))
def test_t_quantile_anywhere(p: float, df: int) -> None:
    assert t_ppf(p, df) == pytest.approx(stats.t.ppf(p, df), rel=1e-7, abs=1e-6)


@pytest.mark.parametrize(("p", "df"), [(0.0, 3), (1.0, 3), (0.5, 0)])
def test_t_quantile_refuses_bad_input(p: float, df: int) -> None:
    with pytest.raises(ValueError):
        t_ppf(p, df)


@settings(max_examples=50, deadline=None)
@given(changes=st.lists(st.integers(-6, 6), min_size=2, max_size=60))
def test_item_figures_for_any_changes(changes: list[int]) -> None:
    rows = []
    for i, c in enumerate(changes):
        pre, post = (1 + c, 1) if c >= 0 else (1, 1 - c)
        for phase, v in (("pre", pre), ("post", post)):
            rows.append(
                ResponseRow(
                    f"{i}{phase}", "s", f"P{i}", "k", "", "x", "1", "en", "a", "", phase, v, 1, 7, 0, "t"
                )
            )
    fig = compute_index(tally_rows(rows))["items"]["a"]
    arr = np.array(changes, dtype=float)
    assert fig["mean_change"] == pytest.approx(arr.mean())
    assert fig["sd_change"] == pytest.approx(arr.std(ddof=1), abs=1e-12)
    if arr.std() == 0:
        assert fig["d_z"] is None and fig["ci95"] == pytest.approx([arr.mean(), arr.mean()])
