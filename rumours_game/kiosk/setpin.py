"""Writing the facilitator PIN's hash into kiosk.yaml, keeping the rest of the file as it is."""

from __future__ import annotations

import re
from pathlib import Path

from rumours_game.atomic import atomic_file
from rumours_game.kiosk.config import ConfigError, parse_config

PIN_LINE = re.compile(r"^pin:.*$", re.MULTILINE)
NEW_FILE = "# Escape Rumours kiosk settings (docs/kiosk.md). Check them with: rumours kiosk validate\n"


def write_pin(path: Path, hashed: str) -> None:
    """Set ``pin:`` in ``path`` (created if missing) to ``hashed``; raises :class:`ConfigError` when the
    file has errors (it is then left unchanged)."""
    text = path.read_text(encoding="utf-8") if path.is_file() else NEW_FILE
    line = f'pin: "{hashed}"'
    if PIN_LINE.search(text):
        text = PIN_LINE.sub(line, text, count=1)
    else:
        text = (text if text.endswith("\n") or not text else text + "\n") + line + "\n"
    config, problems = parse_config(text.encode("utf-8"), str(path))
    if config is None:
        raise ConfigError(problems)
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_file(path, "w") as fh:
        fh.write(text)
