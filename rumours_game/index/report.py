"""Showing an index result as plain text for a terminal (hidden cells as '<K', undefined figures as '-')."""

from __future__ import annotations

from typing import Any


def num(value: float | None, digits: int = 2) -> str:
    """A figure, or '-' when undefined."""
    return "-" if value is None else f"{value:.{digits}f}"


def pct(share: float | None) -> str:
    """A share as a whole percentage, or '-'."""
    return "-" if share is None else f"{share:.0%}"


def ci(interval: list[float] | None, digits: int = 2) -> str:
    """An interval as [lo, hi], or '-'."""
    return "-" if interval is None else f"[{interval[0]:.{digits}f}, {interval[1]:.{digits}f}]"


def pvalue(p: float | None) -> str:
    """A p-value as readers expect it ('<0.001' for tiny ones), or '-'."""
    return "-" if p is None else "<0.001" if p < 0.001 else f"{p:.3f}"


def columns(rows: list[list[str]], text_columns: int = 1) -> list[str]:
    """Rows as aligned text: the first ``text_columns`` flush left, numbers flush right."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return [
        "  ".join(
            c.ljust(w) if i < text_columns else c.rjust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in rows
    ]


def count(cell: dict[str, Any], key: str = "n_players") -> str:
    """The cell's count ('<K' when hidden)."""
    return str(cell.get(key, cell.get("n", "")))


def overall_line(overall: dict[str, Any]) -> str:
    """The headline: players, mean change, its cluster-robust interval, d_z."""
    if overall.get("suppressed"):
        return f"Players with before and after answers: {overall['n_players']} (too few to show figures)"
    return (
        f"Players with before and after answers: {overall['n_players']}   "
        f"mean change: {num(overall['mean_change_pct'], 1)}% of the scale   "
        f"95% CI {ci(overall['ci95_pct'], 1)}   d_z {num(overall['d_z'])}   p {pvalue(overall['p'])}"
    )


ITEM_HEAD = ["item", "kind", "rumour", "n", "mean", "% scale", "95% CI %", "d_z", "d_z 95% CI", "p Holm",
             "p Wilcoxon", "better", "same", "worse", "best before"]  # fmt: skip


def item_rows(items: dict[str, Any]) -> list[list[str]]:
    """The per-item table (change in points and in % of the scale; positive = better)."""
    rows = [ITEM_HEAD]
    for name, f in items.items():
        head = [name, f.get("kind", ""), f.get("rumour") or "", count(f, "n")]
        if f.get("suppressed"):
            rows.append(head + ["-"] * (len(ITEM_HEAD) - 4))
            continue
        rows.append([*head, num(f["mean_change"]), num(f["mean_change_pct"], 1), ci(f["ci95_pct"], 1), num(f["d_z"]), ci(f["d_z_ci95"]), pvalue(f["p_holm"]), pvalue(f["p_wilcoxon"]), pct(f["improved"]), pct(f["unchanged"]), pct(f["worsened"]), pct(f["at_best_before"])])  # fmt: skip
    return rows


PLAYER_HEAD = ["players", "mean %", "95% CI %", "d_z", "d_z 95% CI", "p", "better", "same", "worse"]


def player_rows(label: str, groups: dict[str, Any], mean: str = "mean_change_pct") -> list[list[str]]:
    """A table of player-level figures (overall per group, per rumour, per condition)."""
    rows = [[label, *PLAYER_HEAD]]
    for key, f in groups.items():
        if f.get("suppressed"):
            rows.append([key, count(f)] + ["-"] * (len(PLAYER_HEAD) - 1))
            continue
        rows.append([
            key, count(f), num(f[mean], 1), ci(f["ci95_pct"], 1), num(f["d_z"]), ci(f["d_z_ci95"]),
            pvalue(f.get("p_holm", f["p"])), pct(f["improved"]), pct(f["unchanged"]), pct(f["worsened"]),
        ])  # fmt: skip
    return rows


DISCERNMENT = (
    ("discernment", "D = T - F (discernment)"),
    ("fact_acceptance", "T: facts accepted"),
    ("rumour_acceptance", "F: rumours accepted"),
    ("bias", "B = (T + F)/2 (bias)"),
)


def discernment_rows(result: dict[str, Any]) -> list[list[str]]:
    """Truth discernment: before, after and the change of D, T, F and B in % of the scale."""
    rows = [["measure", "players", "before %", "after %", "change %", "95% CI %", "d_z", "p"]]
    for key, label in DISCERNMENT:
        f = result[key]
        if f.get("suppressed"):
            rows.append([label, count(f), "-", "-", "-", "-", "-", "-"])
            continue
        rows.append([
            label, count(f), num(f["pre_pct"], 1), num(f["post_pct"], 1), num(f["change_pct"], 1),
            ci(f["ci95_pct"], 1), num(f["d_z"]), pvalue(f["p"]),
        ])  # fmt: skip
    return rows


