"""What every part of the text front end shares: the pack, the language, the console and the texts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from rumours_game.pack.i18n import tr
from rumours_game.pack.models import Pack
from rumours_game.strings import Texts
from rumours_game.survey import survey_text
from rumours_game.text.console import Console
from rumours_game.text.names import Named, resolve


class QuitGame(Exception):
    """The player typed quit."""


def small_number(text: str) -> int | None:
    """A typed whole number of at most 6 ASCII digits, else None (a 5,000-digit number, '²' or '٣' is not
    a choice, and never reaches ``int``, which refuses numbers of more than 4,300 digits)."""
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 6 else None


def parse_number(line: str, count: int) -> int | None:
    """The 0-based index a typed number picks from ``count`` choices, or None when it is not one."""
    n = small_number(line.strip().rstrip("."))
    return n - 1 if n is not None and 1 <= n <= count else None


@dataclass
class TextContext:
    """The pack being played, in one language, on one console."""

    pack: Pack
    lang: str
    console: Console
    t: Texts
    read: Callable[[], str] = field(init=False)
    """Reads the next input line; the game replaces it with one that also lets time pass."""
    called_facilitator: bool = field(default=False, init=False)

    def __post_init__(self) -> None:
        self.read = self.console.read

    def call_facilitator(self) -> None:
        """Tell the players (once) that an answer could not be saved yet and a grown-up should look."""
        if not self.called_facilitator:
            self.called_facilitator = True
            self.console.say(survey_text("call_facilitator", self.lang, self.pack))

    def tr(self, value: Any) -> str:
        """A pack text (``LocalText``) in the player's language."""
        return tr(value, self.lang, self.pack.default_language)

    def is_word(self, line: str, key: str) -> bool:
        """True when ``line`` is one of the command words ``key`` lists (e.g. ``text.cmd.back``)."""
        return line.strip().casefold() in self.t.words(key)

    def pick(self, title: str, options: Sequence[str]) -> int | None:
        """Ask for one of numbered ``options`` (by number or by name); the 0-based index, or None when
        the player types back."""
        self.console.say(title)
        self.console.numbered(options)
        while True:
            line = self.read()
            index = parse_number(line, len(options))
            if index is None:
                named = resolve(line, [Named(i, text, (text,)) for i, text in enumerate(options)])
                index = named[0].thing if len(named) == 1 else None
            if index is not None:
                return index
            if self.is_word(line, "text.cmd.quit"):
                raise QuitGame
            if self.is_word(line, "text.cmd.back"):
                self.console.say(self.t("text.cancelled"))
                return None
            self.console.say(self.t("text.not_a_choice", max=len(options)))

    def confirm(self, question: str) -> bool:
        """A yes/no question as a numbered choice; back counts as no."""
        return self.pick(question, [self.t("text.yes"), self.t("text.no")]) == 0
