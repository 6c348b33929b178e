"""The `rumours` command line: argument parsing and the wiring of every package.

Each subcommand lives in a module of this package that exposes ``register(subparsers)``;
a handler takes the parsed arguments and returns an exit code. Handlers raise
:class:`CliError` for problems the user can fix; nothing else reaches the user as a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from rumours_game import __version__
from rumours_game.cli.common import CliError, data_dir
from rumours_game.cli.modules import COMMAND_MODULES
from rumours_game.crashlog import write_crash_log


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="rumours",
        description="Escape Rumours: build, check, play and measure anti-rumour escape games.",
    )
    parser.add_argument("--version", action="version", version=f"rumours {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=Path,
        default=None,
        help="where answers and session journals are kept (default: the user data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")  # pygame's banner is not for our users
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except CliError as err:
        print(f"rumours: error: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("rumours: stopped.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as err:  # the last net: never show a traceback to a user
        try:
            log = write_crash_log(data_dir(getattr(args, "data_dir", None)), traceback.format_exc())
            where = f" Details were saved in {log}."
        except OSError:
            where = ""
        print(
            f"rumours: internal error ({type(err).__name__}: {err}). This is a bug in rumours, "
            f"not in your pack; please report it.{where}",
            file=sys.stderr,
        )
        return 3
