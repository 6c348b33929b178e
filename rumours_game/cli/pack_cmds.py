"""Pack subcommands: ``validate``, ``info``, ``new`` and ``schema``."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import rumours_game
from rumours_game.cli.common import CliError, plural, print_problems, require_pack_path, shown_problem
from rumours_game.pack.i18n import tr
from rumours_game.pack.problems import Problem

if TYPE_CHECKING:  # the loader and models (pydantic, YAML) are loaded by the pack commands only
    from rumours_game.pack.loader import LoadResult
    from rumours_game.pack.models import Pack

SCENARIOS = Path(rumours_game.__file__).resolve().parent.parent / "scenarios"
TEMPLATE = SCENARIOS / "template"
SCHEMA_FILE = SCENARIOS / "schema" / "pack.schema.json"


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the pack subcommands to the top-level parser."""
    p = subparsers.add_parser(
        "validate",
        help="check a pack and list every problem with file and line",
        description="Check a pack (a folder or a .zip) and list every problem at once, as "
        "'file:LINE:COL: error: message'. Exit code 0: valid; 1: the pack has errors; 2: the path is wrong.",
    )
    p.add_argument("pack", type=Path, help="the pack folder or .zip file")
    p.add_argument("--json", action="store_true", help="print the problems as a JSON list")
    p.add_argument("--strict", action="store_true", help="treat warnings as errors")
    p.add_argument(
        "--schema",
        action="store_true",
        help="also check the pack against the published JSON Schema that editors use, and report disagreements",
    )
    p.set_defaults(func=cmd_validate)

    p = subparsers.add_parser("info", help="what a pack holds", description="Show what a pack holds.")
    p.add_argument("pack", type=Path, help="the pack folder or .zip file")
    p.add_argument("--json", action="store_true", help="print a JSON object (counts are integers)")
    p.set_defaults(func=cmd_info)

    p = subparsers.add_parser(
        "new",
        help="start a new pack from the commented template",
        description="Create a new pack folder from the template (every key is explained in comments).",
    )
    p.add_argument("name", help="the pack's title; its folder and id are made from it")
    p.add_argument("--lang", metavar="XX", help="the pack's language code, e.g. es (default: the template's)")
    p.add_argument(
        "--dir", metavar="PARENT", type=Path, default=Path("."), help="where to create the pack folder"
    )
    p.set_defaults(func=cmd_new)

    p = subparsers.add_parser(
        "schema",
        help="print the JSON Schema of pack files",
        description="Print the JSON Schema of pack files (for editors such as VS Code with the YAML extension).",
    )
    p.set_defaults(func=cmd_schema)


def _schema_mismatches(result: LoadResult) -> list[Problem]:
    """Where the published JSON Schema rejects a pack the loader accepts (editors would underline it)."""
    import jsonschema  # only this option needs it

    from rumours_game.pack.schema import pack_json_schema

    if result.data is None or not result.ok or result.locate is None:
        return []
    validator = jsonschema.Draft202012Validator(pack_json_schema())
    found = []
    for err in validator.iter_errors(result.data):
        file, line, col = result.locate(tuple(err.absolute_path), False)
        found.append(
            Problem(
                file,
                line,
                col,
                "error",
                "schema-mismatch",
                f"The editor schema disagrees here: {err.message}.",
            )
        )
    return found


def cmd_validate(args: argparse.Namespace) -> int:
    """``rumours validate PACK``: every problem, a summary line, and an exit code."""
    from rumours_game.pack import check_pack

    require_pack_path(args.pack)
    result = check_pack(args.pack)
    if any(p.code == "pack-not-found" for p in result.problems):
        raise CliError(result.problems[0].message)
    problems = result.problems + (_schema_mismatches(result) if args.schema else [])
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    if args.json:
        print(json.dumps([shown_problem(args.pack, p) for p in problems], indent=2, ensure_ascii=False))
    else:
        print_problems(args.pack, problems)
        files = len(result.files)
        print(f"{plural(errors, 'error')}, {plural(warnings, 'warning')} in {plural(files, 'file')}")
    return 1 if errors or (args.strict and warnings) else 0


