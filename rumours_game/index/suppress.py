"""Small-cell suppression: no figure from fewer than K players, and no hidden cell recoverable by
subtraction (complementary suppression), in every table of a result."""

from __future__ import annotations

from typing import Any

from rumours_game.index.rows import DEFAULT_MIN_CELL, LOWEST_MIN_CELL
from rumours_game.index.warn import index_warnings

DESCRIPTORS = (
    "kind",
    "rumour",
    "item_id",
    "pack",
    "version",
    "scale_points",
    "vs",
    "statement",
    "statement_lang",
)
"""Keys that describe a cell rather than measure it: kept when the cell is hidden."""
_COUNT_KEYS = ("n_players", "n")


def _count(cell: dict[str, Any]) -> int:
    for key in _COUNT_KEYS:
        if isinstance(cell.get(key), int):
            return int(cell[key])
    return 0


def hidden(cell: dict[str, Any], k: int) -> dict[str, Any]:
    """A cell with its figures removed: ``suppressed`` true and its count shown as '<K'."""
    key = "n" if "n" in cell and "n_players" not in cell else "n_players"
    return {"suppressed": True, key: f"<{k}", **{d: cell[d] for d in DESCRIPTORS if d in cell}}


def _table(cells: dict[str, Any], k: int) -> dict[str, Any]:
    """Hide the cells under K; when exactly one is hidden, also hide the smallest shown one, so the hidden
    one cannot be worked out from the total."""
    small = {name for name, cell in cells.items() if _count(cell) < k}
    shown = sorted((_count(c), name) for name, c in cells.items() if name not in small)
    if len(small) == 1 and shown:
        small.add(shown[0][1])
    return {name: hidden(cell, k) if name in small else cell for name, cell in cells.items()}


def _group(group: dict[str, Any], k: int) -> dict[str, Any]:
    out = dict(group)
    for key in ("overall", "discernment", "bias", "fact_acceptance", "rumour_acceptance"):
        if key in out and _count(out[key]) < k:
            out[key] = hidden(out[key], k)
    for key in ("items", "rumours", "conditions"):
        if key in out:
            out[key] = _table(out[key], k)
    out["reliability"] = {
        pack: rel if rel["n_players"] >= k else hidden(rel, k)
        for pack, rel in out.get("reliability", {}).items()
    }
    conditions = out.get("conditions", {})
    out["condition_differences"] = {
        c: diff
        if not (conditions[c].get("suppressed") or conditions[diff["vs"]].get("suppressed"))
        else hidden(diff, k)
        for c, diff in out.get("condition_differences", {}).items()
    }
    return out


def suppress_small_cells(result: dict[str, Any], k: int = DEFAULT_MIN_CELL) -> dict[str, Any]:
    """A copy of ``result`` in which no figure comes from fewer than ``k`` players (k >= 5)."""
    if k < LOWEST_MIN_CELL:
        raise ValueError(f"the minimum cell size is at least {LOWEST_MIN_CELL}, not {k}")
    out = _group(result, k)
    out["min_cell"] = k
    if "groups" in result:
        groups = {key: {**g, "n_players": _count(g["overall"])} for key, g in result["groups"].items()}
        masked = _table(groups, k)
        out["groups"] = {
            key: {"overall": hidden(g["overall"], k), "suppressed": True}
            if masked[key].get("suppressed")
            else _group(result["groups"][key], k)
            for key, g in groups.items()
        }
    out["warnings"] = result["notes"] + index_warnings(out)
    return out
