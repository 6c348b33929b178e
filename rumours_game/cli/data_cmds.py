"""Data subcommands: ``export`` the answers, ``merge`` exports from many kiosks, compute the ``index``."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import threading
from importlib import import_module
from pathlib import Path
from typing import Any

from rumours_game.cli.common import CliError, data_dir
from rumours_game.index.rows import BY_CHOICES, DEFAULT_MIN_CELL, LOWEST_MIN_CELL
from rumours_game.store import DB_NAME, FORMATS, DataError, StoreError, export, find_source, merge
from rumours_game.store.export import write_atomic
from rumours_game.store.merge import MAX_LISTED_CONFLICTS
from rumours_game.store.packtexts import PackTexts

EXIT_DATA = 1


def _data_dir_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=Path,
        default=argparse.SUPPRESS,
        help="the data folder (as before the command)",
    )


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``export``, ``merge`` and ``index`` to the top-level parser."""
    p = subparsers.add_parser(
        "export",
        help="write the recorded answers as CSV or JSON Lines",
        description="Export the answers database of the data folder from a consistent snapshot: responses, "
        "items, sessions and players files plus data_dictionary.csv, each written atomically. "
        "Exit code 0: done; 1: the database cannot be read; 2: wrong folder or cannot write.",
    )
    p.add_argument("--format", choices=FORMATS, default="csv", help="file format (default: csv)")
    p.add_argument("--out", metavar="DIR", type=Path, required=True, help="folder to write the files into")
    _include_test_option(p)
    _data_dir_option(p)
    p.set_defaults(func=cmd_export)

    p = subparsers.add_parser(
        "merge",
        help="combine exports from many kiosks into one database",
        description="Merge exports (folders, responses.csv/.jsonl files, data folders or database files) into "
        "the database DB. Merging the same export twice changes nothing; answers are deduplicated by "
        "response_id. Exit code 0: merged; 1: conflicts or bad data (listed); 2: a path is wrong.",
    )
    p.add_argument("exports", metavar="EXPORT", nargs="+", type=Path, help="an export folder or file")
    p.add_argument("--out", metavar="DB", type=Path, required=True, help="the database file to merge into")
    _data_dir_option(p)
    p.set_defaults(func=cmd_merge)

    p = subparsers.add_parser(
        "index",
        help="the anti-rumours progress index (before/after change)",
        description="Compute the progress index from a database, a data folder or exports (default: the data "
        "folder). See docs/index.md for the definition. Exit code 0: done; 1: bad data; 2: a path is wrong.",
    )
    p.add_argument("sources", metavar="SOURCE", nargs="*", type=Path, help="database, data folder or export")
    p.add_argument("--by", choices=BY_CHOICES, help="also show the index per group")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--report", metavar="FILE.html", type=Path, help="also write a printable HTML report")
    p.add_argument(
        "--min-cell",
        metavar="K",
        type=int,
        default=DEFAULT_MIN_CELL,
        help=f"hide every item, rumour or group of fewer than K players (default {DEFAULT_MIN_CELL}, "
        f"at least {LOWEST_MIN_CELL})",
    )
    p.add_argument(
        "--lang",
        metavar="XX",
        default="en",
        help="language of the pack titles and statements (default en; else the pack's default language)",
    )
    p.add_argument(
        "--pack",
        type=Path,
        action="append",
        default=[],
        metavar="PACK",
        help="the pack played (repeat for several): its title and statements fill in what the data lacks "
        "(older exports), and the report shows how each puzzle went (as rumours stats)",
    )
    _include_test_option(p)
    _data_dir_option(p)
    p.set_defaults(func=cmd_index)


def _include_test_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--include-test",
        action="store_true",
        help="also use test runs (headless walkthroughs, rumours play --test), which are left out by default",
    )


def _fail(err: Exception) -> CliError:
    return CliError(str(err), EXIT_DATA if isinstance(err, DataError) else 2)


def cmd_export(args: argparse.Namespace) -> int:
    """``rumours export``."""
    folder = data_dir(args.data_dir)
    db = folder / DB_NAME
    if not db.is_file():
        raise CliError(f"no answers database in {folder} (nothing recorded yet? use --data-dir DIR)")
    try:
        counts = export(db, args.out, args.format, include_test=args.include_test)
    except (StoreError, DataError) as err:
        raise _fail(err) from None
    except OSError as err:
        raise CliError(f"cannot write to {args.out}: {err.strerror or err}") from None
    print(f"exported {counts[f'responses.{args.format}']} answer(s) to {args.out} ({', '.join(counts)})")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    """``rumours merge``."""
    try:
        sources = [find_source(path) for path in args.exports]
        report = merge(sources, args.out)
    except (StoreError, DataError) as err:
        raise _fail(err) from None
    except OSError as err:
        raise CliError(f"cannot merge into {args.out}: {err.strerror or err}") from None
    for problem in report.problems:
        print(f"rumours: warning: {problem}", file=sys.stderr)
    for conflict in report.conflicts[:MAX_LISTED_CONFLICTS]:
        print(f"rumours: conflict: {conflict}", file=sys.stderr)
    hidden = len(report.conflicts) - MAX_LISTED_CONFLICTS
    if hidden > 0:
        print(f"rumours: ... and {hidden} more conflict(s)", file=sys.stderr)
    print(
        f"merged into {args.out}: {report.added} new answer(s), {report.duplicates} already there, "
        f"{len(report.conflicts)} conflict(s) (the first version was kept)"
    )
    return EXIT_DATA if report.conflicts else 0


