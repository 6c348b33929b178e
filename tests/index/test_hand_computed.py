"""The index on hand-made answers, against figures worked out by hand.

Changes (pre agreement - post agreement):
  jobs   A +2, B -1, C +4      -> mean 5/3, sd sqrt(19/3), t(0.975, 2) = 4.302653
  enrich A +2, B  0 (reversed) -> mean 1, sd sqrt 2, t(0.975, 1) = 12.706205
  crime  A  0, B +3 (B's latest 'pre' is 5) -> mean 1.5, sd 3/sqrt 2
Players' % of scale: A (50 + 50 + 0)/3, B (-25 + 0 + 50)/3, C 100.
"""

from __future__ import annotations

import math

import pytest

from rumours_game.index import pair_rows
from rumours_game.index.compute import compute_index
from rumours_game.index.html_report import render_html
from rumours_game.index.report import format_table
from tests.index.fixtures import CHECKS, hand_rows

T2, T1 = 4.302652729911275, 12.706204736174698


@pytest.fixture
def result() -> dict:
    return compute_index(pair_rows(hand_rows(), CHECKS))


def test_items(result: dict) -> None:
    jobs = result["items"]["jobs"]
    sd = math.sqrt(19 / 3)
    assert jobs["n"] == 3
    assert jobs["mean_change"] == pytest.approx(5 / 3)
    assert jobs["sd_change"] == pytest.approx(sd)
    assert jobs["d_z"] == pytest.approx((5 / 3) / sd)
    half = T2 * sd / math.sqrt(3)
    assert jobs["ci95"] == pytest.approx([5 / 3 - half, 5 / 3 + half])
    assert (jobs["improved"], jobs["unchanged"], jobs["worsened"]) == pytest.approx((2 / 3, 0, 1 / 3))
    assert jobs["rumour"] == "jobs"
    enrich = result["items"]["enrich"]
    assert (enrich["n"], enrich["mean_change"], enrich["sd_change"]) == (2, 1.0, pytest.approx(math.sqrt(2)))
    assert enrich["ci95"] == pytest.approx([1 - T1, 1 + T1])
    assert (enrich["improved"], enrich["unchanged"], enrich["worsened"]) == (0.5, 0.5, 0.0)
    crime = result["items"]["crime"]
    assert crime["mean_change"] == 1.5
    assert crime["d_z"] == pytest.approx(1 / math.sqrt(2))
    assert crime["ci95"] == pytest.approx([1.5 - T1 * 1.5, 1.5 + T1 * 1.5])
    assert "check" not in result["items"]


def test_overall(result: dict) -> None:
    pcts = [100 / 3, 25 / 3, 100.0]
    mean = sum(pcts) / 3
    sd = math.sqrt(sum((p - mean) ** 2 for p in pcts) / 2)
    overall = result["overall"]
    assert overall["n_players"] == 3
    assert overall["n_pairs"] == 7
    assert overall["mean_change_pct"] == pytest.approx(mean)
    assert overall["sd_change_pct"] == pytest.approx(sd)
    assert overall["d_z"] == pytest.approx(mean / sd)
    # cluster-robust by session (A and B played together, C alone): the residual sums of the two sessions
    # are -r and r with r = C's residual, so se = sqrt(2 / 1 * 2 r^2) / 3 and df = 1
    r = 100.0 - mean
    half = T1 * math.sqrt(4 * r * r) / 3
    assert overall["ci95_pct"] == pytest.approx([mean - half, mean + half])
    assert (overall["df"], overall["sessions"]) == (1, 2)
    assert overall["improved"] == 1.0


def test_rumours(result: dict) -> None:
    assert set(result["rumours"]) == {"jobs", "crime"}
    assert result["rumours"]["jobs"]["mean_change_pct"] == pytest.approx((50 - 25 + 100) / 3)
    assert result["rumours"]["crime"]["n_players"] == 2
    assert result["rumours"]["crime"]["mean_change_pct"] == pytest.approx(25.0)


