"""The printable report a city can show: one self-contained HTML file (inline SVG, no scripts, no network)."""

from __future__ import annotations

import html
from typing import Any

from rumours_game.index.report import (
    about_rows,
    discernment_rows,
    excluded_line,
    item_rows,
    overall_line,
    player_rows,
)

CAN_AND_CANNOT = (
    "<h2>What this can and cannot show</h2><ul>"
    "<li><strong>It can show</strong> whether the players who answered before and after the game agreed less "
    "with the rumours afterwards, and whether they got better at telling true statements from false ones "
    "(discernment), with the uncertainty of each figure.</li>"
    "<li><strong>No control group</strong> (unless a condition table below says otherwise): answering twice, "
    "wanting to please, or the day's news can move answers too; a change is not proof the game caused it.</li>"
    "<li><strong>Right after the game</strong>: players answer minutes after playing; this says nothing about "
    "next week or next year (short-term only).</li>"
    "<li><strong>Teams</strong>: players in a team talk to each other, so they are not independent; the "
    "intervals of the overall and per-rumour figures allow for this (by session).</li>"
    "<li><strong>Who answered</strong>: answering is voluntary; groups of fewer than the minimum size are "
    "hidden to protect players.</li></ul>"
)

_STYLE = """
body { font-family: sans-serif; max-width: 62em; margin: 2em auto; color: #111; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; font-size: 0.9em; }
th, td { border: 1px solid #999; padding: 0.2em 0.4em; text-align: right; }
th:first-child, td:first-child { text-align: left; }
.warn { background: #fff4d6; border: 1px solid #c90; padding: 0.5em 1em; }
.box { border: 2px solid #345; padding: 0.2em 1em; margin: 1em 0; }
.statement { font-style: italic; }
@media print { body { margin: 0; } section, .box { break-inside: avoid; } }
"""

# agreement colours from 'rejects' (blue) to 'accepts' (orange); the middle point grey
_BLUES = ("#08519c", "#3182bd", "#9ecae1")
_ORANGES = ("#fdae6b", "#e6550d", "#a63603")


def _palette(points: int) -> list[str]:
    side = points // 2
    middle = ["#bdbdbd"] if points % 2 else []
    return [*_BLUES[-side:], *middle, *_ORANGES[:side]] if side <= 3 else ["#888"] * points


def diverging_bars(items: dict[str, Any]) -> str:
    """Before and after answers per statement as diverging stacked bars centred on the scale's middle."""
    shown = [(name, f) for name, f in items.items() if not f.get("suppressed") and f.get("answers_pre")]
    if not shown:
        return ""
    width, half, row_h, label_w = 640, 250, 18, 120
    mid = label_w + half
    height = 30 + len(shown) * (2 * row_h + 10)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
        'font-family="sans-serif" font-size="11">',
        f'<text x="{mid}" y="12" text-anchor="middle">&#8592; rejects the statement | accepts it &#8594;</text>',
        f'<line x1="{mid}" y1="18" x2="{mid}" y2="{height}" stroke="#000"/>',
    ]
    y = 24
    for name, f in shown:
        for phase in ("pre", "post"):
            counts = f[f"answers_{phase}"]
            total = sum(counts) or 1
            colours = _palette(len(counts))
            shares = [c / total for c in counts]
            middle = len(counts) // 2
            left = sum(shares[:middle]) + (shares[middle] / 2 if len(counts) % 2 else 0)
            x = mid - left * half
            for share, colour in zip(shares, colours, strict=True):
                w = share * half
                parts.append(
                    f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{row_h - 3}" fill="{colour}"/>'
                )
                x += w
            text = f"{html.escape(name)} {'before' if phase == 'pre' else 'after'}"
            parts.append(f'<text x="{label_w - 4}" y="{y + 12}" text-anchor="end">{text}</text>')
            y += row_h
        y += 10
    parts.append("</svg>")
    return "\n".join(parts)


