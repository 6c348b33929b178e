"""The list of subcommand modules, in the order `rumours --help` shows them."""

from __future__ import annotations

from rumours_game.cli import graph_cmd, pack_cmds

COMMAND_MODULES = [pack_cmds, graph_cmd]