def excluded_line(result: dict[str, Any]) -> str:
    """What was read and left out."""
    ex, check = result["excluded"], result["attention_check"]
    return (
        f"Answers read: {result['answers']}; left out: {ex['unpaired_answers']} without a partner "
        f"({ex['unpaired_share']:.0%}), {ex['superseded_answers']} replaced by a later answer, "
        f"{ex['inconsistent_answers']} with mismatched scales, {ex['attention_check_answers']} attention-check "
        f"answers ({check['failed']} wrong); {ex['test_answers']} answers of test runs not counted."
    )


def pack_line(pack: dict[str, Any]) -> str:
    """A pack version as a report names it: 'Title (id version, hash 0123456789ab)'."""
    hashes = ", ".join(h[:12] for h in pack.get("hashes", []))
    what = f"{pack['pack']} {pack['version']}" + (f", hash {hashes}" if hashes else "")
    return f"{pack['title']} ({what})" if pack.get("title") else what


def about_rows(about: dict[str, Any]) -> list[tuple[str, str]]:
    """What the data is (packs, dates, events, kiosks, sessions, escaped) as (label, text) rows."""
    rows = [
        (
            "Pack" if len(about.get("packs", [])) == 1 else "Packs",
            "; ".join(map(pack_line, about.get("packs", []))),
        )
    ]
    if about.get("dates"):
        first, last = about["dates"]
        rows.append(("Dates", first if first == last else f"{first} to {last}"))
    rows += [("Events", str(about.get("events", ""))), ("Kiosks", str(about.get("kiosks", ""))),
             ("Sessions", str(about.get("sessions", "")))]  # fmt: skip
    if about.get("sessions_recorded"):
        share = about["escaped"] / about["sessions_recorded"]
        rows.append(("Sessions escaped", f"{about['escaped']} of {about['sessions_recorded']} ({share:.0%})"))
    return [(label, text) for label, text in rows if text]


def statement_lines(items: dict[str, Any]) -> list[str]:
    """Every statement in full, as '  item (kind): text'."""
    return [
        f"  {name} ({f.get('kind', '')}): {f['statement']}" for name, f in items.items() if f.get("statement")
    ]


def format_table(result: dict[str, Any]) -> str:
    """The index as readable text for a terminal."""
    lines = ["Anti-rumours progress index (positive change = moved away from the rumours)", ""]
    rows = about_rows(result.get("about", {}))
    width = max((len(label) for label, _ in rows), default=0)
    lines += [f"{label + ':':<{width + 1}} {text}" for label, text in rows] + ([""] if rows else [])
    lines.append(overall_line(result["overall"]))
    if result["discernment"].get("n_players"):
        lines += ["", "Truth discernment (true and false statements):", *columns(discernment_rows(result))]
    if statement_lines(result["items"]):
        lines += ["", "The statements:", *statement_lines(result["items"])]
    if result["items"]:
        lines += [
            "",
            "Per item (change in scale points and in % of the scale):",
            *columns(item_rows(result["items"]), 3),
        ]
    if result["rumours"]:
        lines += ["", "Per rumour (players' change in % of the scale; p Holm-adjusted):"]
        lines += columns(player_rows("rumour", result["rumours"]))
    if result.get("conditions"):
        lines += ["", "Per condition:", *columns(player_rows("condition", result["conditions"]))]
        for c, d in result["condition_differences"].items():
            lines.append(
                f"  {c} - {d['vs']}: "
                + ("hidden (a condition is too small)" if d.get("suppressed") else
                   f"{num(d['difference_pct'], 1)}% of the scale, 95% CI {ci(d['ci95_pct'], 1)}, p {pvalue(d['p'])}")
            )  # fmt: skip
    if result.get("by"):
        overall = {key: group["overall"] for key, group in result["groups"].items()}
        lines += ["", f"By {result['by']}:", *columns(player_rows(result["by"], overall))]
    lines += ["", excluded_line(result)]
    if result.get("min_cell"):
        lines.append(
            f"Groups of fewer than {result['min_cell']} players are hidden ('<{result['min_cell']}')."
        )
    if result["warnings"]:
        lines += ["", "Warnings:", *(f"  - {w}" for w in result["warnings"])]
    return "\n".join(lines) + "\n"
