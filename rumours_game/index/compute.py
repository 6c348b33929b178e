"""The anti-rumours progress index from a :class:`Tally`, as a JSON-ready dict with warnings."""

from __future__ import annotations

from typing import Any

from rumours_game.index.stats import Moments, Summary, summarize
from rumours_game.index.tally import GroupTally, Tally

MIN_N = 30
"""Below this many pairs (or players) a figure gets a warning."""
UNPAIRED_LIMIT = 0.2
"""Warn when more than this share of answers has no partner."""
CHECK_FAIL_LIMIT = 0.2
"""Warn when more than this share of attention-check answers is wrong."""


def _ci(summary: Summary) -> list[float] | None:
    return list(summary.ci95) if summary.ci95 else None


def _item_figures(moments: Moments, rumour: str) -> dict[str, Any]:
    s = summarize(moments)
    return {
        "n": s.n,
        "mean_change": s.mean,
        "sd_change": s.sd,
        "d_z": s.d_z,
        "ci95": _ci(s),
        "improved": s.improved,
        "unchanged": s.unchanged,
        "worsened": s.worsened,
        "rumour": rumour or None,
    }


def _player_figures(moments: Moments) -> dict[str, Any]:
    s = summarize(moments)
    return {
        "n_players": s.n,
        "mean_change_pct": s.mean,
        "sd_change_pct": s.sd,
        "d_z": s.d_z,
        "ci95_pct": _ci(s),
        "improved": s.improved,
        "unchanged": s.unchanged,
        "worsened": s.worsened,
    }


def _group(group: GroupTally) -> dict[str, Any]:
    overall = _player_figures(group.players)
    overall["n_pairs"] = sum(m.n for m in group.items.values())
    return {
        "overall": overall,
        "items": {
            k: _item_figures(group.items[k], group.item_rumour.get(k, "")) for k in sorted(group.items)
        },
        "rumours": {k: _player_figures(group.rumours[k]) for k in sorted(group.rumours)},
    }


def _warnings(result: dict[str, Any], tally: Tally) -> list[str]:
    out: list[str] = []
    n_players = result["overall"]["n_players"]
    if n_players < MIN_N:
        out.append(
            f"only {n_players} player(s) answered both before and after: the overall result is very uncertain "
            f"({MIN_N} or more are advised)."
        )
    small = [f"{item} ({fig['n']})" for item, fig in result["items"].items() if fig["n"] < MIN_N]
    if small:
        out.append(f"items with fewer than {MIN_N} pairs: {', '.join(small)}.")
    share = result["excluded"]["unpaired_share"]
    if share > UNPAIRED_LIMIT:
        out.append(
            f"{share:.0%} of the answers have no partner (a 'before' without an 'after' or the other way round). "
            "They are left out, and players who stopped early may think differently from those who finished."
        )
    if tally.inconsistent:
        out.append(
            f"{tally.inconsistent} answer(s) left out: their 'before' and 'after' use different scales or coding."
        )
    check = result["attention_check"]
    if check["answers"] and check["fail_share"] > CHECK_FAIL_LIMIT:
        out.append(
            f"{check['fail_share']:.0%} of the attention-check answers were wrong: "
            "many players may not have read the statements."
        )
    return out


def compute_index(tally: Tally) -> dict[str, Any]:
    """The index: ``overall``, ``items``, ``rumours``, ``excluded``, ``attention_check``, ``warnings``
    and, with ``--by``, ``by`` and ``groups`` (each with its own overall, items and rumours)."""
    result = _group(tally.groups.get("") or GroupTally())
    rated = tally.answers - tally.check_answers
    result["excluded"] = {
        "unpaired_answers": tally.unpaired,
        "superseded_answers": tally.superseded,
        "inconsistent_answers": tally.inconsistent,
        "attention_check_answers": tally.check_answers,
        "unpaired_share": tally.unpaired / rated if rated else 0.0,
    }
    result["answers"] = tally.answers
    result["attention_check"] = {
        "answers": tally.check_answers,
        "failed": tally.check_failed,
        "fail_share": tally.check_failed / tally.check_answers if tally.check_answers else 0.0,
    }
    if tally.by:
        result["by"] = tally.by
        result["groups"] = {key: _group(tally.groups[key]) for key in sorted(tally.groups) if key}
    result["warnings"] = _warnings(result, tally)
    return result
