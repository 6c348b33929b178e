"""The list of subcommand modules, in the order `rumours --help` shows them."""

from __future__ import annotations

from rumours_game.cli import check_cmd, data_cmds, graph_cmd, kiosk_cmd, pack_cmds, play_cmd, stats_cmd

COMMAND_MODULES = [pack_cmds, check_cmd, graph_cmd, play_cmd, kiosk_cmd, data_cmds, stats_cmd]
