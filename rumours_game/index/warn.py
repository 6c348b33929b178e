"""The warnings an index result carries (plain sentences; the key word of each is stable for scripts)."""

from __future__ import annotations

from typing import Any

MIN_N = 30
"""Below this many pairs (or players) a figure gets a warning."""
UNPAIRED_LIMIT = 0.2
"""Warn when more than this share of answers has no partner."""
CHECK_FAIL_LIMIT = 0.2
"""Warn when more than this share of attention-check answers is wrong."""
AT_BEST_LIMIT = 0.15
"""Warn when more than this share of players (or pairs of an item) could not improve."""


def _scepticism(result: dict[str, Any]) -> str | None:
    """'Scepticism only': rumours and facts both lose acceptance and discernment does not move."""
    t, f, d = result["fact_acceptance"], result["rumour_acceptance"], result["discernment"]
    if (
        any(x.get("suppressed") for x in (t, f, d))
        or t["change_pct"] is None
        or f["change_pct"] is None
        or d["change_pct"] is None
    ):
        return None
    if not (t["change_pct"] < 0 and f["change_pct"] < 0):
        return None
    ci = d["ci95_pct"]
    still = (ci[0] <= 0 <= ci[1]) if ci else abs(d["change_pct"]) < 1e-9
    if not still:
        return None
    return (
        f"scepticism only: after the game players accepted rumours less ({f['change_pct']:+.1f}% of the scale) "
        f"but true statements less too ({t['change_pct']:+.1f}%), and their discernment (facts minus "
        f"rumours) did not change ({d['change_pct']:+.1f}%). This is doubt about everything, not learning "
        "to tell true from false."
    )


def index_warnings(result: dict[str, Any]) -> list[str]:
    """Every warning for a result; hidden (suppressed) cells are not mentioned."""
    out: list[str] = []
    n_players = result["overall"]["n_players"]
    if isinstance(n_players, str):
        out.append(f"{n_players} players answered both before and after: too few to show any figure.")
    elif n_players < MIN_N:
        out.append(
            f"only {n_players} player(s) answered both before and after: the overall result is very uncertain "
            f"({MIN_N} or more are advised)."
        )
    shown = {k: f for k, f in result["items"].items() if not f.get("suppressed")}
    small = [f"{item} ({fig['n']})" for item, fig in shown.items() if fig["n"] < MIN_N]
    if small:
        out.append(f"items with fewer than {MIN_N} pairs: {', '.join(small)}.")
    share = result["excluded"]["unpaired_share"]
    if share > UNPAIRED_LIMIT:
        out.append(
            f"{share:.0%} of the answers have no partner (a 'before' without an 'after' or the other way round). "
            "They are left out, and players who stopped early may think differently from those who finished."
        )
    inconsistent = result["excluded"]["inconsistent_answers"]
    if inconsistent:
        out.append(
            f"{inconsistent} answer(s) left out: their 'before' and 'after' use different scales or coding."
        )
    check = result["attention_check"]
    if check["answers"] and check["fail_share"] > CHECK_FAIL_LIMIT:
        out.append(
            f"{check['fail_share']:.0%} of the attention-check answers were wrong: "
            "many players may not have read the statements."
        )
    best = result["overall"].get("at_best_before")
    if best is not None and best > AT_BEST_LIMIT:
        out.append(
            f"floor: {best:.0%} of the players already rejected every rumour fully before the game and could not "
            "improve; the mean change understates what the game can do (see at_best_before per item)."
        )
    crowded = [
        f"{k} ({f['at_best_before']:.0%})" for k, f in shown.items() if f["at_best_before"] > AT_BEST_LIMIT
    ]
    if crowded:
        out.append(
            f"items where more than {AT_BEST_LIMIT:.0%} of the answers before were already the best point: "
            f"{', '.join(crowded)}."
        )
    has_rumours = any(f["kind"] == "rumour" for f in result["items"].values())
    if has_rumours and not any(f["kind"] == "fact" for f in result["items"].values()):
        out.append(
            "no fact items: without true statements to accept, a change may be mere scepticism (disagreeing "
            "with everything) rather than learning; add fact items to the survey to measure discernment."
        )
    scepticism = _scepticism(result)
    if scepticism:
        out.append(scepticism)
    conflicts = result["excluded"]["conflicting_answers"]
    if conflicts:
        out.append(
            f"{conflicts} answer(s) share a response id with a different answer: the first was used "
            "(merge the exports to see them)."
        )
    return out
