"""Resident memory of the game window through the tutorial's whole walkthrough, at 1280x720, 1920x1080 and
3840x2160.

Each size runs in its own process (``rumours play --headless --walkthrough --test``) and reports its peak
resident set (``ru_maxrss`` of the child); the baseline is a bare pygame window of the same size in the same
run (the floor no game can go under). Targets: 4K at most 400 MB; 1280x720 and 1080p at most 250 MB.

Run alone with ``python -m bench bench_memory`` (SDL dummy drivers).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.framework import Figure, Measured

ROOT = Path(__file__).resolve().parent.parent
TUTORIAL = ROOT / "scenarios" / "tutorial"
SIZES = {"rss_mb_720p": "1280x720", "rss_mb_1080p": "1920x1080", "rss_mb_4k": "3840x2160"}
FIGURES = (
    Figure("rss_mb_720p", "MB", "<= 250", "peak resident memory, tutorial walkthrough at 1280x720"),
    Figure("rss_mb_1080p", "MB", "<= 250", "peak resident memory, tutorial walkthrough at 1920x1080"),
    Figure("rss_mb_4k", "MB", "<= 400", "peak resident memory, tutorial walkthrough at 3840x2160"),
)
BARE = "import sys, pygame; pygame.display.init(); pygame.display.set_mode({size}); pygame.display.flip()"


def peak_mb(command: list[str]) -> float:
    """The peak resident memory of ``command`` run to its end, in MB (Linux and macOS: ``ru_maxrss``)."""
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
    script = "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)"
    script += "; print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    out = subprocess.run([sys.executable, "-c", script, *command], env=env, cwd=ROOT, check=True,
                         capture_output=True, text=True, timeout=600)  # fmt: skip
    kilobytes = int(out.stdout.split()[-1])
    return kilobytes / (1024 * 1024) if sys.platform == "darwin" else kilobytes / 1024


def measure() -> dict[str, Measured]:
    """Each size's walkthrough against a bare window of that size."""
    found: dict[str, Measured] = {}
    with tempfile.TemporaryDirectory() as data:
        for name, size in SIZES.items():
            game = [sys.executable, "-m", "rumours_game", "--data-dir", data, "play", str(TUTORIAL),
                    "--headless", "--walkthrough", "--test", "--size", size]  # fmt: skip
            w, h = (int(n) for n in size.split("x"))
            bare = peak_mb([sys.executable, "-c", BARE.format(size=(w, h))])
            found[name] = Measured(round(peak_mb(game), 1), f"bare pygame window {bare:.0f} MB")
    return found
