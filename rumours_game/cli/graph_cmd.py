"""`rumours graph PACK`: draw the puzzle dependency chart as DOT, Mermaid or (through Graphviz) PNG."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from rumours_game.atomic import atomic_file
from rumours_game.cli.common import CliError, load_or_report

FORMATS = ("dot", "mermaid", "png")
NO_GRAPHVIZ = (
    "Graphviz is not installed: install it (Debian/Ubuntu: sudo apt-get install graphviz; "
    "macOS: brew install graphviz; Windows: see graphviz.org/download) or use --format dot or mermaid."
)
DOT_TIMEOUT = 120


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``graph`` subcommand."""
    parser = subparsers.add_parser(
        "graph",
        help="draw the puzzle dependency chart of a pack",
        description="Draw the puzzle dependency chart of a pack: what unlocks what, with the critical "
        "path to the escape marked with a star and drawn bold.",
    )
    parser.add_argument("pack", type=Path, help="the pack folder or .zip file")
    parser.add_argument("--format", choices=FORMATS, default="dot", help="output format (default: dot)")
    parser.add_argument(
        "--out", type=Path, metavar="FILE", help="write to FILE (default: print); png needs it"
    )
    parser.add_argument("--lang", metavar="LANG", help="language of the labels (default: the pack's default)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Build the chart and write it; returns the exit code."""
    from rumours_game.analysis.chart_render import to_dot, to_mermaid  # the solver's chart: only here
    from rumours_game.analysis.graph import build_chart

    if args.format == "png" and args.out is None:
        raise CliError("--format png writes a picture: say where with --out FILE.png")
    pack = load_or_report(args.pack)
    if pack is None:
        return 1
    if args.lang and args.lang not in pack.languages:
        raise CliError(f"the pack has no language '{args.lang}' (it has: {', '.join(pack.languages)})")
    chart = build_chart(pack, args.lang)
    if chart.escape is None:
        print(
            "rumours: warning: no way to an escape exit was found, so no critical path is marked; "
            "run 'rumours check' to see why.",
            file=sys.stderr,
        )
    if args.format == "png":
        write_atomic(args.out, render_png(to_dot(chart)))
        return 0
    text = to_dot(chart) if args.format == "dot" else to_mermaid(chart)
    if args.out is None:
        sys.stdout.write(text)
    else:
        write_atomic(args.out, text.encode("utf-8"))
    return 0


def render_png(dot_source: str) -> bytes:
    """Run Graphviz ``dot`` on the source and return the PNG bytes."""
    dot = shutil.which("dot")
    if dot is None:
        raise CliError(NO_GRAPHVIZ)
    try:
        done = subprocess.run(
            [dot, "-Tpng"],
            input=dot_source.encode("utf-8"),
            capture_output=True,
            timeout=DOT_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as err:
        raise CliError(f"Graphviz 'dot' could not draw the chart: {err}") from err
    if done.returncode != 0 or not done.stdout:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise CliError(f"Graphviz 'dot' could not draw the chart: {reason[-1] if reason else 'no output'}")
    return done.stdout


def write_atomic(path: Path, data: bytes) -> None:
    """Write the chart atomically; a path that cannot be written is a usage error (exit 2)."""
    try:
        with atomic_file(path, "wb") as handle:
            handle.write(data)
    except OSError as err:
        raise CliError(f"cannot write {path}: {err.strerror or err}") from err
