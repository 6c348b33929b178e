"""The `rumours` command line: argument parsing and the wiring of every package.

Each subcommand lives in a module of this package that exposes ``register(subparsers)``;
a handler takes the parsed arguments and returns an exit code. Handlers raise
:class:`CliError` for problems the user can fix; nothing else reaches the user as a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from rumours_game import __version__
from rumours_game.cli.common import CliError, data_dir
from rumours_game.cli.modules import COMMAND_MODULES
from rumours_game.crashlog import write_crash_log
from rumours_game.safetext import terminal_safe


class Parser(argparse.ArgumentParser):
    """argparse, with usage errors printed safely: an argument may hold control characters or bytes of a
    file name that is not UTF-8 (shown as escapes, never sent raw to the terminal)."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, terminal_safe(f"{self.prog}: error: {message}") + "\n")


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, with every subcommand registered."""
    parser = Parser(
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
    for command in sub.choices.values():  # global options work after the command too
        if not any("--data-dir" in action.option_strings for action in command._actions):
            command.add_argument(
                "--data-dir",
                metavar="DIR",
                type=Path,
                default=argparse.SUPPRESS,
                help="as before the command",
            )
    return parser


def default_pack_for(parser: argparse.ArgumentParser, pack: Path) -> None:
    """Let every command's PACK argument be left out, meaning ``pack`` (the built kiosk app's own)."""
    for group in parser._subparsers._group_actions if parser._subparsers else []:
        commands = group.choices if isinstance(group.choices, dict) else {}
        for command in commands.values():
            for action in command._actions:  # argparse has no public way to change a positional
                if action.dest == "pack" and not action.option_strings:
                    several = action.nargs == "+"  # `play` takes several packs: its default is a list of one
                    action.nargs, action.default = ("*", [pack]) if several else ("?", pack)


def main(argv: Sequence[str] | None = None, default_pack: Path | None = None, prog: str = "rumours") -> int:
    """Run the command line; returns the process exit code."""
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")  # pygame's banner is not for our users
    parser = build_parser()
    parser.prog = prog
    if default_pack is not None:
        default_pack_for(parser, default_pack)
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        code = int(args.func(args) or 0)
        sys.stdout.flush()
        return code
    except CliError as err:
        _say(f"rumours: error: {err}")
        return err.exit_code
    except KeyboardInterrupt:
        _say("rumours: stopped.")
        return 130
    except BrokenPipeError:
        _quiet_stdout()
        return 0
    except OSError as err:  # writing the output failed (a full disk behind stdout), or a file vanished
        _quiet_stdout()
        where = f" ({err.filename})" if err.filename else ""
        _say(f"rumours: error: cannot read or write{where}: {err.strerror or err}")
        return 2
    except Exception as err:  # the last net: never show a traceback to a user
        try:
            log = write_crash_log(data_dir(getattr(args, "data_dir", None)), traceback.format_exc())
            where = f" Details were saved in {log}."
        except OSError:
            where = ""
        _say(
            f"rumours: internal error ({type(err).__name__}: {err}). This is a bug in rumours, "
            f"not in your pack; please report it.{where}"
        )
        return 3


def _say(text: str) -> None:
    """One line on stderr, control characters and undecodable file-name bytes shown as escapes."""
    with contextlib.suppress(OSError, ValueError):
        print(terminal_safe(text), file=sys.stderr, flush=True)


def _quiet_stdout() -> None:
    """After stdout failed: send what is still buffered to the null device, so exiting cannot fail again."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