def svg_bars(bars: list[tuple[str, float | None, list[float] | None]], unit: str) -> str:
    """A horizontal bar chart around zero, one bar per (label, value, [lo, hi]) with its 95% interval."""
    shown = [(label, value, ci) for label, value, ci in bars if value is not None]
    if not shown:
        return "<p>No figures to chart.</p>"
    extent = max(max(abs(v), *(abs(x) for x in (ci or [0.0]))) for _, v, ci in shown) or 1.0
    label_w, plot_w, row_h, top = 200, 400, 26, 24
    mid = label_w + plot_w / 2
    height = top + row_h * len(shown) + 10

    def x(value: float) -> float:
        return mid + value / extent * (plot_w / 2 - 10)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_w + plot_w + 70}" height="{height}" '
        f'role="img" font-family="sans-serif" font-size="12">',
        f'<text x="{mid:.0f}" y="14" text-anchor="middle">0 {html.escape(unit)} (right = better)</text>',
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
        parts.append(f'<text x="{label_w + plot_w + 4}" y="{y + 16}">{value:+.1f}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def html_table(rows: list[list[str]]) -> str:
    """A table with a header row; every cell escaped."""
    head = "".join(f"<th>{html.escape(c)}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows[1:])
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _about(about: dict[str, Any]) -> str:
    rows = [["", ""], *([label, text] for label, text in about_rows(about))]
    return html_table(rows).replace("<thead><tr><th></th><th></th></tr></thead>", "") if len(rows) > 1 else ""


def _lang(code: str | None) -> str:
    """A ``lang`` attribute for a text in another language than the report's English (screen readers)."""
    return f' lang="{html.escape(code)}"' if code else ""


def _statements(items: dict[str, Any]) -> str:
    rows = [f"<li><strong>{html.escape(name)}</strong> ({html.escape(f.get('kind', ''))}): "
            f"<span class=\"statement\"{_lang(f.get('statement_lang'))}>{html.escape(f['statement'])}</span></li>"
            for name, f in items.items() if f.get("statement")]  # fmt: skip
    return f"<h3>The statements</h3><ul>{''.join(rows)}</ul>" if rows else ""


def play_section(summary: dict[str, Any]) -> str:
    """'How the game played' (from ``rumours stats``): endings, time to escape, per puzzle, where teams got
    stuck."""

    def secs(value: float | None) -> str:
        return "-" if value is None else f"{value:.0f} s" if value < 90 else f"{value / 60:.1f} min"

    parts = [
        "<section><h2>How the game played</h2>",
        f"<p>Sessions: {summary['sessions']}; escaped: {summary['escaped']}; out of time: {summary['out_of_time']}; "
        f"abandoned: {summary['abandoned']}; median time to escape: {secs(summary['median_seconds_to_escape'])}.</p>",
    ]
    if summary["puzzles"]:
        rows = [["puzzle", "teams reached", "solved", "median time to solve", "hints", "wrong answers"]]
        rows += [[pid, str(f["reached"]), str(f["solved"]), secs(f["median_seconds_to_solve"]), str(f["hints"]),
                  str(f["wrong_answers"])] for pid, f in summary["puzzles"].items()]  # fmt: skip
        parts.append(html_table(rows))
    if summary.get("most_stuck"):
        stuck = summary["puzzles"][summary["most_stuck"]]["stuck"]
        parts.append(f"<p>Most teams got stuck at <strong>{html.escape(summary['most_stuck'])}</strong> "
                     f"({stuck} reached it and never solved it).</p>")  # fmt: skip
    parts.append("</section>")
    return "\n".join(parts)


def render_html(result: dict[str, Any], title: str = "Anti-rumours progress index", play: str = "") -> str:
    """A self-contained, printable HTML page of the index (tables and inline SVG charts); what the data is
    (packs with title, version and hash; dates; sessions) comes from ``result["about"]``."""
    named = {
        p["title"]: p.get("title_lang") for p in result.get("about", {}).get("packs", []) if p.get("title")
    }
    heading = f"{title}: {', '.join(named)}" if named else title
    shown = ", ".join(f"<span{_lang(code)}>{html.escape(name)}</span>" for name, code in named.items())
    parts = [
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(heading)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{html.escape(title)}{': ' + shown if named else ''}</h1>",
        _about(result.get("about", {})),
        f"<p><strong>{html.escape(overall_line(result['overall']))}</strong></p>",
        "<p>A positive change means players agreed less with the rumours after the game than before, in percent "
        "of the answer scale. d_z is the mean change divided by its standard deviation; the 95% interval is the "
        "range the true change plausibly lies in.</p>",
        f'<div class="box">{CAN_AND_CANNOT}</div>',
    ]
    if result["warnings"]:
        items = "".join(f"<li>{html.escape(w)}</li>" for w in result["warnings"])
        parts.append(f'<div class="warn"><strong>Read with care:</strong><ul>{items}</ul></div>')
    if result["discernment"].get("n_players"):
        bars = [(label, result[key].get("change_pct"), result[key].get("ci95_pct")) for key, label in
                (("discernment", "D discernment"), ("fact_acceptance", "T facts accepted"),
                 ("rumour_acceptance", "F rumours accepted"), ("bias", "B bias"))]  # fmt: skip
        parts += [
            "<section><h2>Truth discernment beside the rumour index</h2><p>T: how much players accept true "
            "statements; F: how much they accept rumours; D = T - F: telling them apart; B = (T + F)/2: agreeing "
            "with everything. Learning raises D; mere scepticism lowers T and F alike and leaves D.</p>",
            svg_bars(bars, "% of the scale"),
            html_table(discernment_rows(result)),
            "</section>",
        ]
    if result["items"]:
        bars = [(k, f.get("mean_change_pct"), f.get("ci95_pct")) for k, f in result["items"].items()]
        parts += [
            "<section><h2>Per statement</h2>",
            _statements(result["items"]),
            "<p>Answers before and after, per statement:</p>",
            diverging_bars(result["items"]),
            "<p>Mean change in % of the scale (positive = better), with its 95% interval:</p>",
            svg_bars(bars, "% of the scale"),
            html_table(item_rows(result["items"])),
            "</section>",
        ]
    groups = {k: g["overall"] for k, g in result.get("groups", {}).items()}
    for heading, label, cells in (
        ("Per rumour", "rumour", result["rumours"]),
        ("Per condition", "condition", result.get("conditions", {})),
        (f"By {result.get('by')}", result.get("by") or "", groups),
    ):
        if cells:
            bars = [(k, f.get("mean_change_pct"), f.get("ci95_pct")) for k, f in cells.items()]
            parts += [
                f"<section><h2>{html.escape(heading)}</h2><p>Players' mean change in % of the scale.</p>",
                svg_bars(bars, "%"),
                html_table(player_rows(label, cells)),
                "</section>",
            ]
    if play:
        parts.append(play)
    parts.append(f"<p>{html.escape(excluded_line(result))}</p></body></html>")
    return "\n".join(p for p in parts if p) + "\n"
