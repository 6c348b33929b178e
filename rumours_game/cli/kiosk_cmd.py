"""``rumours kiosk``: run the game unattended (supervised), set the facilitator PIN, check the kiosk."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from rumours_game.cli.common import CliError, data_dir
from rumours_game.cli.play_cmd import parse_size
from rumours_game.kiosk import codes
from rumours_game.kiosk.codes import CONFIG_NAME

if TYPE_CHECKING:  # the settings' models (pydantic) are loaded by the kiosk commands only
    from rumours_game.kiosk.config import KioskConfig


def _config_option(parser: argparse.ArgumentParser, default: object = None) -> None:
    parser.add_argument(
        "--config",
        metavar="FILE",
        type=Path,
        default=default,
        help=f"the kiosk settings (default: {CONFIG_NAME} in the data folder, else the one built in)",
    )


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``kiosk`` and its actions."""
    p = subparsers.add_parser(
        "kiosk",
        help="run the game unattended on a kiosk (fullscreen, idle reset, facilitator PIN)",
        description="Run the game as an unattended kiosk: fullscreen, closing keys ignored, back to the "
        "title after inactivity, a facilitator menu behind a PIN (5 taps in the top-left corner), and a "
        "supervisor that restarts the game after a crash. Exit codes: 3 the facilitator quit (Windows "
        "Shell Launcher: do nothing); 4 kiosk.yaml or the packs have errors. See docs/kiosk.md.",
    )
    _config_option(p)
    p.add_argument("--windowed", action="store_true", help="a window instead of the whole screen (testing)")
    p.add_argument("--size", metavar="WxH", default="1280x720", help="window size with --windowed")
    p.add_argument("--no-supervisor", action="store_true", help="run the game in this process (testing)")
    p.add_argument("--headless", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--autoplay", metavar="WALKTHROUGH:SCREEN", help=argparse.SUPPRESS)
    p.add_argument("--first-frame", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_kiosk)
    actions = p.add_subparsers(dest="kiosk_action", metavar="ACTION")
    a = actions.add_parser("set-pin", help="set the facilitator PIN (stored as a salted hash)")
    _config_option(a, argparse.SUPPRESS)
    a.set_defaults(func=cmd_set_pin)
    a = actions.add_parser("selftest", help="check this installation: packs, fonts, display, database")
    _config_option(a, argparse.SUPPRESS)
    a.set_defaults(func=cmd_selftest)
    a = actions.add_parser("validate", help="check kiosk.yaml and the packs it lists")
    _config_option(a, argparse.SUPPRESS)
    a.set_defaults(func=cmd_validate)
    a = actions.add_parser("schema", help="print the JSON Schema of kiosk.yaml")
    a.set_defaults(func=cmd_schema)


def _load(args: argparse.Namespace) -> tuple[KioskConfig, Path | None, Path]:
    """(config, its file or None, data folder); config errors are printed, then exit 4."""
    from rumours_game.kiosk.config import ConfigError
    from rumours_game.kiosk.launch import load
    from rumours_game.kiosk.resources import config_path

    base = data_dir(args.data_dir)
    try:
        config, path, folder = load(args.config, base)
    except ConfigError as err:
        for problem in err.problems:
            print(problem.format(), file=sys.stderr)
        where = config_path(args.config, base)
        raise CliError(f"{where} has errors; fix them and start again", codes.EXIT_CONFIG) from None
    return config, path, base if args.data_dir is not None else folder


def cmd_kiosk(args: argparse.Namespace) -> int:
    """``rumours kiosk``: the supervisor, or (``--no-supervisor``) the game itself in this process."""
    from rumours_game.kiosk.launch import game_main, supervise

    config, path, folder = _load(args)
    parse_size(args.size)
    passed = ["--config", str(path)] if path is not None else []
    passed += ["--size", args.size] + (["--windowed"] if args.windowed else [])
    passed += ["--headless"] if args.headless else []
    passed += ["--autoplay", args.autoplay] if args.autoplay else []
    passed += ["--first-frame"] if args.first_frame else []
    if args.no_supervisor:
        return game_main(["--data-dir", str(folder), *passed])
    if config.pin is None:
        print(
            "rumours: warning: no facilitator PIN is set; set one with 'rumours kiosk set-pin'",
            file=sys.stderr,
        )
    return supervise(folder, passed)


def _read_pin(prompt: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().strip()


def cmd_set_pin(args: argparse.Namespace) -> int:
    """``rumours kiosk set-pin``: ask for a PIN twice, write its salted hash into kiosk.yaml."""
    from rumours_game.kiosk.config import ConfigError
    from rumours_game.kiosk.pin import hash_pin, valid_pin
    from rumours_game.kiosk.setpin import write_pin

    base = data_dir(args.data_dir)
    explicit = getattr(args, "config", None)
    target = explicit or base / CONFIG_NAME
    pin = _read_pin("New facilitator PIN (4 to 12 digits): ")
    if not valid_pin(pin):
        raise CliError("a PIN is 4 to 12 digits (0-9), typed on the kiosk's keypad")
    if _read_pin("The same PIN again: ") != pin:
        raise CliError("the two PINs differ; nothing was changed")
    try:
        write_pin(target, hash_pin(pin))
    except ConfigError as err:
        for problem in err.problems:
            print(problem.format(), file=sys.stderr)
        raise CliError(f"{target} has errors; fix them first", codes.EXIT_CONFIG) from None
    except OSError as err:
        raise CliError(f"cannot write {target}: {err.strerror or err}") from None
    print(f"PIN set in {target} (only a salted hash of it is stored)")
    return 0


def cmd_selftest(args: argparse.Namespace) -> int:
    """``rumours kiosk selftest``."""
    from rumours_game.kiosk.resources import pack_paths
    from rumours_game.kiosk.selftest import run_selftest

    config, path, _ = _load(args)
    return run_selftest(pack_paths(config, path), sys.stdout)


def cmd_validate(args: argparse.Namespace) -> int:
    """``rumours kiosk validate``: the config and every pack it offers."""
    from rumours_game.cli.common import load_or_report
    from rumours_game.kiosk.resources import pack_paths

    config, path, folder = _load(args)
    packs = pack_paths(config, path)
    bad = sum(load_or_report(p) is None for p in packs)
    where = path if path is not None else "built-in defaults"
    if not packs:
        raise CliError("no pack to offer: list packs in kiosk.yaml ('packs:')", codes.EXIT_CONFIG)
    print(f"{where}: ok; data folder {folder}; {len(packs) - bad} of {len(packs)} pack(s) ok")
    return codes.EXIT_CONFIG if bad else 0


def cmd_schema(args: argparse.Namespace) -> int:
    """``rumours kiosk schema``."""
    from rumours_game.kiosk.config import schema_text

    sys.stdout.write(schema_text())
    return 0
