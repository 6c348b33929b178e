"""Synthesise the Escape Rumours pack's sound effects, reproducibly, with the standard library only.

    python tools/make_escape_sounds.py [--out scenarios/escape-rumours]

Writes assets/sounds/{click,solved,wrong,busted,escaped,time_up}.wav (22,050 Hz, mono, 16-bit): the names the game
plays (rumours_game/ui/audio.py). Soft tones with short fades, no noise and no words; deterministic, so the
files are the same on every run. Released with the pack under CC-BY-SA-4.0.
"""

from __future__ import annotations

import argparse
import math
import struct
import sys
import wave
from collections.abc import Sequence
from pathlib import Path

RATE = 22_050
ROOT = Path(__file__).resolve().parent.parent

# A note is (frequency in Hz, start in seconds, length in seconds, loudness 0..1).
Note = tuple[float, float, float, float]

SOUNDS: dict[str, list[Note]] = {
    # a soft tick for buttons
    "click": [(1200.0, 0.0, 0.03, 0.25)],
    # a rising major arpeggio: a puzzle is solved
    "solved": [(523.25, 0.0, 0.12, 0.35), (659.25, 0.09, 0.12, 0.35), (783.99, 0.18, 0.25, 0.35)],
    # two low, gentle notes: not quite (never harsh: teenagers try again)
    "wrong": [(220.0, 0.0, 0.14, 0.3), (196.0, 0.16, 0.2, 0.3)],
    # a bell-like chord: a rumour is busted
    "busted": [(659.25, 0.0, 0.6, 0.25), (830.61, 0.0, 0.6, 0.2), (987.77, 0.05, 0.6, 0.2)],
    # a slow falling line: the time is up
    "time_up": [(392.0, 0.0, 0.3, 0.3), (349.23, 0.3, 0.3, 0.3), (293.66, 0.6, 0.6, 0.3)],
    # a short fanfare: the team escaped
    "escaped": [
        (523.25, 0.0, 0.15, 0.3),
        (523.25, 0.16, 0.15, 0.3),
        (659.25, 0.32, 0.15, 0.3),
        (783.99, 0.48, 0.5, 0.35),
        (1046.5, 0.48, 0.5, 0.2),
    ],
}


def render(notes: Sequence[Note]) -> bytes:
    """16-bit mono samples of the notes mixed together, each with a short attack and an exponential decay."""
    length = max(start + dur for _, start, dur, _ in notes) + 0.05
    samples = [0.0] * int(length * RATE)
    for freq, start, dur, loud in notes:
        first = int(start * RATE)
        for i in range(int(dur * RATE)):
            t = i / RATE
            envelope = min(1.0, t / 0.005) * math.exp(-4.0 * t / dur)
            tone = math.sin(2 * math.pi * freq * t) + 0.3 * math.sin(4 * math.pi * freq * t)
            samples[first + i] += loud * envelope * tone / 1.3
    peak = max(1.0, max(abs(s) for s in samples))
    return b"".join(struct.pack("<h", round(32767 * 0.9 * s / peak)) for s in samples)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "scenarios" / "escape-rumours")
    args = parser.parse_args(argv)
    folder = args.out / "assets" / "sounds"
    folder.mkdir(parents=True, exist_ok=True)
    for name, notes in SOUNDS.items():
        with wave.open(str(folder / f"{name}.wav"), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(render(notes))
    print(f"wrote {len(SOUNDS)} sounds under {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
