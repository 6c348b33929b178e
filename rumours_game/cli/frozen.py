"""The built kiosk app's entry point (``rumours-kiosk``): the ``rumours`` command, frozen.

With no arguments it starts ``kiosk`` (``selftest``, ``set-pin`` and ``validate`` are the kiosk's);
every subcommand works, with the first bundled pack as the
default PACK (``rumours-kiosk play --lang el``, ``rumours-kiosk check``, ``rumours-kiosk export --out
E:\\``). build.spec makes this file the app's script.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

KIOSK_ACTIONS = ("selftest", "set-pin", "validate")


def run(argv: Sequence[str] | None = None) -> int:
    """Run the frozen command line; returns the exit code."""
    from rumours_game.kiosk.launch import GAME_FLAG, game_main

    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == [GAME_FLAG]:  # the game process of the supervisor: only what playing needs
        return game_main(args[1:])
    from rumours_game.cli import main
    from rumours_game.kiosk.resources import default_pack

    if not args or args[0] in KIOSK_ACTIONS:
        args = ["kiosk", *args]  # rumours-kiosk selftest == rumours kiosk selftest
    return main(args, default_pack=default_pack(), prog="rumours-kiosk")


if __name__ == "__main__":
    raise SystemExit(run())
