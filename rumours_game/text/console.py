"""Plain, line-oriented terminal input and output that screen readers read well.

No colours, no cursor movement, no box drawing: short lines, every choice numbered. When the input is
not a terminal (a script, a test), each line read is echoed after a ``>`` so the transcript reads like a
conversation.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence
from typing import TextIO

from rumours_game.safetext import terminal_safe

WIDTH = 78
"""Longer paragraphs are wrapped to lines of at most this many characters."""


class EndOfInput(Exception):
    """The input ended (end of file, or Ctrl-D at a terminal)."""


class Console:
    """Reads lines from ``stdin`` and writes wrapped lines to ``stdout``."""

    def __init__(self, stdin: TextIO, stdout: TextIO, width: int = WIDTH) -> None:
        self.stdin, self.stdout, self.width = stdin, stdout, width
        isatty = getattr(stdin, "isatty", None)
        self.interactive = bool(isatty and isatty())

    def _write(self, text: str) -> None:
        text = terminal_safe(text, keep="\n")  # a pack's escape sequences never reach the terminal
        try:
            self.stdout.write(text)
        except UnicodeEncodeError:
            encoding = getattr(self.stdout, "encoding", None) or "ascii"
            self.stdout.write(text.encode(encoding, "replace").decode(encoding))

    def say(self, text: str = "") -> None:
        """Write a paragraph (wrapped to short lines); an empty text writes an empty line."""
        lines = textwrap.wrap(text, self.width, break_long_words=False, break_on_hyphens=False) or [""]
        self._write("\n".join(lines) + "\n")

    def line(self, text: str) -> None:
        """Write one line as it is, never wrapped (e.g. ``file:line:col: error: message``)."""
        self._write(text + "\n")

    def say_all(self, texts: Iterable[str]) -> None:
        """Write several paragraphs."""
        for text in texts:
            self.say(text)

    def numbered(self, options: Sequence[str]) -> None:
        """Write a numbered list: ``1. first``, ``2. second``..."""
        for n, option in enumerate(options, start=1):
            self.say(f"{n}. {option}")

    def read(self) -> str:
        """The next line of input, stripped; raises :class:`EndOfInput` at the end of the input."""
        if self.interactive:
            self._write("> ")
        self.stdout.flush()
        try:
            line = self.stdin.readline()
        except UnicodeDecodeError:
            line = "\n"
        if not line:
            raise EndOfInput
        line = line.strip()
        if not self.interactive:
            self._write(f"> {line}\n")
        return line

    def flush(self) -> None:
        """Flush the output."""
        self.stdout.flush()