def pack_info(pack: Pack) -> dict[str, Any]:
    """What a pack holds, as plain data (the ``info --json`` output)."""
    return {
        "id": pack.id,
        "title": tr(pack.title, pack.default_language, pack.default_language),
        "version": pack.version,
        "format_version": pack.format_version,
        "languages": list(pack.languages),
        "default_language": pack.default_language,
        "rooms": len(pack.rooms),
        "items": len(pack.items),
        "puzzles": len(pack.puzzles),
        "puzzle_types": dict(sorted(Counter(p.type for p in pack.puzzles).items())),
        "rumours": len(pack.rumours),
        "facts": sum(len(r.facts) for r in pack.rumours),
        "survey_items": len(pack.survey.items) if pack.survey else 0,
        "walkthroughs": len(pack.walkthroughs),
        "minutes": pack.minutes,
        "timer_minutes": pack.timer.minutes if pack.timer else None,
        "authors": list(pack.authors),
        "licence": pack.licence,
    }


def cmd_info(args: argparse.Namespace) -> int:
    """``rumours info PACK``: a summary of the pack for humans, or JSON for scripts."""
    from rumours_game.pack import check_pack

    require_pack_path(args.pack)
    result = check_pack(args.pack)
    if result.pack is None:
        errors = [p for p in result.problems if p.severity == "error"]
        for problem in errors[:5]:
            item = shown_problem(args.pack, problem)
            print(f"{item['file']}:{item['line']}:{item['col']}: error: {item['message']}", file=sys.stderr)
        raise CliError(f"the pack has {plural(len(errors), 'error')}; run 'rumours validate {args.pack}'.", 1)
    info = pack_info(result.pack)
    if args.json:
        print(json.dumps(info, indent=2, ensure_ascii=False))
        return 0
    for key, value in info.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k} {v}" for k, v in value.items()) or "none"
        elif isinstance(value, list):
            value = ", ".join(map(str, value))
        print(f"{key.replace('_', ' '):>16}: {'none' if value is None else value}")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    """``rumours new NAME``: copy the template into a new pack folder that validates."""
    from rumours_game.pack import check_pack
    from rumours_game.pack.models import LANG_PATTERN
    from rumours_game.pack.scaffold import new_pack

    if args.lang and not re.match(LANG_PATTERN, args.lang):
        raise CliError(f"'{args.lang}' is not a language code like 'en', 'es' or 'pt-BR'.")
    if not (TEMPLATE / "pack.yaml").is_file():
        raise CliError(f"The pack template is missing (looked in {TEMPLATE}).")
    if not args.dir.is_dir():
        raise CliError(f"There is no folder called '{args.dir}' to create the pack in.")
    try:
        dest = new_pack(TEMPLATE, args.dir, args.name, args.lang, SCHEMA_FILE)
    except FileExistsError as err:
        raise CliError(
            f"'{err}' already exists; choose another name or --dir (nothing was overwritten)."
        ) from err
    except ValueError as err:
        raise CliError(f"{err}; choose another name.") from err
    except OSError as err:
        raise CliError(f"The pack could not be written: {err}.") from err
    result = check_pack(dest)
    for problem in result.problems:
        print(problem.format(), file=sys.stderr)
    print(f"Created the pack '{dest.name}' in {dest}.")
    print(f"Next: edit its .yaml files, then run 'rumours validate {dest}'.")
    return 0 if result.ok else 1


def cmd_schema(args: argparse.Namespace) -> int:
    """``rumours schema``: print the JSON Schema generated from the models."""
    from rumours_game.pack.schema import schema_text

    sys.stdout.write(schema_text())
    return 0
