"""Fuzzing across the program's boundaries with hypothesis.

``make test`` runs a short round (the default profile); ``make fuzz`` runs the ``fuzz`` profile with many
more examples. Every example runs under a watchdog: one that takes longer than :data:`WATCHDOG_S` fails as a
hang (a signal, not a timing assertion: a healthy run is far below it).
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager

from hypothesis import HealthCheck, settings

settings.register_profile(
    "default-fuzz",
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "25")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    derandomize=True,
)
settings.register_profile(
    "fuzz",
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "2000")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
FUZZ = settings.get_profile("fuzz" if os.environ.get("HYPOTHESIS_PROFILE") == "fuzz" else "default-fuzz")
WATCHDOG_S = 60


class Hang(Exception):
    """An example ran past the watchdog."""


@contextmanager
def watchdog(seconds: int = WATCHDOG_S) -> Iterator[None]:
    """Fail with :class:`Hang` when the body runs longer than ``seconds`` (main thread, POSIX)."""

    def fire(signum: int, frame: object) -> None:
        raise Hang(f"no answer after {seconds} s: a hang")

    previous = signal.signal(signal.SIGALRM, fire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
