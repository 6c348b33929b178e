"""Text made safe to print on a terminal: what comes from a pack, a file name or an argument may hold control
characters (a terminal's escape sequences, a newline that forges an ``error:`` line) or, from a file name
that is not UTF-8, lone surrogates that cannot be printed at all."""

from __future__ import annotations

import re

_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def terminal_safe(text: str, keep: str = "") -> str:
    """``text`` with every control character (except those in ``keep``) and lone surrogate written as a
    visible escape such as ``\\x1b`` or ``\\n``."""

    def escape(match: re.Match[str]) -> str:
        char = match.group()
        if char in keep:
            return char
        code = ord(char)
        if 0xDC80 <= code <= 0xDCFF:  # a byte of a file name that is not UTF-8
            return f"\\x{code - 0xDC00:02x}"
        return char.encode("unicode_escape").decode("ascii") if code < 0xD800 else f"\\u{code:04x}"

    return _UNSAFE.sub(escape, text)
