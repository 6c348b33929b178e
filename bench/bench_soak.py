"""Memory over a soak: complete team sessions in one process (see bench/soak.py)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench.framework import Figure, Measured
from bench.soak import run_soak

SESSIONS = 32
FIGURES = (
    Figure(
        "rss_growth_mb_soak", "MB", "<= 10",
        f"memory growth over {SESSIONS} complete sessions in one process (lowest RSS of the last quarter "
        "minus the lowest of the second quarter)",
    ),
)  # fmt: skip


def measure() -> dict[str, Measured]:
    """Play the sessions and report the memory growth after warming up."""
    with tempfile.TemporaryDirectory(prefix="bench-soak-") as tmp:
        report = run_soak(SESSIONS, Path(tmp), seed=0)
    other = [p for p in report.problems() if not p.startswith("memory grew")]
    if other:  # lost answers, failed sessions or leaking files: the figure would mean nothing
        raise RuntimeError("; ".join(other))
    first, last = report.samples[1], report.samples[-1]
    baseline = f"RSS {first.rss_mb:.0f} MB after the first session, {last.rss_mb:.0f} MB after the last"
    return {"rss_growth_mb_soak": Measured(report.rss_growth_mb, baseline)}
