"""The anti-rumours progress index from the pair table, as a JSON-ready dict (definition: docs/index.md).

Every figure is an array operation over the table (:mod:`rumours_game.index.table`): per item and per
group the pairs are selected by index arrays, per player by :func:`numpy.bincount`; Python loops only
over items, rumours, groups and distinct values."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import numpy as np

from rumours_game.index.pairing import Paired, bulk
from rumours_game.index.rows import NONE_KEY
from rumours_game.index.scores import (
    PlayerSums,
    common_span,
    discernment_samples,
    player_sums,
    rumour_index_sample,
)
from rumours_game.index.stats import Sample, cronbach_alpha, holm, summarize, welch
from rumours_game.index.table import FACT, RUMOUR, Ints, PairTable, Variant, build_table
from rumours_game.index.warn import index_warnings

PLAYER_KEYS = {"n": "n_players", "mean": "mean_change_pct", "sd": "sd_change_pct", "ci95": "ci95_pct"}
CHANGE_KEYS = {"n": "n_players", "mean": "change_pct", "sd": "sd_pct", "ci95": "ci95_pct"}
CONTROL = "control"


def _renamed(figures: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    return {names.get(k, k): v for k, v in figures.items()}


def _groups(codes: Ints, names: list[str]) -> dict[str, Ints]:
    """The rows of each named group (``codes[i]`` indexes ``names``; several codes may share a name), by
    name in sorted order."""
    order = np.argsort(codes, kind="stable")
    bounds = np.searchsorted(codes[order], np.arange(len(names) + 1))
    rows: dict[str, list[Ints]] = defaultdict(list)
    for code, name in enumerate(names):
        if bounds[code + 1] > bounds[code]:
            rows[name].append(order[bounds[code] : bounds[code + 1]])
    return {name: np.sort(np.concatenate(rows[name])) for name in sorted(rows)}


def item_labels(variants: list[Variant]) -> tuple[list[str], list[str]]:
    """A label per variant: the item id, unless the same id was used for different statements (text,
    scale, kind or rumour: another pack or a changed version), which are then kept apart as
    ``id (pack versions)``. Returns the labels and a warning per split id."""
    found: dict[str, dict[tuple[Any, ...], set[str]]] = defaultdict(dict)
    for v in variants:
        found[v.item].setdefault((v.pack, v.item_hash, v.kind, v.rumour, v.lo, v.hi), set()).add(v.version)
    names: dict[tuple[Any, ...], str] = {}
    notes = []
    for item, keys in found.items():
        if len(keys) == 1:
            continue  # one statement: the id alone says which
        shown = []
        for key, versions in sorted(keys.items(), key=lambda kv: (kv[0][0], sorted(kv[1]))):
            name = f"{item} ({key[0]} {','.join(sorted(versions))})"
            while name in shown:
                name += "'"
            shown.append(name)
            names[(item, *key)] = name
        notes.append(
            f"item '{item}' is not the same statement in every pack or version (text, scale, kind or rumour "
            f"differ): its answers are not pooled but shown apart as {', '.join(shown)}."
        )
    labels = [
        names.get((v.item, v.pack, v.item_hash, v.kind, v.rumour, v.lo, v.hi), v.item) for v in variants
    ]
    return labels, notes


def _items(table: PairTable, labels: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    kind, lo, span = table.kind(), table.lo(), table.span()
    change = np.where(kind == FACT, table.post - table.pre, table.pre - table.post)
    best = table.pre == np.where(kind == FACT, lo + span, lo)
    for label, rows in _groups(table.variant, labels).items():
        first = min((table.variants[v] for v in set(table.variant[rows].tolist())), key=lambda v: v.version)
        points = first.hi - first.lo
        fig = summarize(
            Sample(change[rows], np.ones(len(rows), dtype=np.int64), table.session[table.player[rows]])
        )
        fig = _renamed(fig, {"mean": "mean_change", "sd": "sd_change"})
        pct = 100 / points
        fig["mean_change_pct"] = None if fig["mean_change"] is None else fig["mean_change"] * pct
        fig["ci95_pct"] = None if fig["ci95"] is None else [x * pct for x in fig["ci95"]]
        fig["at_best_before"] = int(np.count_nonzero(best[rows])) / len(rows)
        fig["answers_pre"] = np.bincount(table.pre[rows] - first.lo, minlength=points + 1).tolist()
        fig["answers_post"] = np.bincount(table.post[rows] - first.lo, minlength=points + 1).tolist()
        fig.update(kind=first.kind, rumour=first.rumour or None, item_id=first.item, pack=first.pack,
                   version=first.version, scale_points=points + 1)  # fmt: skip
        out[label] = fig
    for fig, adjusted in zip(out.values(), holm([f["p"] for f in out.values()]), strict=True):
        fig["p_holm"] = adjusted
    return out


def _player_figures(sample: Sample, at_best: int | None = None) -> dict[str, Any]:
    fig = _renamed(summarize(sample, clustered=True), PLAYER_KEYS)
    if at_best is not None:
        fig["at_best_before"] = at_best / sample.n if sample.n else None
    return fig


def _rumours(table: PairTable, span_lcm: int) -> dict[str, Any]:
    rumour_of = [v.rumour if v.kind == "rumour" else "" for v in table.variants]
    out = {}
    for rumour, rows in _groups(table.variant, rumour_of).items():
        if rumour:
            sample, best = rumour_index_sample(player_sums(table.take(rows), span_lcm), span_lcm)
            out[rumour] = _player_figures(sample, best)
    for fig, adjusted in zip(out.values(), holm([f["p"] for f in out.values()]), strict=True):
        fig["p_holm"] = adjusted
    return out


def _discernment(result: dict[str, Any], players: PlayerSums, span_lcm: int) -> None:
    disc = discernment_samples(players, span_lcm)
    for key, sample in (("discernment", disc.d), ("bias", disc.b), ("fact_acceptance", disc.t),
                        ("rumour_acceptance", disc.f)):  # fmt: skip
        fig = _renamed(summarize(sample, clustered=True), CHANGE_KEYS)
        letter = {"discernment": "d", "bias": "b", "fact_acceptance": "t", "rumour_acceptance": "f"}[key]
        fig["pre_pct"], fig["post_pct"] = disc.levels[f"{letter}_pre_pct"], disc.levels[f"{letter}_post_pct"]
        result[key] = fig


def _reliability(table: PairTable, labels: list[str]) -> dict[str, Any]:
    """Cronbach's alpha of each pack's rumour items per phase, over players with a pair on every one."""
    rumour = np.flatnonzero(table.kind() == RUMOUR)
    out = {}
    for pack, rows in _groups(table.variant[rumour], [v.pack for v in table.variants]).items():
        rows = rumour[rows]
        names = sorted({labels[v] for v in set(table.variant[rows].tolist())})
        column = np.array([names.index(label) if label in names else -1 for label in labels])[
            table.variant[rows]
        ]
        counts = np.bincount(table.player[rows], minlength=table.n_players)
        full = np.flatnonzero(counts == len(names))
        rank = np.full(table.n_players, -1)
        rank[full] = np.arange(len(full))
        inside = rank[table.player[rows]] >= 0
        tables = {}
        for phase, values in (("pre", table.pre), ("post", table.post)):
            grid = np.zeros((len(full), len(names)))
            grid[rank[table.player[rows]][inside], column[inside]] = values[rows][inside]
            tables[phase] = grid
        out[pack] = {
            "items": len(names),
            "n_players": len(full),
            "alpha_pre": cronbach_alpha(tables["pre"]),
            "alpha_post": cronbach_alpha(tables["post"]),
        }
    return out


def _conditions(table: PairTable, span_lcm: int) -> tuple[dict[str, Any], dict[str, Any]]:
    groups = _groups(table.context, [c.condition or NONE_KEY for c in table.contexts])
    if set(groups) <= {NONE_KEY}:
        return {}, {}
    samples = {
        c: rumour_index_sample(player_sums(table.take(rows), span_lcm), span_lcm)
        for c, rows in groups.items()
    }
    figures = {c: _player_figures(samples[c][0], samples[c][1]) for c in sorted(samples)}
    reference = CONTROL if CONTROL in samples else sorted(samples)[0]
    differences = {}
    for c in sorted(samples):
        if c != reference:
            diff = welch(samples[c][0], samples[reference][0])
            differences[c] = {
                "vs": reference,
                **_renamed(diff, {"difference": "difference_pct", "ci95": "ci95_pct"}),
            }
    return figures, differences


def group_figures(table: PairTable, labels: list[str], span_lcm: int) -> dict[str, Any]:
    """Overall, per item, per rumour, discernment and conditions of a table of pairs."""
    players = player_sums(table, span_lcm)
    sample, best = rumour_index_sample(players, span_lcm)
    overall = _player_figures(sample, best)
    overall["n_pairs"] = int(np.count_nonzero(table.kind() == RUMOUR))
    result: dict[str, Any] = {
        "overall": overall,
        "items": _items(table, labels),
        "rumours": _rumours(table, span_lcm),
    }
    _discernment(result, players, span_lcm)
    result["conditions"], result["condition_differences"] = _conditions(table, span_lcm)
    return result


def group_rows(by: str, table: PairTable, labels: list[str]) -> dict[str, Ints]:
    """The rows of each ``--by`` group, by group name."""
    if by == "item":
        return _groups(table.variant, labels)
    if by in ("pack", "rumour"):
        return _groups(table.variant, [getattr(v, by) or NONE_KEY for v in table.variants])
    return _groups(table.context, [getattr(c, by) or NONE_KEY for c in table.contexts])


def compute_index(paired: Paired, by: str | None = None) -> dict[str, Any]:
    """The index: ``overall`` (the rumour index), ``items``, ``rumours``, ``discernment``, ``bias``,
    ``fact_acceptance``, ``rumour_acceptance``, ``reliability``, ``conditions``, ``excluded``,
    ``attention_check``, ``warnings`` and, with ``by``, ``by`` and ``groups``. Not suppressed: see
    :func:`rumours_game.index.suppress.suppress_small_cells`."""
    with bulk():
        return _compute(paired, by)


def _compute(paired: Paired, by: str | None) -> dict[str, Any]:
    built = build_table(paired)
    table, counts = built.table, paired.counts
    labels, notes = item_labels(table.variants)
    span_lcm = common_span(table)
    result = group_figures(table, labels, span_lcm)
    result["reliability"] = _reliability(table, labels)
    unpaired = counts.latest - 2 * len(table.pre) - built.inconsistent
    rated = counts.answers - counts.check_answers
    result["excluded"] = {
        "unpaired_answers": unpaired,
        "superseded_answers": counts.superseded,
        "inconsistent_answers": built.inconsistent,
        "attention_check_answers": counts.check_answers,
        "unpaired_share": unpaired / rated if rated else 0.0,
        "test_answers": counts.test_answers,
        "duplicate_answers": counts.duplicates,
        "conflicting_answers": counts.conflicts,
    }
    result["answers"] = counts.answers
    result["attention_check"] = {
        "answers": counts.check_answers,
        "failed": counts.check_failed,
        "fail_share": counts.check_failed / counts.check_answers if counts.check_answers else 0.0,
    }
    if by:
        result["by"] = by
        result["groups"] = {
            key: group_figures(table.take(rows), labels, span_lcm)
            for key, rows in group_rows(by, table, labels).items()
        }
    result["notes"] = notes
    result["warnings"] = notes + index_warnings(result)
    return result
