"""UI frame time and start-up, each against a bare pygame baseline measured in the same run.

1. A typical room scene (the tutorial's studio at 1920x1080, the pointer over a hotspot, a few items held):
   median time of a full redraw frame (input, update, draw, flip) versus a bare pygame loop that blits the
   very same surfaces (targets: at most 1.5x the bare loop and at most 3 ms).
2. Process start to first frame, in a subprocess: ``rumours`` opening the tutorial's title screen versus a
   bare ``import pygame`` + window + flip (target: at most 0.5 s).

Run alone with ``python -m bench bench_ui`` (SDL dummy drivers, software rendering).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame

from bench.framework import Figure, Measured

ROOT = Path(__file__).resolve().parent.parent
TUTORIAL = ROOT / "scenarios" / "tutorial"
SIZE = (1920, 1080)
FRAMES = 100
BLOCKS = 4
STARTS = 5
FIGURES = (
    Figure("frame_ms_1080p", "ms", "<= 3", "room view frame at 1920x1080 (software renderer), median"),
    Figure(
        "frame_vs_raw_pygame", "x", "<= 1.5", "room frame over a bare pygame loop blitting the same surfaces"
    ),
    Figure(
        "start_to_first_frame_s", "s", "<= 0.5", "process start to the title screen's first frame, median"
    ),
)

FIRST_FRAME_SCRIPT = """
import sys
from pathlib import Path
from rumours_game.pack import load_pack
from rumours_game.survey import MemorySink
from rumours_game.ui.run import make_app
pack = load_pack(Path(sys.argv[1]))
app = make_app(pack, Path(sys.argv[1]), pack.default_language, MemorySink(), (1280, 720), headless=True)
app.flow.title()
assert app.frame(0.0)
print("frame", flush=True)
"""

BARE_FIRST_FRAME = """
import pygame
pygame.display.init()
screen = pygame.display.set_mode((1280, 720))
screen.fill((20, 20, 40))
pygame.display.flip()
print("frame", flush=True)
"""


def _room_app():
    """The app showing the tutorial's room, played by the headless driver up to there."""
    sys.path.insert(0, str(ROOT))
    from rumours_game.pack import load_pack
    from rumours_game.survey import MemorySink
    from rumours_game.ui.driver import Driver, Plan
    from rumours_game.ui.run import make_app

    pack = load_pack(TUTORIAL)
    plan = Plan(pack, pack.walkthroughs[0], pack.default_language)
    app = make_app(pack, TUTORIAL, plan.lang, MemorySink(), SIZE, headless=True, seed=plan.seed)
    driver = Driver(app, plan)
    driver.start()
    for _ in range(20_000):
        state = app.ctx.session.state if app.ctx.session else None
        if state and len(state.inventory) >= 2 and app.top.name == "room" and app.top.message is None:
            break
        verdict = driver.step()
        if verdict is not None:
            raise RuntimeError(f"the walkthrough ended before the room view: {verdict[1]}")
    spot = app.top.spots[0]
    pygame.event.post(
        pygame.event.Event(pygame.MOUSEMOTION, pos=spot.rect.center, rel=(0, 0), buttons=(0, 0, 0))
    )
    app.frame(1 / 60)
    return app


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def room_frames(app) -> list[float]:
    """Full frames of the room scene, each forced to redraw."""
    times = []
    for _ in range(FRAMES):
        app.dirty = True
        t0 = time.perf_counter()
        app.frame(1 / 60)
        times.append(time.perf_counter() - t0)
    return times


def bare_frames(app) -> list[float]:
    """A bare pygame loop blitting the same surfaces the room scene blits, at the same places."""
    scene = app.top
    screen = app.screen
    layers = [(scene.static, (0, 0))]
    layers += [(b._faces["normal"], b.rect.topleft) for b in scene.buttons]
    layers.append((scene.clock.image, scene.clock.at.topleft))
    layers += [(s.label, s.rect.midbottom) for s in scene.spots[:1]]
    times = []
    for _ in range(FRAMES):
        t0 = time.perf_counter()
        pygame.event.get()
        for surface, pos in layers:
            screen.blit(surface, pos)
        pygame.display.flip()
        times.append(time.perf_counter() - t0)
    return times


def first_frame(script: str, *args: str) -> float:
    """Seconds from starting a Python process to its first frame (median of a few starts)."""
    env = {
        **os.environ,
        "SDL_VIDEODRIVER": "dummy",
        "SDL_AUDIODRIVER": "dummy",
        "PYGAME_HIDE_SUPPORT_PROMPT": "1",
    }
    samples = []
    for _ in range(STARTS):
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-c", script, *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            cwd=ROOT,
            env=env,
        )
        assert proc.stdout is not None
        line = proc.stdout.readline()
        samples.append(time.perf_counter() - t0)
        proc.wait(timeout=60)
        if line.strip() != "frame":
            raise RuntimeError("the start-up script did not draw a frame")
    return statistics.median(samples)


def measure() -> dict[str, Measured]:
    """Room frame vs bare blit loop (alternating blocks), then start to first frame in subprocesses."""
    app = _room_app()
    bare_frames(app)  # warm-up
    ours: list[float] = []
    bare: list[float] = []
    for _ in range(BLOCKS):
        ours += room_frames(app)
        bare += bare_frames(app)
    ours_ms, bare_ms = _median_ms(ours), _median_ms(bare)
    pygame.quit()
    start = first_frame(FIRST_FRAME_SCRIPT, str(TUTORIAL))
    bare_start = first_frame(BARE_FIRST_FRAME)
    return {
        "frame_ms_1080p": Measured(ours_ms, f"bare blit loop {bare_ms:.3f} ms"),
        "frame_vs_raw_pygame": Measured(ours_ms / bare_ms, f"bare blit loop {bare_ms:.3f} ms"),
        "start_to_first_frame_s": Measured(start, f"bare pygame window {bare_start:.3f} s"),
    }
