"""The anti-rumours progress index from usable pairs, as a JSON-ready dict (definition: docs/index.md)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from rumours_game.index.pairing import Paired
from rumours_game.index.rows import NONE_KEY, Pair
from rumours_game.index.scores import (
    common_span,
    discernment_samples,
    player_sums,
    rumour_index_sample,
)
from rumours_game.index.stats import Sample, cronbach_alpha, holm, summarize, welch
from rumours_game.index.warn import index_warnings

PLAYER_KEYS = {"n": "n_players", "mean": "mean_change_pct", "sd": "sd_change_pct", "ci95": "ci95_pct"}
CHANGE_KEYS = {"n": "n_players", "mean": "change_pct", "sd": "sd_pct", "ci95": "ci95_pct"}
CONTROL = "control"


def _renamed(figures: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    return {names.get(k, k): v for k, v in figures.items()}


def item_labels(pairs: Sequence[Pair]) -> tuple[dict[Any, str], list[str]]:
    """A label per item variant: the item id, unless the same id was used for different statements
    (text, scale, kind or rumour: another pack or a changed version), which are then kept apart as
    ``id (pack versions)``. Returns the labels and a warning per split id."""
    variants: dict[str, dict[tuple[Any, ...], set[str]]] = defaultdict(dict)
    for p in pairs:
        key = (p.pack, p.item_hash, p.kind, p.rumour, p.lo, p.hi)
        variants[p.item].setdefault(key, set()).add(p.version)
    labels: dict[Any, str] = {}
    notes = []
    for item, found in variants.items():
        if len(found) == 1:
            labels[item] = item  # one statement: the id alone says which
            continue
        names = []
        for key, versions in sorted(found.items(), key=lambda kv: (kv[0][0], sorted(kv[1]))):
            name = f"{item} ({key[0]} {','.join(sorted(versions))})"
            while name in names:
                name += "'"
            names.append(name)
            labels[(item, *key)] = name
        notes.append(
            f"item '{item}' is not the same statement in every pack or version (text, scale, kind or rumour "
            f"differ): its answers are not pooled but shown apart as {', '.join(names)}."
        )
    return labels, notes


def label_of(p: Pair, labels: dict[Any, str]) -> str:
    """The item label of a pair."""
    return labels.get(p.item) or labels[(p.item, p.pack, p.item_hash, p.kind, p.rumour, p.lo, p.hi)]


def _items(pairs: Sequence[Pair], labels: dict[Any, str]) -> dict[str, Any]:
    by_item: dict[str, list[Pair]] = defaultdict(list)
    for p in pairs:
        by_item[label_of(p, labels)].append(p)
    out: dict[str, Any] = {}
    for label in sorted(by_item):
        got = by_item[label]
        first = got[0]
        span = first.hi - first.lo
        fig = summarize(Sample([p.change for p in got], [1] * len(got), [p.session for p in got]))
        fig = _renamed(fig, {"mean": "mean_change", "sd": "sd_change"})
        pct = 100 / span
        fig["mean_change_pct"] = None if fig["mean_change"] is None else fig["mean_change"] * pct
        fig["ci95_pct"] = None if fig["ci95"] is None else [x * pct for x in fig["ci95"]]
        fig["at_best_before"] = sum(p.at_best_before for p in got) / len(got)
        fig["answers_pre"] = [sum(1 for p in got if p.pre == v) for v in range(first.lo, first.hi + 1)]
        fig["answers_post"] = [sum(1 for p in got if p.post == v) for v in range(first.lo, first.hi + 1)]
        fig.update(kind=first.kind, rumour=first.rumour or None, item_id=first.item, pack=first.pack,
                   version=first.version, scale_points=span + 1)  # fmt: skip
        out[label] = fig
    for fig, adjusted in zip(out.values(), holm([f["p"] for f in out.values()]), strict=True):
        fig["p_holm"] = adjusted
    return out


def _player_figures(sample: Sample, at_best: int | None = None) -> dict[str, Any]:
    fig = _renamed(summarize(sample, clustered=True), PLAYER_KEYS)
    if at_best is not None:
        fig["at_best_before"] = at_best / sample.n if sample.n else None
    return fig


def _rumours(pairs: Sequence[Pair], span_lcm: int) -> dict[str, Any]:
    by_rumour: dict[str, list[Pair]] = defaultdict(list)
    for p in pairs:
        if p.rumour and p.kind == "rumour":
            by_rumour[p.rumour].append(p)
    out = {}
    for rumour in sorted(by_rumour):
        sample, best = rumour_index_sample(player_sums(by_rumour[rumour], span_lcm), span_lcm)
        out[rumour] = _player_figures(sample, best)
    for fig, adjusted in zip(out.values(), holm([f["p"] for f in out.values()]), strict=True):
        fig["p_holm"] = adjusted
    return out


def _discernment(result: dict[str, Any], players: dict[Any, Any], span_lcm: int) -> None:
    disc = discernment_samples(players, span_lcm)
    for key, sample in (("discernment", disc.d), ("bias", disc.b), ("fact_acceptance", disc.t),
                        ("rumour_acceptance", disc.f)):  # fmt: skip
        fig = _renamed(summarize(sample, clustered=True), CHANGE_KEYS)
        letter = {"discernment": "d", "bias": "b", "fact_acceptance": "t", "rumour_acceptance": "f"}[key]
        fig["pre_pct"], fig["post_pct"] = disc.levels[f"{letter}_pre_pct"], disc.levels[f"{letter}_post_pct"]
        result[key] = fig


def _reliability(pairs: Sequence[Pair], labels: dict[Any, str]) -> dict[str, Any]:
    """Cronbach's alpha of each pack's rumour items per phase, over players with a pair on every one."""
    by_pack: dict[str, dict[tuple[str, str], dict[str, tuple[int, int]]]] = defaultdict(dict)
    for p in pairs:
        if p.kind == "rumour":
            table = by_pack[p.pack]
            key = (p.session, p.player)
            answers = table.get(key)
            if answers is None:
                answers = table[key] = {}
            answers[labels.get(p.item) or label_of(p, labels)] = (p.pre, p.post)
    out = {}
    for pack in sorted(by_pack):
        table = by_pack[pack]
        names = sorted({name for answers in table.values() for name in answers})
        full = [answers for answers in table.values() if len(answers) == len(names)]
        out[pack] = {
            "items": len(names),
            "n_players": len(full),
            "alpha_pre": cronbach_alpha([[a[n][0] for n in names] for a in full]),
            "alpha_post": cronbach_alpha([[a[n][1] for n in names] for a in full]),
        }
    return out


def _conditions(pairs: Sequence[Pair], span_lcm: int) -> tuple[dict[str, Any], dict[str, Any]]:
    by_condition: dict[str, list[Pair]] = defaultdict(list)
    for p in pairs:
        by_condition[p.condition or NONE_KEY].append(p)
    if set(by_condition) <= {NONE_KEY}:
        return {}, {}
    samples = {c: rumour_index_sample(player_sums(ps, span_lcm), span_lcm) for c, ps in by_condition.items()}
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


def group_figures(pairs: Sequence[Pair], labels: dict[Any, str], span_lcm: int) -> dict[str, Any]:
    """Overall, per item, per rumour, discernment and conditions of a set of pairs."""
    players = player_sums(pairs, span_lcm)
    sample, best = rumour_index_sample(players, span_lcm)
    overall = _player_figures(sample, best)
    overall["n_pairs"] = sum(1 for p in pairs if p.kind == "rumour")
    result: dict[str, Any] = {
        "overall": overall,
        "items": _items(pairs, labels),
        "rumours": _rumours(pairs, span_lcm),
    }
    _discernment(result, players, span_lcm)
    result["conditions"], result["condition_differences"] = _conditions(pairs, span_lcm)
    return result


def group_key(by: str, p: Pair, labels: dict[Any, str]) -> str:
    """The ``--by`` group of a pair."""
    value = {
        "pack": p.pack, "rumour": p.rumour, "event": p.event, "kiosk": p.kiosk, "language": p.language,
        "condition": p.condition,
    }.get(by)  # fmt: skip
    if by == "item":
        value = label_of(p, labels)
    return value or NONE_KEY


def compute_index(paired: Paired, by: str | None = None) -> dict[str, Any]:
    """The index: ``overall`` (the rumour index), ``items``, ``rumours``, ``discernment``, ``bias``,
    ``fact_acceptance``, ``rumour_acceptance``, ``reliability``, ``conditions``, ``excluded``,
    ``attention_check``, ``warnings`` and, with ``by``, ``by`` and ``groups``. Not suppressed: see
    :func:`rumours_game.index.suppress.suppress_small_cells`."""
    pairs = paired.pairs
    labels, notes = item_labels(pairs)
    span_lcm = common_span(pairs)
    result = group_figures(pairs, labels, span_lcm)
    result["reliability"] = _reliability(pairs, labels)
    rated = paired.answers - paired.check_answers
    result["excluded"] = {
        "unpaired_answers": paired.unpaired,
        "superseded_answers": paired.superseded,
        "inconsistent_answers": paired.inconsistent,
        "attention_check_answers": paired.check_answers,
        "unpaired_share": paired.unpaired / rated if rated else 0.0,
        "test_answers": paired.test_answers,
        "duplicate_answers": paired.duplicates,
        "conflicting_answers": paired.conflicts,
    }
    result["answers"] = paired.answers
    result["attention_check"] = {
        "answers": paired.check_answers,
        "failed": paired.check_failed,
        "fail_share": paired.check_failed / paired.check_answers if paired.check_answers else 0.0,
    }
    if by:
        grouped: dict[str, list[Pair]] = defaultdict(list)
        for p in pairs:
            grouped[group_key(by, p, labels)].append(p)
        result["by"] = by
        result["groups"] = {key: group_figures(grouped[key], labels, span_lcm) for key in sorted(grouped)}
    result["notes"] = notes
    result["warnings"] = notes + index_warnings(result)
    return result
