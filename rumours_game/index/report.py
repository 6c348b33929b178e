"""Showing an index result: a plain-text table and a printable HTML page with inline SVG charts."""

from __future__ import annotations

import html
from typing import Any


def _num(value: float | None, digits: int = 2) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def _pct(share: float | None) -> str:
    return "-" if share is None else f"{share:.0%}"


def _ci(ci: list[float] | None, digits: int = 2) -> str:
    return "-" if ci is None else f"[{ci[0]:.{digits}f}, {ci[1]:.{digits}f}]"


def _columns(rows: list[list[str]], text_columns: int = 1) -> list[str]:
    """Rows as aligned text: the first ``text_columns`` flush left, numbers flush right."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return [
        "  ".join(
            c.ljust(w) if i < text_columns else c.rjust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in rows
    ]


def _overall_line(overall: dict[str, Any]) -> str:
    return (
        f"Players with before and after answers: {overall['n_players']}   "
        f"mean change: {_num(overall['mean_change_pct'], 1)}% of the scale   "
        f"95% CI {_ci(overall['ci95_pct'], 1)}   d_z {_num(overall['d_z'])}"
    )


def _item_rows(items: dict[str, Any]) -> list[list[str]]:
    rows = [["item", "rumour", "n", "mean", "sd", "d_z", "95% CI", "improved", "unchanged", "worsened"]]
    for item, f in items.items():
        rows.append([
            item, f["rumour"] or "", str(f["n"]), _num(f["mean_change"]), _num(f["sd_change"]), _num(f["d_z"]),
            _ci(f["ci95"]), _pct(f["improved"]), _pct(f["unchanged"]), _pct(f["worsened"]),
        ])  # fmt: skip
    return rows


def _player_rows(label: str, groups: dict[str, Any]) -> list[list[str]]:
    rows = [[label, "players", "mean %", "sd %", "d_z", "95% CI %", "improved", "unchanged", "worsened"]]
    for key, f in groups.items():
        rows.append([
            key, str(f["n_players"]), _num(f["mean_change_pct"], 1), _num(f["sd_change_pct"], 1), _num(f["d_z"]),
            _ci(f["ci95_pct"], 1), _pct(f["improved"]), _pct(f["unchanged"]), _pct(f["worsened"]),
        ])  # fmt: skip
    return rows


def _excluded_line(result: dict[str, Any]) -> str:
    ex, check = result["excluded"], result["attention_check"]
    return (
        f"Answers read: {result['answers']}; left out: {ex['unpaired_answers']} without a partner "
        f"({ex['unpaired_share']:.0%}), {ex['superseded_answers']} replaced by a later answer, "
        f"{ex['inconsistent_answers']} with mismatched scales, {ex['attention_check_answers']} attention-check "
        f"answers ({check['failed']} wrong)."
    )


def format_table(result: dict[str, Any]) -> str:
    """The index as readable text for a terminal."""
    lines = ["Anti-rumours progress index (positive change = moved away from the rumours)", ""]
    lines.append(_overall_line(result["overall"]))
    if result["items"]:
        lines += ["", "Per item (change in scale points):", *_columns(_item_rows(result["items"]), 2)]
    if result["rumours"]:
        lines += ["", "Per rumour (players' change in % of the scale):"]
        lines += _columns(_player_rows("rumour", result["rumours"]))
    if result.get("by"):
        overall = {key: group["overall"] for key, group in result["groups"].items()}
        lines += ["", f"By {result['by']}:", *_columns(_player_rows(result["by"], overall))]
    lines += ["", _excluded_line(result)]
    if result["warnings"]:
        lines += ["", "Warnings:", *(f"  - {w}" for w in result["warnings"])]
    return "\n".join(lines) + "\n"


def svg_bars(bars: list[tuple[str, float | None, list[float] | None]], unit: str) -> str:
    """A horizontal bar chart around zero, one bar per (label, value, [lo, hi]) with its 95% interval."""
    shown = [(label, value, ci) for label, value, ci in bars if value is not None]
    if not shown:
        return "<p>No pairs to chart.</p>"
    extent = max(max(abs(v), *(abs(x) for x in (ci or [0.0]))) for _, v, ci in shown) or 1.0
    label_w, plot_w, row_h, top = 160, 420, 26, 24
    mid = label_w + plot_w / 2
    height = top + row_h * len(shown) + 10

    def x(value: float) -> float:
        return mid + value / extent * (plot_w / 2 - 10)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_w + plot_w + 70}" height="{height}" '
        f'role="img" font-family="sans-serif" font-size="12">',
        f'<text x="{mid:.0f}" y="14" text-anchor="middle">0 {html.escape(unit)} '
        f"(right = away from the rumour)</text>",
        f'<line x1="{mid:.1f}" y1="{top - 4}" x2="{mid:.1f}" y2="{height - 6}" stroke="#000"/>',
    ]
    for i, (label, value, ci) in enumerate(shown):
        y = top + i * row_h
        left, right = sorted((x(0.0), x(value)))
        colour = "#2b7a3d" if value >= 0 else "#b03a2e"
        parts.append(f'<text x="{label_w - 6}" y="{y + 16}" text-anchor="end">{html.escape(label)}</text>')
        parts.append(
            f'<rect x="{left:.1f}" y="{y + 4}" width="{max(right - left, 1):.1f}" height="{row_h - 10}" '
            f'fill="{colour}"/>'
        )
        if ci:
            parts.append(
                f'<line x1="{x(ci[0]):.1f}" y1="{y + 11}" x2="{x(ci[1]):.1f}" y2="{y + 11}" '
                f'stroke="#000" stroke-width="1.5"/>'
            )
        parts.append(f'<text x="{label_w + plot_w + 4}" y="{y + 16}">{value:+.2f}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def _html_table(rows: list[list[str]]) -> str:
    head = "".join(f"<th>{html.escape(c)}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows[1:])
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


_STYLE = """
body { font-family: sans-serif; max-width: 60em; margin: 2em auto; color: #111; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
th, td { border: 1px solid #999; padding: 0.2em 0.5em; text-align: right; }
th:first-child, td:first-child { text-align: left; }
.warn { background: #fff4d6; border: 1px solid #c90; padding: 0.5em 1em; }
@media print { body { margin: 0; } section { break-inside: avoid; } }
"""


def render_html(result: dict[str, Any], title: str = "Anti-rumours progress index") -> str:
    """A self-contained, printable HTML page of the index (tables and inline SVG charts)."""
    overall = result["overall"]
    parts = [
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>',
        f"<style>{_STYLE}</style></head><body><h1>{html.escape(title)}</h1>",
        f"<p><strong>{html.escape(_overall_line(overall))}</strong></p>",
        "<p>A positive change means players agreed less with the rumours after the game than before. "
        "d_z is the mean change divided by its standard deviation; the 95% CI is the range the true mean "
        "change plausibly lies in.</p>",
    ]
    if result["warnings"]:
        items = "".join(f"<li>{html.escape(w)}</li>" for w in result["warnings"])
        parts.append(f'<div class="warn"><strong>Read with care:</strong><ul>{items}</ul></div>')
    if result["items"]:
        bars = [(k, f["mean_change"], f["ci95"]) for k, f in result["items"].items()]
        parts += [
            "<section><h2>Per item</h2><p>Mean change in scale points, with its 95% interval.</p>",
            svg_bars(bars, "points"),
            _html_table(_item_rows(result["items"])),
            "</section>",
        ]
    for heading, label, groups in (
        ("Per rumour", "rumour", result["rumours"]),
        (f"By {result.get('by')}", result.get("by") or "", {k: g["overall"] for k, g in result.get("groups", {}).items()}),
    ):  # fmt: skip
        if groups:
            bars = [(k, f["mean_change_pct"], f["ci95_pct"]) for k, f in groups.items()]
            parts += [
                f"<section><h2>{html.escape(heading)}</h2><p>Players' mean change in % of the scale.</p>",
                svg_bars(bars, "%"),
                _html_table(_player_rows(label, groups)),
                "</section>",
            ]
    parts.append(f"<p>{html.escape(_excluded_line(result))}</p></body></html>")
    return "\n".join(parts) + "\n"
