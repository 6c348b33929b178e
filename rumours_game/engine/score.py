"""The team's result at the end: time used and left, hints, wrong answers and stars (the rule is here)."""

from __future__ import annotations

from dataclasses import dataclass

from rumours_game.engine.queries import time_left
from rumours_game.engine.state import GameState
from rumours_game.pack.models import Pack

MAX_STARS = 3
HINTS_FREE = 2
"""Hints a team may take and still get every star."""
WRONG_FREE = 3
"""Wrong answers a team may give and still get every star."""


@dataclass(frozen=True)
class Score:
    """How a game went, as the ending screen and text play show it."""

    stars: int
    """0 to :data:`MAX_STARS`: 0 when the team did not escape."""
    time_used: float
    """Play time plus hint penalties, in seconds."""
    time_left: float | None
    """Seconds left on the timer (None: the pack has no timer)."""
    hints: int
    wrong: int
    busted: int


def score(pack: Pack, state: GameState) -> Score:
    """The team's result. Escaping earns 3 stars, less one for each of: more than half of the time used
    (the timer, else the pack's ``minutes``), more than 2 hints, more than 3 wrong answers; at least 1."""
    hints = sum(n for _, n in state.hints)
    stars = 0
    if state.phase == "escaped":
        budget = pack.timer.minutes * 60 if pack.timer is not None else pack.minutes * 60
        lost = (state.time_used > budget / 2) + (hints > HINTS_FREE) + (state.wrong > WRONG_FREE)
        stars = max(1, MAX_STARS - lost)
    used = state.time_used
    if state.phase == "out_of_time" and pack.timer is not None:
        used = min(used, pack.timer.minutes * 60)  # the clock stopped at zero
    return Score(stars, used, time_left(pack, state), hints, state.wrong, len(state.busted))