def _import_quietly(module: str) -> None:
    """Import ``module`` ahead of use; what goes wrong is left for the import where it is used to report."""
    with contextlib.suppress(Exception):
        import_module(module)


def _index_result(args: argparse.Namespace, paths: list[Path]) -> tuple[dict[str, Any], str]:
    try:
        import scipy  # type: ignore[import-untyped]  # noqa: F401
    except ImportError:  # the kiosk app is built without it
        raise CliError(
            "the index needs scipy, which this installation leaves out (kiosk builds do): export the data "
            "(rumours export --out DIR) and run 'rumours index DIR' where the full rumours is installed"
        ) from None
    from rumours_game.cli.stats_cmd import load_packs, play_summary
    from rumours_game.index.html_report import render_html
    from rumours_game.index.suppress import suppress_small_cells
    from rumours_game.store.sources import read_index_input

    # scipy.stats (half a second) is imported while SQLite checks and reads the data: SQLite lets go of the
    # interpreter while it works, so the two overlap; an import that fails there fails again below and says so.
    statistics = threading.Thread(target=_import_quietly, args=("rumours_game.index.compute",), daemon=True)
    statistics.start()
    read = read_index_input([find_source(path) for path in paths], include_test=args.include_test)
    statistics.join()
    from rumours_game.index.compute import compute_index

    paired, texts = read.paired, read.texts
    for pack in load_packs(args.pack):
        texts.add_pack(pack, read.hashes)
    result = compute_index(paired, by=args.by)
    for group in (result, *result.get("groups", {}).values()):
        for fig in group["items"].values():
            fig["statement"] = texts.statement(fig["pack"], fig["version"], fig["item_id"], args.lang)
            fig["statement_lang"] = texts.language(fig["pack"], fig["version"], fig["item_id"], args.lang)
    result = suppress_small_cells(result, args.min_cell)
    result["about"] = about(paired, texts, args.lang)
    page = ""
    if args.report:
        from rumours_game.index.html_report import play_section

        play = play_section(play_summary(paths, args.pack, args.include_test))
        page = render_html(result, play=play)
    return result, page


def about(paired: Any, texts: PackTexts, lang: str) -> dict[str, Any]:
    """What the report is about: each pack version (title in ``lang``, content hashes), the date range,
    events, kiosks, sessions and how many escaped."""
    contexts = paired.paired_contexts()
    sessions = {c.session for c in contexts}
    infos = {s: paired.sessions[s] for s in sessions if s in paired.sessions}
    versions: dict[tuple[str, str], set[str]] = {}
    for c in contexts:
        versions.setdefault((c.pack, c.version), set())
        info = infos.get(c.session)
        if info is not None and info.pack_hash:
            versions[(c.pack, c.version)].add(info.pack_hash)
    dates = sorted(i.started_at[:10] for i in infos.values() if i.started_at)
    return {
        "packs": [
            {
                "pack": pack,
                "version": version,
                "title": texts.title(pack, version, lang),
                "title_lang": texts.language(pack, version, None, lang),
                "hashes": sorted(found),
            }
            for (pack, version), found in sorted(versions.items())
        ],
        "dates": [dates[0], dates[-1]] if dates else None,
        "events": len({c.event for c in contexts if c.event}),
        "kiosks": len({c.kiosk for c in contexts}),
        "sessions": len(sessions),
        "sessions_recorded": len(infos),
        "escaped": sum(1 for i in infos.values() if i.ending == "escaped"),
    }


def cmd_index(args: argparse.Namespace) -> int:
    """``rumours index``."""
    from rumours_game.index.report import format_table

    if args.min_cell < LOWEST_MIN_CELL:
        raise CliError(f"--min-cell must be at least {LOWEST_MIN_CELL} (small groups identify players)")
    paths = args.sources or [data_dir(args.data_dir)]
    try:
        result, page = _index_result(args, paths)
    except (StoreError, DataError) as err:
        raise _fail(err) from None
    if args.report:
        try:
            write_atomic(args.report, lambda fh: fh.write(page))
        except OSError as err:
            raise CliError(f"cannot write the report {args.report}: {err.strerror or err}") from None
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        sys.stdout.write(format_table(result))
        if args.report:
            print(f"report written to {args.report}")
    return 0
