"""The supervisor: runs the game in a child process and starts it again after a crash.

- a crash (any exit but the facilitator's quit, or a signal) restarts the game after 1 s;
- a game that crashes again within 30 s of starting waits longer each time (2, 4, 8 ... 60 s), so a
  broken installation does not spin;
- everything the game writes to stderr (tracebacks included) and every restart goes to a rotating log,
  ``logs/kiosk.log`` in the data folder (1 MB x 5 files); nothing is ever shown in a dialog;
- the facilitator's quit ends the supervisor with :data:`EXIT_QUIT`; SIGTERM stops the game and ends it
  the same way.
"""

from __future__ import annotations

import logging
import logging.handlers
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import IO

from rumours_game.kiosk.codes import CHILD_QUIT, EXIT_CONFIG, EXIT_QUIT

RESTART_DELAY = 1.0
STABLE_AFTER = 30.0
"""A game that ran this long started fine: the next crash restarts it quickly again."""
MAX_DELAY = 60.0
LOG_NAME = "kiosk.log"
LOG_BYTES = 1_000_000
LOG_FILES = 5
PID_NAME = "kiosk-game.pid"
STOP_GRACE = 5.0

log = logging.getLogger("rumours.kiosk.supervisor")


def open_log(data_dir: Path) -> logging.Logger:
    """The kiosk's rotating log in ``data_dir/logs`` (also used for the game's own messages)."""
    folder = data_dir / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger("rumours.kiosk")
    path = str(folder / LOG_NAME)
    if not any(getattr(h, "baseFilename", None) == path for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_BYTES, backupCount=LOG_FILES, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return root


def backoff(failures: int) -> float:
    """Seconds to wait before restart number ``failures`` in a row of quick crashes (0: a plain crash)."""
    return RESTART_DELAY if failures == 0 else min(MAX_DELAY, 2.0**failures)


def _forward(stream: IO[bytes]) -> None:
    """Copy the game's stderr into the log, line by line, as it comes."""
    game = logging.getLogger("rumours.kiosk.game")
    for raw in iter(stream.readline, b""):
        line = raw.decode("utf-8", "replace").rstrip()
        if line:
            game.warning("%s", line)
    stream.close()


@dataclass
class Supervisor:
    """Runs ``command`` until it exits with :data:`CHILD_QUIT` (or a config error), restarting it."""

    command: Sequence[str]
    data_dir: Path
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    max_starts: int | None = None
    """Stop after this many starts (tests); None: for ever."""
    starts: int = 0
    stopping: bool = False
    child: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    def run(self) -> int:
        """Supervise until the facilitator quits; returns the process exit code."""
        open_log(self.data_dir)
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, self._terminate)
        failures = 0
        while not self.stopping and (self.max_starts is None or self.starts < self.max_starts):
            started = self.clock()
            code = self._run_once()
            if self.stopping or code == CHILD_QUIT:
                log.info("the facilitator quit the kiosk" if code == CHILD_QUIT else "stopped")
                return EXIT_QUIT
            if code == EXIT_CONFIG:
                log.error("the game cannot start with this configuration; see the messages above")
                return EXIT_CONFIG
            ran = self.clock() - started
            failures = 0 if ran >= STABLE_AFTER else failures + 1
            delay = backoff(failures)
            how = f"signal {-code}" if code < 0 else f"exit code {code}"
            log.error("the game stopped (%s) after %.1f s; restarting in %.0f s", how, ran, delay)
            self.sleep(delay)
        return EXIT_QUIT

    def _run_once(self) -> int:
        self.starts += 1
        self.child = subprocess.Popen(list(self.command), stdin=subprocess.DEVNULL, stderr=subprocess.PIPE)
        assert self.child.stderr is not None
        reader = threading.Thread(target=_forward, args=(self.child.stderr,), daemon=True)
        reader.start()
        pid_file = self.data_dir / PID_NAME
        pid_file.write_text(f"{self.child.pid}\n", encoding="ascii")
        log.info("game started (pid %d, start %d)", self.child.pid, self.starts)
        code = self.child.wait()
        reader.join(timeout=2)
        pid_file.unlink(missing_ok=True)
        return code

    def _terminate(self, signum: int, frame: FrameType | None) -> None:
        """SIGTERM: stop the game (politely, then for good) and leave."""
        self.stopping = True
        child = self.child
        if child is not None and child.poll() is None:
            child.terminate()
            try:
                child.wait(STOP_GRACE)
            except subprocess.TimeoutExpired:
                child.kill()
