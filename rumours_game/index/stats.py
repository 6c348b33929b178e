"""Summaries of paired changes: mean, sample SD, d_z and a t-based 95% interval."""

from __future__ import annotations

import math
from dataclasses import dataclass

from rumours_game.index.tdist import t_ppf


@dataclass
class Moments:
    """Running count, sum and sum of squares of changes, and how many were up, zero or down."""

    n: int = 0
    total: float = 0
    squares: float = 0
    improved: int = 0
    unchanged: int = 0
    worsened: int = 0

    def add(self, change: float) -> None:
        """Count one change (positive = moved away from the rumour)."""
        self.n += 1
        self.total += change
        self.squares += change * change
        if change > 0:
            self.improved += 1
        elif change < 0:
            self.worsened += 1
        else:
            self.unchanged += 1

    def merge(self, other: Moments) -> None:
        """Add another tally of changes into this one."""
        self.n += other.n
        self.total += other.total
        self.squares += other.squares
        self.improved += other.improved
        self.unchanged += other.unchanged
        self.worsened += other.worsened


@dataclass(frozen=True)
class Summary:
    """n, mean, sample SD, d_z (= mean / SD) and the 95% interval of the mean; None where undefined."""

    n: int
    mean: float | None
    sd: float | None
    d_z: float | None
    ci95: tuple[float, float] | None
    improved: float | None
    unchanged: float | None
    worsened: float | None


def _variance(m: Moments) -> float:
    if isinstance(m.total, int) and isinstance(m.squares, int):  # exact for whole-number changes
        return (m.n * m.squares - m.total * m.total) / (m.n * (m.n - 1))
    mean = m.total / m.n
    return max(0.0, (m.squares - mean * m.total) / (m.n - 1))


def summarize(m: Moments) -> Summary:
    """The summary of a tally of changes."""
    if m.n == 0:
        return Summary(0, None, None, None, None, None, None, None)
    mean = m.total / m.n
    shares = (m.improved / m.n, m.unchanged / m.n, m.worsened / m.n)
    if m.n == 1:
        return Summary(1, mean, None, None, None, *shares)
    sd = math.sqrt(_variance(m))
    half = t_ppf(0.975, m.n - 1) * sd / math.sqrt(m.n)
    d_z = mean / sd if sd > 0 else None
    return Summary(m.n, mean, sd, d_z, (mean - half, mean + half), *shares)
