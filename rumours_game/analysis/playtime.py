"""Time-aware checks: can a team finish before the timer, and what do hints cost against it?

The model of a *fast team's minimum play time* for a solution (docs/engine.md):

* every text the team must read on the way: each solved puzzle's title, prompt and success text, the facts of
  each rumour it busts (the fact card), and the description of each object looked at, read at
  ``WORDS_PER_MINUTE`` (a fast silent reader; a team reads together, so no faster);
* plus ``SECONDS_PER_PUZZLE`` of thinking and typing for each puzzle solved;
* plus ``SECONDS_PER_ACTION`` for every other action (walking, looking, using an item, each tap of a search).

Calibrated on the tutorial, which teams of 14-18 year-olds finish in about 5 minutes: the model gives a bit
under 4 minutes there, a minimum a fast team can reach but not beat by much.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rumours_game.analysis.findings import Finding
from rumours_game.engine.actions import Action, Answer, Look, Use
from rumours_game.engine.puzzles.combine import matches
from rumours_game.engine.queries import time_limit
from rumours_game.engine.world import world
from rumours_game.pack.i18n import tr
from rumours_game.pack.models import Pack

WORDS_PER_MINUTE = 200
SECONDS_PER_PUZZLE = 15
SECONDS_PER_ACTION = 3


@dataclass(frozen=True)
class PlayTime:
    """A fast team's minimum play time for one solution, and what it is made of."""

    seconds: float
    words: int
    puzzles: int
    actions: int

    def describe(self) -> str:
        return (
            f"about {_minutes(self.seconds)} for a fast team ({_n(self.puzzles, 'puzzle')}, "
            f"{_n(self.actions, 'other action')} and {_n(self.words, 'word')} to read)"
        )


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _minutes(seconds: float) -> str:
    minutes = seconds / 60
    return f"{minutes:.1f} minutes" if minutes < 10 else f"{minutes:.0f} minutes"


def _words(pack: Pack, text: object) -> int:
    return len(re.findall(r"\w+", tr(text, pack.default_language, pack.default_language))) if text else 0  # type: ignore[arg-type]


def minimum_play_time(pack: Pack, solution: list[Action]) -> PlayTime:
    """The model's minimum play time of ``solution`` (see the module's docstring)."""
    words = 0
    solved: list[str] = []
    others = 0
    busted: set[str] = set()
    for action in solution:
        puzzle_id = action.puzzle if isinstance(action, Answer) else None
        if isinstance(action, Use):
            puzzle_id = next(
                (
                    c.id
                    for c in world(pack).combines
                    if c.id not in solved and matches(c, action.item, action.on)
                ),
                None,
            )
            others += 1
        elif isinstance(action, Look):
            spot = pack.lookup("hotspot", action.hotspot)
            words += _words(pack, spot.description) if spot is not None else 0
            others += 1
        elif not isinstance(action, Answer):
            others += 1
        if puzzle_id is None or puzzle_id in solved:
            if isinstance(action, Answer):
                others += 1  # a further tap of a search puzzle
            continue
        solved.append(puzzle_id)
        puzzle = pack.puzzle(puzzle_id)
        words += _words(pack, puzzle.title) + _words(pack, puzzle.prompt) + _words(pack, puzzle.success)
        for rid in [puzzle.rumour, *puzzle.rewards.rumours]:
            if rid and rid not in busted:
                busted.add(rid)
                words += sum(_words(pack, f.text) for f in pack.rumour(rid).facts)
    seconds = words * 60 / WORDS_PER_MINUTE + SECONDS_PER_PUZZLE * len(solved) + SECONDS_PER_ACTION * others
    return PlayTime(seconds, words, len(solved), others)


def time_findings(pack: Pack, solution: list[Action]) -> list[Finding]:
    """The timer against the shortest solution's minimum play time, hint penalties against the timer, and an
    out-of-time ending nothing can reach."""
    out: list[Finding] = []
    limit = time_limit(pack)
    if limit is None:
        if pack.endings.out_of_time is not None:
            out.append(
                Finding(
                    "warning",
                    "ending-unreachable",
                    ("ending", "out_of_time"),
                    "The 'out_of_time' ending can never be shown: the pack has no timer. Add 'timer: {minutes: 15}' "
                    "or remove this ending.",
                )
            )
        return out
    play = minimum_play_time(pack, solution) if solution else None
    if play is not None and play.seconds > limit:
        out.append(
            Finding(
                "error",
                "timer-too-short",
                ("timer", "minutes"),
                f"The timer ({_minutes(limit)}) is shorter than the quickest way through: the shortest solution "
                f"takes {play.describe()}. Give at least {_minutes(play.seconds * 1.5)} "
                f"(timer: {{minutes: {max(1, round(play.seconds * 1.5 / 60))}}}), or make the pack shorter.",
            )
        )
    spare = limit - (play.seconds if play is not None else 0)
    first_hints = 0.0
    for p, puzzle in enumerate(pack.puzzles):
        for h, hint in enumerate(puzzle.hints):
            if hint.penalty >= limit:
                out.append(
                    Finding(
                        "error",
                        "hint-penalty-too-large",
                        ("hint", f"{p}/{h}"),
                        f"Hint {h + 1} of '{puzzle.id}' costs {hint.penalty} s, the whole timer ({_minutes(limit)}) "
                        "or more: taking it ends the game at once. Use a penalty of 15 to 60 seconds.",
                    )
                )
        if puzzle.hints and play is not None:
            first_hints += puzzle.hints[0].penalty
    if play is not None and 0 < spare < first_hints and not out:
        out.append(
            Finding(
                "warning",
                "hint-penalty-too-large",
                ("timer", "minutes"),
                f"A team that takes one hint per puzzle loses {first_hints:.0f} s, more than the {spare:.0f} s the "
                f"timer leaves over a fast team's {_minutes(play.seconds)}: they will run out of time. Lower the "
                "first hints' penalties or give more time.",
            )
        )
    return out
