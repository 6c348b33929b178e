"""The built kiosk app: its size, and process start to first frame against the same kiosk run from source.

1. ``tools/build_kiosk.py --pack scenarios/tutorial --onedir`` into ``build/kiosk-bench`` (rebuilt only when
   a source file, build.spec or the fonts are newer than the last build; PyInstaller is slow): the app's
   size on disk (target: at most 80 MB).
2. Start to first frame of the game process the kiosk runs (and restarts after a crash), in new processes,
   alternating: ``rumours-kiosk --kiosk-game --data-dir DIR --headless --first-frame`` (built) and
   ``python -m rumours_game.kiosk.launch ...`` (the same from source), each with a fresh data folder;
   the median of 5 starts each (target: the built app at most 1.5 s). The operating system's file cache is
   warm after the first start: these are new processes, not a cold boot.

Needs the ``kiosk`` extra (``pip install -e '.[kiosk]'``). Run alone with ``python -m bench bench_kiosk``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.framework import Figure, Measured

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "kiosk-bench"
STARTS = 5
FIGURES = (
    Figure("kiosk_app_mb", "MB", "<= 80", "built onedir kiosk app with the tutorial pack, size on disk"),
    Figure("kiosk_first_frame_s", "s", "<= 1.5", "built kiosk app: process start to its first frame, median"),
    Figure(
        "kiosk_first_frame_vs_source",
        "x",
        "<= 2",
        "built app's start to first frame over the same from source",
    ),
)


def _newest_source() -> float:
    paths = [ROOT / "build.spec", *ROOT.glob("rumours_game/**/*.py"), *ROOT.glob("assets/fonts/*")]
    return max(p.stat().st_mtime for p in paths)


def _build_kiosk():
    """tools/build_kiosk.py as a module."""
    sys.path.insert(0, str(ROOT / "tools"))
    import build_kiosk  # type: ignore[import-not-found]

    return build_kiosk


def built_app() -> Path:
    """The bench's build of the kiosk app, made again when the sources are newer."""
    build_kiosk = _build_kiosk()
    program = build_kiosk.executable(OUT, onefile=False)
    if not program.exists() or program.stat().st_mtime < _newest_source():
        try:
            import PyInstaller  # noqa: F401
        except ImportError:
            raise RuntimeError("PyInstaller is missing: pip install -e '.[kiosk]'") from None
        work = ROOT / "build" / "pyinstaller-bench"
        if build_kiosk.main(
            ["--pack", str(ROOT / "scenarios" / "tutorial"), "--out", str(OUT), "--work", str(work)]
        ):
            raise RuntimeError("the kiosk build failed")
    return program


ARGS = ["--headless", "--first-frame"]


def start_seconds(command: list[str]) -> float:
    """Seconds from starting ``command`` (the program, before its options) to its ``first-frame`` line."""
    env = {
        **os.environ,
        "SDL_VIDEODRIVER": "dummy",
        "SDL_AUDIODRIVER": "dummy",
        "PYGAME_HIDE_SUPPORT_PROMPT": "1",
    }
    with tempfile.TemporaryDirectory(prefix="rumours-bench-") as data:
        full = [*command, "--data-dir", data, *ARGS]
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            full, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT
        )
        assert proc.stdout is not None
        line = proc.stdout.readline()
        elapsed = time.perf_counter() - t0
        proc.wait(timeout=60)
    if not line.startswith("first-frame"):
        raise RuntimeError(f"{command[0]} did not draw a first frame")
    return elapsed


def measure() -> dict[str, Measured]:
    """Build (when needed), measure the size, then alternate built and source starts."""
    program = built_app()
    size = _build_kiosk().size_mb(OUT, onefile=False)
    built, source = [], []
    for _ in range(STARTS):
        built.append(start_seconds([str(program), "--kiosk-game"]))
        source.append(start_seconds([sys.executable, "-m", "rumours_game.kiosk.launch"]))
    ours, base = statistics.median(built), statistics.median(source)
    baseline = f"from source {base:.3f} s"
    return {
        "kiosk_app_mb": Measured(round(size, 1), "onedir, tutorial pack"),
        "kiosk_first_frame_s": Measured(ours, baseline),
        "kiosk_first_frame_vs_source": Measured(ours / base, baseline),
    }