def test_exclusions_and_attention(result: dict) -> None:
    assert result["answers"] == 21
    assert result["excluded"] == {
        "unpaired_answers": 2,
        "superseded_answers": 1,
        "inconsistent_answers": 0,
        "attention_check_answers": 4,
        "unpaired_share": pytest.approx(2 / 17),
        "test_answers": 0,
        "duplicate_answers": 0,
        "conflicting_answers": 0,
    }
    assert result["attention_check"] == {"answers": 4, "failed": 1, "fail_share": 0.25}
    warnings = " ".join(result["warnings"])
    assert "only 3 player(s)" in warnings
    assert "jobs (3)" in warnings
    assert "attention-check" in warnings
    assert "no partner" not in warnings  # 12% unpaired is below the 20% limit


def test_without_known_checks_the_check_is_an_ordinary_item() -> None:
    result = compute_index(pair_rows(hand_rows()))
    assert result["items"]["check"]["n"] == 1
    assert result["excluded"]["unpaired_answers"] == 4


@pytest.mark.parametrize(
    ("by", "groups"),
    [
        ("kiosk", {"k1": 2, "k2": 1}),
        ("language", {"en": 2, "es": 1}),
        ("event", {"school": 2, "(none)": 1}),
        ("pack", {"demo": 3}),
        ("rumour", {"jobs": 3, "crime": 2, "(none)": 2}),
        ("item", {"jobs": 3, "crime": 2, "enrich": 2}),
    ],
)
def test_by_groups(by: str, groups: dict[str, int]) -> None:
    result = compute_index(pair_rows(hand_rows(), CHECKS), by=by)
    assert result["by"] == by
    assert {k: g["overall"]["n_players"] for k, g in result["groups"].items()} == groups
    assert result["overall"]["n_players"] == 3


def test_by_kiosk_figures() -> None:
    result = compute_index(pair_rows(hand_rows(), CHECKS), by="kiosk")
    k1 = result["groups"]["k1"]
    assert k1["overall"]["mean_change_pct"] == pytest.approx((100 / 3 + 25 / 3) / 2)
    assert k1["items"]["jobs"]["mean_change"] == pytest.approx(0.5)
    assert result["groups"]["k2"]["items"]["jobs"]["sd_change"] is None


def test_latest_answer_wins_even_when_listed_first() -> None:
    rows = hand_rows()
    moved = [r for r in rows if r.player_code == "BBB" and r.item_id == "crime" and r.value == 5]
    rows = moved + [r for r in rows if r not in moved]
    assert compute_index(pair_rows(rows, CHECKS))["items"]["crime"]["mean_change"] == 1.5


def test_mismatched_scales_are_left_out() -> None:
    rows = hand_rows()
    rows = [r._replace(scale_max=7) if r.player_code == "CCC" and r.phase == "post" else r for r in rows]
    result = compute_index(pair_rows(rows, CHECKS))
    assert result["excluded"]["inconsistent_answers"] == 2
    assert result["overall"]["n_players"] == 2
    assert any("different scales" in w for w in result["warnings"])


def test_empty_input() -> None:
    result = compute_index(pair_rows([]))
    assert result["overall"]["n_players"] == 0
    assert result["overall"]["mean_change_pct"] is None
    assert result["items"] == {}
    assert "only 0 player(s)" in result["warnings"][0]
    assert "No pairs to chart" in render_html(result) or "<svg" not in render_html(result)
    assert "Players with before and after answers: 0" in format_table(result)


def test_table_and_html(result: dict) -> None:
    table = format_table(result)
    assert "jobs" in table and "Warnings:" in table and "[-114.6, 198.0]" in table
    page = render_html(result)
    assert page.startswith("<!DOCTYPE html>") and page.count("<svg") == 3
    assert "<script" not in page


def test_html_escapes_labels() -> None:
    rows = [r._replace(event="<b>&x") for r in hand_rows()]
    page = render_html(compute_index(pair_rows(rows, CHECKS), by="event"))
    assert "<b>&x" not in page and "&lt;b&gt;&amp;x" in page
