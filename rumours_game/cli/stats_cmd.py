"""``rumours stats``: how the game played, from the per-puzzle figures recorded during play (databases,
data folders and exports alike; older journals are replayed with their pack)."""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rumours_game.cli.common import CliError, data_dir, load_or_report

if TYPE_CHECKING:
    from rumours_game.analysis.play_stats import SessionPlay
    from rumours_game.pack.models import Pack
    from rumours_game.store import Source


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``stats`` subcommand."""
    p = subparsers.add_parser(
        "stats",
        help="how the game played: endings, time to escape, per puzzle solved, hints, wrong answers",
        description="Play statistics from databases, data folders or exports (default: the data folder): "
        "sessions started, escaped, out of time, abandoned; median time to escape; per puzzle the teams that "
        "reached and solved it, the median time to solve, hints and wrong answers; where most teams got stuck. "
        "The game records these as it is played, so no pack is needed; sessions recorded by older versions "
        "are replayed from their journal with --pack. Test runs are left out unless --include-test. "
        "Exit code 0: done; 1: bad data or pack; 2: a path is wrong.",
    )
    p.add_argument("sources", metavar="SOURCE", nargs="*", type=Path, help="database, data folder or export")
    p.add_argument("--pack", type=Path, action="append", default=[], metavar="PACK",
                   help="the pack played (repeat for several): the puzzles' order, and the figures of "
                   "sessions recorded by older versions")  # fmt: skip
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--include-test", action="store_true", help="also count test runs (headless walkthroughs)")
    p.add_argument("--data-dir", metavar="DIR", type=Path, default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_stats)


def load_packs(paths: list[Path]) -> list[Pack]:
    """The packs given with ``--pack`` (their errors printed; exit 1)."""
    packs = []
    for path in paths:
        pack = load_or_report(path)
        if pack is None:
            raise CliError(f"the pack {path} has errors", 1)
        packs.append(pack)
    return packs


def play_summary(paths: list[Path], packs: list[Path], include_test: bool) -> dict[str, Any]:
    """The play statistics of the sessions in ``paths`` (databases, data folders or exports), from the
    per-puzzle figures recorded during play. Sessions recorded before those existed are replayed from their
    journal with ``packs`` (databases only); the packs also give the puzzles' order."""
    from rumours_game.analysis.play_stats import summarize_play
    from rumours_game.store import find_source

    loaded = {(pack.id, pack.version): pack for pack in load_packs(packs)}
    plays: dict[str, SessionPlay] = {}
    for path in paths:
        _read_plays(find_source(path), loaded, include_test, plays)
    order = [p.id for pack in loaded.values() for p in pack.puzzles]
    return summarize_play(list(plays.values()), order or _order_met(list(plays.values())))


def _read_plays(
    source: Source, packs: dict[tuple[str, str], Pack], include_test: bool, plays: dict[str, SessionPlay]
) -> None:
    """Add the sessions of ``source`` not seen yet to ``plays``; a journal is replayed only with the pack
    version it was played with (and the same content, when its hash was recorded)."""
    from rumours_game.analysis.play_stats import PuzzlePlay, SessionPlay, ending_of, replay_journal
    from rumours_game.pack.digest import content_hash
    from rumours_game.store import open_source
    from rumours_game.store.columns import PUZZLES, SESSIONS
    from rumours_game.store.journals import read_journals

    if source.kind != "db" and source.sibling(SESSIONS) is None:
        raise CliError(
            f"{source.path}: no sessions file next to it; play statistics need the whole export", 1
        )
    recorded = source.kind == "db" or source.sibling(PUZZLES) is not None
    with open_source(source, include_test=include_test, tables=(SESSIONS, PUZZLES)) as data:
        sessions = [dict(zip(SESSIONS.names, row, strict=True)) for row in data.sessions]
        puzzles: dict[str, dict[str, PuzzlePlay]] = {}
        for sid, puzzle, reached, solved, hints, wrong in data.puzzles:
            puzzles.setdefault(sid, {})[puzzle] = PuzzlePlay(reached, solved, hints, wrong)
    journals = {}
    if source.kind == "db" and any(s["play_seconds"] is None for s in sessions):
        journals = {j.session_id: j for j in read_journals(source.path, include_test=include_test)}
    for s in sessions:
        sid = s["session_id"]
        if sid in plays or (s["is_test"] and not include_test):
            continue
        journal = journals.get(sid)
        if s["play_seconds"] is None and journal is not None and journal.actions:
            pack = packs.get((journal.pack_id, journal.pack_version))
            if pack is not None and journal.pack_hash and journal.pack_hash != content_hash(pack):
                pack = None  # the same version number, edited since: replay could tell another story
            plays[sid] = replay_journal(pack, journal.ending, journal.actions)
            continue
        play = plays[sid] = SessionPlay(ending_of(s["ending"]), s["play_seconds"], puzzles.get(sid, {}))
        if not recorded:
            play.problem = "an export of an older version, without per-puzzle figures"


def _order_met(plays: list[SessionPlay]) -> list[str]:
    """Puzzles in the order teams met them (median game second first reached) when no pack gives it."""
    met: dict[str, list[float]] = {}
    for play in plays:
        for pid, puzzle in play.puzzles.items():
            met.setdefault(pid, []).extend([] if puzzle.reached_at is None else [puzzle.reached_at])
    return sorted(met, key=lambda pid: (statistics.median(met[pid]) if met[pid] else math.inf, pid))


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
        if summary["not_replayed"] and not args.pack:
            print(
                "Sessions recorded by older versions need their pack to show figures per puzzle: --pack PACK."
            )
    return 0
