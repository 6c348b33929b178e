"""``rumours stats``: how the game played, from the session journals of databases."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from rumours_game.cli.common import CliError, data_dir, load_or_report


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``stats`` subcommand."""
    p = subparsers.add_parser(
        "stats",
        help="how the game played: endings, time to escape, per puzzle solved, hints, wrong answers",
        description="Play statistics from the session journals of databases or data folders (default: the data "
        "folder): sessions started, escaped, out of time, abandoned; median time to escape; per puzzle the "
        "teams that reached and solved it, the median time to solve, hints and wrong answers; where most teams "
        "got stuck. Per-puzzle figures need the pack (--pack) to replay the journals. Test runs are left out "
        "unless --include-test. Exit code 0: done; 1: bad data or pack; 2: a path is wrong.",
    )
    p.add_argument("sources", metavar="SOURCE", nargs="*", type=Path, help="database file or data folder")
    p.add_argument("--pack", type=Path, action="append", default=[], metavar="PACK",
                   help="the pack the sessions played (repeat for several packs)")  # fmt: skip
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--include-test", action="store_true", help="also count test runs (headless walkthroughs)")
    p.add_argument("--data-dir", metavar="DIR", type=Path, default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_stats)


def play_summary(paths: list[Path], packs: list[Path], include_test: bool) -> dict[str, Any]:
    """The play statistics of the sessions in ``paths`` (databases), replayed with ``packs``."""
    from rumours_game.analysis.play_stats import replay_journal, summarize_play
    from rumours_game.store import find_source
    from rumours_game.store.journals import read_journals

    loaded = {}
    for path in packs:
        pack = load_or_report(path)
        if pack is None:
            raise CliError(f"the pack {path} has errors", 1)
        loaded[pack.id] = pack
    plays = []
    order: list[str] = []
    seen: set[str] = set()
    for path in paths:
        source = find_source(path)
        if source.kind != "db":
            raise CliError(f"{path}: journals are only in databases and data folders, not in exports")
        for journal in read_journals(source.path, include_test=include_test):
            if journal.session_id in seen:
                continue
            seen.add(journal.session_id)
            pack = loaded.get(journal.pack_id)
            plays.append(replay_journal(pack, journal.ending, journal.actions))
            if pack is not None and not order:
                order = [puzzle.id for puzzle in pack.puzzles]
    return summarize_play(plays, order)


def cmd_stats(args: argparse.Namespace) -> int:
    """``rumours stats``."""
    from rumours_game.analysis.play_stats import format_play
    from rumours_game.store import DataError, StoreError

    paths = args.sources or [data_dir(getattr(args, "data_dir", None))]
    try:
        summary = play_summary(paths, args.pack, args.include_test)
    except (StoreError, DataError) as err:
        raise CliError(str(err), 1 if isinstance(err, DataError) else 2) from None
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        sys.stdout.write(format_play(summary))
        if not args.pack:
            print("Give the pack with --pack PACK to see the figures per puzzle.")
    return 0
