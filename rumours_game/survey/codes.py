"""Random, non-identifying player codes."""

from __future__ import annotations

import random
from collections.abc import Container

ALPHABET = "CDFHJKMNPRTVWX3479"
"""Symbols that cannot be mistaken for each other (no 0/O, 1/I/L, 2/Z, 5/S, 6/G, 8/B) and no vowels,
so a code never spells a word."""

CODE_LENGTH = 6


def new_player_code(rng: random.Random, taken: Container[str] = ()) -> str:
    """A fresh code of ``CODE_LENGTH`` symbols from ``ALPHABET`` that is not in ``taken``."""
    while True:
        code = "".join(rng.choice(ALPHABET) for _ in range(CODE_LENGTH))
        if code not in taken:
            return code


def is_player_code(text: str) -> bool:
    """True when ``text`` has the shape of a player code."""
    return len(text) == CODE_LENGTH and all(ch in ALPHABET for ch in text)
