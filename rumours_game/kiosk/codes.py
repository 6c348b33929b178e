"""Exit codes of ``rumours kiosk``, chosen for shells that restart what exits, and its settings file's name.

Windows Shell Launcher maps an exit code to an action: 0 restart the shell, 1 restart the device,
2 shut the device down, 3 do nothing. The kiosk exits 3 when the facilitator quits through the menu
(nothing restarts it) and never exits 1 or 2 by itself. docs/kiosk.md has the table.
"""

from __future__ import annotations

EXIT_RESTART = 0
"""Shell Launcher: restart the shell (the kiosk never uses it for a deliberate quit)."""
EXIT_QUIT = 3
"""The facilitator quit through the menu, or the supervisor was told to stop: do nothing."""
EXIT_CONFIG = 4
"""kiosk.yaml or a pack has errors (printed, and written to the kiosk log): fix them and start again."""
CHILD_QUIT = 75
"""What the game process returns to its supervisor when the facilitator quits."""
CONFIG_NAME = "kiosk.yaml"
"""The kiosk settings file, looked for in the data folder (here so the command line names it in its help
without loading the settings' models)."""
