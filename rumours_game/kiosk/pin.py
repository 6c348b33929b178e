"""The facilitator PIN: a salted scrypt hash (never the PIN itself) and rate-limited attempts."""

from __future__ import annotations

import hashlib
import hmac
import os
import re
from collections.abc import Callable

N, R, P = 2**14, 8, 1
"""scrypt cost: 16 MiB of memory and a few tens of milliseconds per check."""
PIN_RE = re.compile(r"^[0-9]{4,12}$")
FREE_ATTEMPTS = 3
"""Wrong PINs allowed before waiting starts."""
FIRST_DELAY = 5.0
MAX_DELAY = 300.0


def valid_pin(pin: str) -> bool:
    """A PIN is 4 to 12 digits (typed on the on-screen keypad)."""
    return bool(PIN_RE.match(pin))


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """``scrypt$N$r$p$salt$hash`` for ``pin`` with a fresh random salt."""
    if not valid_pin(pin):
        raise ValueError("a PIN is 4 to 12 digits")
    salt = salt if salt is not None else os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=N, r=R, p=P, dklen=32)
    return f"scrypt${N}${R}${P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    """True when ``pin`` matches the stored hash (constant-time comparison)."""
    try:
        _, n, r, p, salt, digest = stored.split("$")
        got = hashlib.scrypt(
            pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=len(digest) // 2
        )
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(got.hex(), digest)


class PinGate:
    """Checks PIN attempts; after :data:`FREE_ATTEMPTS` wrong ones each further attempt must wait
    longer (5 s, 10 s, 20 s ... up to 5 minutes). ``clock`` gives seconds (monotonic; injected in tests)."""

    def __init__(self, stored: str | None, clock: Callable[[], float]) -> None:
        self.stored = stored
        self.clock = clock
        self.failures = 0
        self.locked_until = 0.0

    def wait(self) -> float:
        """Seconds before the next attempt is accepted (0: now)."""
        return max(0.0, self.locked_until - self.clock())

    def attempt(self, pin: str) -> bool | None:
        """True: right PIN; False: wrong; None: refused without checking (still waiting)."""
        if self.wait() > 0:
            return None
        if self.stored is None or verify_pin(pin, self.stored):
            self.failures = 0
            self.locked_until = 0.0
            return True
        self.failures += 1
        if self.failures >= FREE_ATTEMPTS:
            delay = min(MAX_DELAY, FIRST_DELAY * 2 ** (self.failures - FREE_ATTEMPTS))
            self.locked_until = self.clock() + delay
        return False
