"""Driving text play from a script of input lines, as a player at a terminal would."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rumours_game.survey import ResponseSink
from rumours_game.text.app import run_text

ROOT = Path(__file__).resolve().parents[2]
LAB = ROOT / "tests" / "engine" / "packs" / "lab"
TUTORIAL = ROOT / "scenarios" / "tutorial"

LAB_ESCAPE = [
    "look desk",  # key card
    "2",  # drawer: battery
    "3",  # door panel: the code puzzle
    "1234",
    "go lab",
    "1",  # quiz screen: choice
    "1",  # Rumour
    "look box",  # decoder (the box appears once the quiz is solved)
    "timeline board",  # seed 1 shows 2024, 2014, 2010
    "3 2 1",
    "table",  # seed 1 shows EU statistics as a, Refugee agency as b
    "1b 2a",
    "terminal",
    "ciudad",  # a text answer in another language is accepted too
    "use key card on battery",
    "go hall",
    "use powered card on card reader",
    "go archive",
    "note",
    "think first",
    "photo",
    "logo one",
    "logo two",
    "4",  # the way out
]
"""A full game of the lab pack (seed 1) from the start to the escape."""


class StepClock:
    """A fake clock: every reading is ``step`` seconds after the one before."""

    def __init__(self, step: float) -> None:
        self.step, self.now = step, -step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


@dataclass
class Played:
    """A finished run: its exit code and everything it wrote."""

    code: int
    out: str

    @property
    def lines(self) -> list[str]:
        return self.out.splitlines()

    @property
    def flat(self) -> str:
        """The output with every run of spaces and line breaks made one space (lines are wrapped)."""
        return " ".join(self.out.split())

    def after(self, command: str, nth: int = 1) -> str:
        """What was written after the ``nth`` time ``command`` was typed (up to the next input line);
        ``nth=-1``: the last time."""
        lines = self.lines
        typed = [i for i, line in enumerate(lines) if line == f"> {command}"]
        start = typed[nth - 1 if nth > 0 else nth] + 1
        end = next((i for i in range(start, len(lines)) if lines[i].startswith("> ")), len(lines))
        return "\n".join(lines[start:end])


def play(
    lines: Sequence[str],
    *,
    pack: Path = LAB,
    lang: str | None = "en",
    sink: ResponseSink | None = None,
    clock: Callable[[], float] | None = None,
    seed: int = 1,
) -> Played:
    """Play ``pack`` with the input ``lines`` (then end of input); the fake clock stands still by default."""
    out = io.StringIO()
    stdin = io.StringIO("".join(f"{line}\n" for line in lines))
    code = run_text(pack, lang, None, stdin, out, sink=sink, seed=seed, clock=clock or (lambda: 0.0))
    return Played(code, out.getvalue())
