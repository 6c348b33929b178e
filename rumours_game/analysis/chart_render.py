"""Rendering the puzzle dependency chart (built by :mod:`rumours_game.analysis.graph`) as Graphviz DOT or
Mermaid text: shapes per kind, a legend, and the critical path marked by style and a ★ label (not colour only).
"""

from __future__ import annotations

from rumours_game.analysis.graph import CRITICAL_LEGEND, KINDS, LEGEND, Chart

# --------------------------------------------------------------------------- DOT


DOT_SHAPES: dict[str, str] = {
    "room": "house",
    "exit": "cds",
    "escape": "doubleoctagon",
    "hotspot": "note",
    "puzzle": "box",
    "item": "ellipse",
    "flag": "hexagon",
    "rumour": "octagon",
}
CRITICAL_COLOUR = "#c0392b"
FONT = "DejaVu Sans"


def dot_quote(text: str) -> str:
    """A DOT double-quoted string: backslashes and quotes escaped, line breaks as ``\\n``."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + "\\n".join(escaped.splitlines() or [""]) + '"'


def to_dot(chart: Chart) -> str:
    """The chart as a Graphviz DOT digraph (deterministic)."""
    crit = f"penwidth=3, color={dot_quote(CRITICAL_COLOUR)}, style=bold"
    lines = [
        f"// Puzzle dependency chart of pack {chart.pack_id}, made by 'rumours graph'.",
        f"digraph {dot_quote(chart.pack_id)} {{",
        f"  graph [rankdir=TB, fontname={dot_quote(FONT)}, labelloc=t, label={dot_quote(chart.title)}];",
        f"  node [fontname={dot_quote(FONT)}];",
        f"  edge [fontname={dot_quote(FONT)}, color={dot_quote('#555555')}];",
        "  subgraph cluster_legend {",
        '    label="Legend"; style=dashed;',
    ]
    for kind in KINDS:
        lines.append(
            f"    {dot_quote('legend:' + kind)} [shape={DOT_SHAPES[kind]}, label={dot_quote(LEGEND[kind])}];"
        )
    legend = [dot_quote(f"legend:{kind}") for kind in (*KINDS, "critical")]
    lines += [
        f"    {legend[-1]} [shape=box, {crit}, label={dot_quote(CRITICAL_LEGEND)}];",
        f"    {{ rank=same; {' -> '.join(legend)} [style=invis]; }}",
        "  }",
    ]
    for node in chart.nodes:
        style = f", {crit}" if node.critical else ""
        lines.append(
            f"  {dot_quote(node.key)} [shape={DOT_SHAPES[node.kind]}{style}, label={dot_quote(node.label)}];"
        )
    for edge in chart.edges:
        style = f" [{crit}]" if edge.critical else ""
        lines.append(f"  {dot_quote(edge.source)} -> {dot_quote(edge.target)}{style};")
    lines.append("}")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- Mermaid


MERMAID_SHAPES: dict[str, tuple[str, str]] = {
    "room": ("[/", "\\]"),
    "exit": (">", "]"),
    "escape": ("(((", ")))"),
    "hotspot": ("[[", "]]"),
    "puzzle": ("[", "]"),
    "item": ("([", "])"),
    "flag": ("{{", "}}"),
    "rumour": ("{", "}"),
}
_MERMAID_ENTITIES = {"#": "#35;", '"': "#34;", "<": "#60;", ">": "#62;", "&": "#38;", "`": "#96;"}


def mermaid_id(key: str) -> str:
    """A Mermaid node id made of letters, digits and '_' only, one-to-one with the chart key."""
    kind, _, id_ = key.partition(":")
    body = "".join({"_": "__", "-": "_h"}.get(ch, ch) for ch in id_)
    return f"{kind}_{body}"


def mermaid_text(text: str) -> str:
    """A quoted Mermaid label: special characters as entity codes, line breaks as ``<br>``."""
    escaped = "".join(_MERMAID_ENTITIES.get(ch, ch) for ch in text)
    return '"' + "<br>".join(escaped.splitlines() or [""]) + '"'


def _mermaid_node(node_id: str, kind: str, label: str) -> str:
    opening, closing = MERMAID_SHAPES[kind]
    return f"{node_id}{opening}{mermaid_text(label)}{closing}"


def to_mermaid(chart: Chart) -> str:
    """The chart as a Mermaid flowchart (deterministic)."""
    lines = [
        f"%% Puzzle dependency chart of pack {chart.pack_id} ({' '.join(chart.title.split())}), "
        "made by 'rumours graph'.",
        "flowchart TD",
        '  subgraph legend["Legend"]',
    ]
    lines += [f"    {_mermaid_node('legend_' + kind, kind, LEGEND[kind])}" for kind in KINDS]
    lines += [f"    {_mermaid_node('legend_critical', 'puzzle', CRITICAL_LEGEND)}", "  end"]
    lines += [f"  {_mermaid_node(mermaid_id(n.key), n.kind, n.label)}" for n in chart.nodes]
    for edge in chart.edges:
        arrow = "==>" if edge.critical else "-->"
        lines.append(f"  {mermaid_id(edge.source)} {arrow} {mermaid_id(edge.target)}")
    critical_nodes = ["legend_critical", *(mermaid_id(n.key) for n in chart.nodes if n.critical)]
    lines += [
        f"  classDef critical stroke:{CRITICAL_COLOUR},stroke-width:4px;",
        f"  class {','.join(critical_nodes)} critical;",
    ]
    critical_edges = [str(i) for i, e in enumerate(chart.edges) if e.critical]
    if critical_edges:
        lines.append(f"  linkStyle {','.join(critical_edges)} stroke:{CRITICAL_COLOUR},stroke-width:3px;")
    return "\n".join(lines) + "\n"
