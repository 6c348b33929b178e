"""``python -m rumours_game.ui.display_check``: exit 0 when a graphical display is available, else 1.

Used by ``make play`` to suggest ``--text`` play on machines without a screen. It never opens a window.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping


def has_display(env: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """True when a window can be shown: always on Windows and macOS; on Linux/BSD only with X11 or Wayland.

    ``SDL_VIDEODRIVER=dummy`` (or ``offscreen``) means no display anywhere.
    """
    env = os.environ if env is None else env
    platform = platform or sys.platform
    if env.get("SDL_VIDEODRIVER", "").lower() in ("dummy", "offscreen"):
        return False
    if platform.startswith(("win", "darwin")):
        return True
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def main() -> int:
    """Exit status for the shell: 0 with a display, 1 without."""
    return 0 if has_display() else 1


if __name__ == "__main__":
    sys.exit(main())
