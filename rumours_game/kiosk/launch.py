"""Starting the kiosk without the whole command line: the supervisor and the game process it runs.

The game process is started (and restarted after a crash) as ``python -m rumours_game.kiosk.launch
--data-dir DIR ...`` (``rumours-kiosk --kiosk-game ...`` when built): it imports only what playing needs,
so it reaches its first frame sooner than ``rumours kiosk --no-supervisor``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from rumours_game.kiosk.codes import EXIT_CONFIG
from rumours_game.kiosk.config import ConfigError, KioskConfig
from rumours_game.kiosk.resources import config_path, frozen, pack_paths, read_config

GAME_FLAG = "--kiosk-game"
"""The built app's first argument when it is the game process of a supervisor."""


def load(explicit: Path | None, data_dir: Path) -> tuple[KioskConfig, Path | None, Path]:
    """(config, its file or None, the data folder it says); raises :class:`ConfigError`."""
    path = config_path(explicit, data_dir)
    config = read_config(path)
    return config, path, Path(config.data_dir).expanduser() if config.data_dir else data_dir


def game_command(args: Sequence[str]) -> list[str]:
    """The command line of the game process, frozen or from source."""
    if frozen():
        return [sys.executable, GAME_FLAG, *args]
    return [sys.executable, "-m", "rumours_game.kiosk.launch", *args]


def supervise(folder: Path, args: Sequence[str]) -> int:
    """Run the game process (``args``: its options besides the data folder) under the supervisor."""
    from rumours_game.kiosk.supervisor import Supervisor

    return Supervisor(game_command(["--data-dir", str(folder), *args]), folder).run()


def game_main(argv: Sequence[str]) -> int:
    """The game process: ``--data-dir DIR [--config FILE] [--size WxH] [--windowed] [--headless]
    [--autoplay WALKTHROUGH:SCREEN] [--first-frame]``; returns its exit code."""
    from rumours_game.kiosk.run import KioskStartError, run_game
    from rumours_game.kiosk.supervisor import open_log

    parser = argparse.ArgumentParser(prog="rumours kiosk (game process)")
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--config", type=Path)
    parser.add_argument("--size", default="1280x720")
    parser.add_argument("--windowed", action="store_true")
    parser.add_argument("--headless", action="store_true")
    parser.add_argument("--autoplay")
    parser.add_argument("--first-frame", action="store_true")
    args = parser.parse_args(argv)
    try:
        config, path, _ = load(args.config, args.data_dir)
    except ConfigError as err:
        print(err, file=sys.stderr)
        return EXIT_CONFIG
    if args.windowed or args.headless:
        config = config.model_copy(update={"fullscreen": False})
    width, _, height = args.size.partition("x")
    open_log(args.data_dir)
    try:
        return run_game(
            config,
            pack_paths(config, path),
            args.data_dir,
            headless=args.headless,
            size=(int(width), int(height)),
            autoplay=args.autoplay,
            first_frame=args.first_frame,
        )
    except KioskStartError as err:
        print(f"rumours kiosk: {err}", file=sys.stderr)
        return err.exit_code


if __name__ == "__main__":
    raise SystemExit(game_main(sys.argv[1:]))
