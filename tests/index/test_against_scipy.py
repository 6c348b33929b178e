"""Every figure the index prints equals an independent computation with numpy and scipy.stats (1e-6)."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st
from scipy import stats

from rumours_game.index import pair_rows
from rumours_game.index.compute import compute_index
from tests.index.reference import (
    KIND_ITEMS,
    change,
    cluster,
    dz_ci,
    holm,
    infos,
    latest_pairs,
    player_scores,
    random_rows,
)

TOL = {"rel": 1e-6, "abs": 1e-6}


def close(a: object, b: object) -> None:
    assert a == pytest.approx(b, **TOL)


def check_sample(fig: dict, values: list[Fraction], n: str, mean: str, sd: str, ci: str,
                 sessions: list[str] | None = None) -> None:  # fmt: skip
    """``fig`` against scipy for the exact ``values`` (clustered by ``sessions`` when given)."""
    arr = np.array([float(v) for v in values])
    assert fig[n] == len(arr)
    assert fig["improved"] == pytest.approx(sum(v > 0 for v in values) / len(values))
    assert fig["unchanged"] == pytest.approx(sum(v == 0 for v in values) / len(values))
    assert fig["worsened"] == pytest.approx(sum(v < 0 for v in values) / len(values))
    close(fig[mean], float(sum(values) / len(values)))
    constant = len(set(values)) == 1
    if len(arr) < 2 or constant:
        assert fig["d_z"] is None and fig["t"] is None and fig["p"] is None and fig[ci] is None
        assert fig["d_z_ci95"] is None
        if len(arr) >= 2:
            assert fig[sd] == 0.0
        return
    close(fig[sd], arr.std(ddof=1))
    close(fig["d_z"], arr.mean() / arr.std(ddof=1))
    close(fig["d_z_ci95"], dz_ci(arr))
    if any(values):
        close(fig["p_wilcoxon"], stats.wilcoxon(arr, zero_method="pratt").pvalue)
    if sessions is None:
        res = stats.ttest_1samp(arr, 0.0)
        close([fig["t"], fig["df"], fig["p"]], [res.statistic, res.df, res.pvalue])
        low, high = res.confidence_interval(0.95)
        close(fig[ci], [low, high])
        return
    if len(set(sessions)) < 2:
        assert fig[ci] is None
        return
    se, t, df = cluster(arr, sessions)
    close([fig["t"], fig["df"], fig["p"]], [t, df, 2 * stats.t.sf(abs(t), df)])
    half = stats.t.ppf(0.975, df) * se
    close(fig[ci], [arr.mean() - half, arr.mean() + half])
    if len(set(sessions)) == len(sessions):  # one player per team: the ordinary t test
        close(fig["p"], stats.ttest_1samp(arr, 0.0).pvalue)


def check_result(rows: list, items: dict) -> dict:
    kinds = {k: v[3] for k, v in items.items()}
    result = compute_index(pair_rows(rows, infos(items)))
    pairs = latest_pairs(rows, kinds)
    per_item: dict[str, list[dict]] = {}
    for x in pairs:
        per_item.setdefault(x["item"], []).append(x)
    assert set(result["items"]) == set(per_item)
    for item, got in per_item.items():
        fig = result["items"][item]
        check_sample(fig, [Fraction(change(x)) for x in got], "n", "mean_change", "sd_change", "ci95")
        span = got[0]["hi"] - got[0]["lo"]
        close(fig["mean_change_pct"], 100 * np.mean([change(x) for x in got]) / span)
        best = [x["pre"] == (x["hi"] if x["kind"] == "fact" else x["lo"]) for x in got]
        close(fig["at_best_before"], np.mean(best))
    ps = [result["items"][k]["p"] for k in result["items"]]
    if all(p is not None for p in ps):
        close([result["items"][k]["p_holm"] for k in result["items"]], holm(ps))
    scores, sessions = player_scores(pairs)
    if scores:
        check_sample(result["overall"], scores, "n_players", "mean_change_pct", "sd_change_pct", "ci95_pct",
                     sessions)  # fmt: skip
    return result


@pytest.mark.slow
@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**32), players=st.integers(1, 45), constant=st.booleans())
def test_rumour_index_equals_scipy(seed: int, players: int, constant: bool) -> None:
    items = {k: v for k, v in KIND_ITEMS.items() if v[3] == "rumour"}
    check_result(random_rows(seed, players, constant=constant, items=items), items)


@pytest.mark.slow
@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 2**32), players=st.integers(2, 40))
def test_discernment_equals_scipy(seed: int, players: int) -> None:
    rows = random_rows(seed, players, items=KIND_ITEMS)
    result = check_result(rows, KIND_ITEMS)
    pairs = latest_pairs(rows, {k: v[3] for k, v in KIND_ITEMS.items()})
    fact_by = {}
    for x in pairs:
        if x["kind"] == "fact":
            fact_by.setdefault((x["s"], x["p"]), []).append(Fraction(100 * change(x), x["hi"] - x["lo"]))
    rum_by = {}
    for x in pairs:
        if x["kind"] == "rumour":
            rum_by.setdefault((x["s"], x["p"]), []).append(Fraction(100 * change(x), x["hi"] - x["lo"]))
    both = sorted(set(fact_by) & set(rum_by))
    if not both:
        assert result["discernment"]["n_players"] == 0
        return
    d_t = [sum(fact_by[k]) / len(fact_by[k]) for k in both]
    d_f = [-sum(rum_by[k]) / len(rum_by[k]) for k in both]
    sessions = [k[0] for k in both]
    d = [a - b for a, b in zip(d_t, d_f, strict=True)]
    b = [(a + c) / 2 for a, c in zip(d_t, d_f, strict=True)]
    for key, values in (
        ("discernment", d),
        ("bias", b),
        ("fact_acceptance", d_t),
        ("rumour_acceptance", d_f),
    ):
        check_sample(result[key], values, "n_players", "change_pct", "sd_pct", "ci95_pct", sessions)


def test_zero_variance_gives_no_t_p_or_d_z() -> None:
    """Every player one point less sure of every rumour: SD 0, so t, p, d_z and the intervals are undefined."""
    items = {k: v for k, v in KIND_ITEMS.items() if v[3] == "rumour"}
    rows = random_rows(3, 24, constant=True, items=items)
    result = compute_index(pair_rows(rows, infos(items)))
    for fig in (*result["items"].values(), result["overall"]):
        assert fig.get("sd_change", fig.get("sd_change_pct")) == 0.0
        assert fig["d_z"] is None and fig["t"] is None and fig["p"] is None
        assert fig["improved"] == 1.0


def test_a_change_of_exactly_zero_is_unchanged() -> None:
    """+1 on a 5-point item and -1.5 points' worth on a 7-point one: the player's mean is exactly 0."""
    from tests.index.fixtures import row

    rows = [
        row("s", "A", "a", "pre", 3), row("s", "A", "a", "post", 2),
        row("s", "A", "c", "pre", 2, hi=7), row("s", "A", "c", "post", 3, hi=7),
        row("s", "A", "e", "pre", 1, hi=7), row("s", "A", "e", "post", 1, hi=7),
        row("s", "A", "g", "pre", 4, hi=7), row("s", "A", "g", "post", 4, hi=7),
        row("s", "A", "h", "pre", 4), row("s", "A", "h", "post", 4),
        row("s", "A", "i", "pre", 2), row("s", "A", "i", "post", 3),
        row("s", "A", "j", "pre", 1, hi=7), row("s", "A", "j", "post", 2, hi=7),
    ]  # fmt: skip
    # changes in % of the scale: +25, -100/6, 0, 0, 0, -25, -100/6 ... plus one more to reach 0 exactly
    rows += [row("s", "A", "k", "pre", 6, hi=7), row("s", "A", "k", "post", 4, hi=7)]
    overall = compute_index(pair_rows(rows))["overall"]
    assert overall["unchanged"] == 1.0 and overall["mean_change_pct"] == 0.0
