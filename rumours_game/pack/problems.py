"""Problems found in a pack, as data: the loader and the checks report them, the CLI prints them.

Every problem has a ``code`` from :data:`CODES`; ``docs/pack-format.md`` explains each code and a
test checks that the two lists agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Literal

Severity = Literal["error", "warning"]

CODES: dict[str, str] = {
    # reading files
    "pack-not-found": "The path given is not there, or it is neither a folder nor a .zip file.",
    "missing-pack-yaml": "The pack has no pack.yaml at its top level.",
    "file-unreadable": "A file could not be read (permissions, or it vanished while reading).",
    "file-too-large": "A YAML file is bigger than the limit (5 MB); split it into smaller files.",
    "too-many-files": "The pack holds more files than the loader accepts.",
    "not-utf8": "A YAML file is not saved as UTF-8 text; the message gives the position of the first bad byte.",
    "empty-file": "A YAML file is empty (or holds only comments).",
    "yaml-syntax": "YAML could not read the file: a quote, bracket, colon or indentation is wrong.",
    "yaml-tab": "A tab character is used for indentation; YAML needs spaces.",
    "yaml-multiple-documents": "A file holds several YAML documents ('---' lines); use one document per file.",
    "yaml-tag": "A '!tag' is used; packs only use plain text, numbers, true/false, lists and mappings.",
    "yaml-duplicate-key": "The same key appears twice in one mapping; YAML would silently keep only one.",
    "yaml-complex-key": "A key is a list or a mapping; keys must be plain words.",
    "yaml-alias-bomb": "Anchors and aliases (&name, *name) expand to far too much data.",
    "yaml-recursive-alias": "An alias (*name) is used inside its own anchor (&name), which never ends.",
    "yaml-too-deep": "Lists and mappings are nested far deeper than any pack needs.",
    "yaml-nbsp": "A line is indented with non-breaking spaces (copied from a web page); YAML does not count them as indentation.",
    "curly-quotes": "A text starts with a curly quote (“ ‘) used as if it were a YAML quote, and YAML cannot read the line; use straight quotes.",
    "text-after-quote": "There is text after a closing quote; the whole text belongs inside the quotes.",
    "yaml-missing-dash": "A list entry has lost its '- ': the line sits where the list's entries start.",
    "text-cut-by-comment": "A text without quotes contains ' #': YAML drops the rest of the line as a comment (warning).",
    "text-overflows": "A text is too long for where the game shows it at 1280x720 (with or without large text) and spills over (warning).",
    "font-missing-glyph": "A text has a character the game's font cannot draw (most emoji, Chinese...); players see an empty box (warning).",
    "target-too-small": "A search target is smaller than a fingertip (44 px) on the picture players see at 1280x720 (warning).",
    "not-a-mapping": "A file's top level must be 'key: value' lines, not a list or a single value.",
    # putting the files together
    "unknown-section": "A file has a top-level key that is not part of the pack format.",
    "meta-outside-pack-yaml": "A key about the whole pack (id, title, languages...) is written outside pack.yaml.",
    "section-twice": "A section that may appear once (timer, endings, survey, strings) is in two files.",
    "format-too-new": "The pack says it uses a newer format_version than this version of the game knows.",
    # the shape of the content
    "missing-key": "Something needs a key that is not there.",
    "unknown-key": "A key is not known here (often a typo); the message suggests the closest known key.",
    "wrong-type": "A value has the wrong kind: text where a number belongs, a list where a mapping belongs...",
    "bad-id": "An id uses characters other than lower-case letters, digits, '-' and '_'.",
    "bad-value": "A value is out of range, too short, too long or not one of the allowed choices.",
    "text-too-long": "A text is longer than 4,000 characters (long texts are slow to lay out); split or shorten it.",
    "word-too-long": "A text has a word longer than 200 characters, which cannot fit on a line; add spaces.",
    "control-character": "A text holds a control character (such as a terminal escape), which cannot be shown.",
    "unknown-puzzle-type": "A puzzle's 'type' is missing or not one of the known puzzle types.",
    "bad-step": "A walkthrough step does not start with go, look, solve, use, hint, wait or escape.",
    # cross-references and files
    "duplicate-id": "Two things share one id; ids must be unique in the pack.",
    "unknown-id": "Something refers to an id that does not exist; the message suggests the closest one.",
    "no-escape": "No exit anywhere has 'escape: true', so players could never escape.",
    "unsafe-path": "A file path leaves the pack ('..', an absolute path, a drive letter or a link pointing out).",
    "missing-asset": "A picture, sound or font named in the pack is not in the assets/ folder.",
    "unsupported-asset": "A file type the game cannot use (use .png, .jpg, .ogg, .wav, .ttf or .otf).",
    "bad-asset": "A picture, sound or font file is damaged or is not what its extension says.",
    "asset-too-large": "An asset file is bigger than the limit (20 MB).",
    "zip-invalid": "The .zip file is damaged or is not a zip file.",
    "zip-unsafe-path": "An entry of the .zip file would be written outside the pack (zip-slip).",
    "zip-symlink": "The .zip file contains a symbolic link; packs may not contain links.",
    "zip-too-large": "The .zip file unpacks to far more data than a pack needs (a zip bomb).",
    "missing-translation": "A text has no translation for one of the pack's languages (warning).",
    "unknown-language": "A text is translated into a language the pack does not list in 'languages' (warning).",
    "puzzle-not-opened": "No object in any room opens this puzzle, so players cannot reach it (warning).",
    "flag-never-set": "Something requires a flag that no puzzle gives as a reward (warning).",
    "hidden-never-revealed": "An object is 'hidden: true' but has no 'requires', so nothing reveals it and it is visible from the start.",
    "search-without-picture": "A search puzzle has no 'image': players would see an empty frame (warning).",
    "escape-never-locked": "An escape exit has no 'requires' and no puzzle opens it: players can leave at once (warning).",
    "file-not-read": "A file looks like part of the pack (puzzles.yaml.txt, Rooms.YAML, a .yaml in assets/) but is not read (warning).",
    "survey-no-facts": "The survey has rumour statements but no true (fact) statements, so the index cannot tell learning from doubting everything (warning).",
    "missing-ending": "The endings do not match the timer: an 'out_of_time' ending is missing or unused.",
    "schema-mismatch": "The published JSON Schema and the loader disagree (only with 'rumours validate --schema').",
    # playing it through ('rumours check')
    "no-escape-possible": "However players play, they can never reach an open escape exit.",
    "softlock": "A choice players can make (a one-way exit, using up an item) makes escaping impossible.",
    "unreachable-room": "No way players can play ever leads into this room.",
    "unreachable-puzzle": "No object in a room players can reach opens this puzzle.",
    "requirements-never-hold": "What this puzzle requires can never all be true at once, so it can never be solved.",
    "unreachable-item": "Nothing players can reach ever gives this item (warning).",
    "unused-item": "No puzzle, object or exit needs this item (warning).",
    "rumour-never-busted": "No puzzle players can solve busts this rumour (warning).",
    "too-large-to-prove": "The pack has too many ways to play to explore them all; the findings already proved are still reported, more may exist (warning).",
    "cipher-key-unreachable": "A cipher puzzle's key item can never be picked up, so players can never read the key.",
    "timer-too-short": "The timer is shorter than a fast team needs for the shortest solution (reading time plus a minimum per puzzle).",
    "hint-penalty-too-large": "A hint costs the whole timer, or one hint per puzzle costs more time than the timer leaves over (warning).",
    "ending-unreachable": "An ending can never be shown (an 'out_of_time' ending in a pack with no timer) (warning).",
    "walkthrough-fails": "A walkthrough step is refused, or the walkthrough does not end as it says.",
}
"""Every problem code with a one-line explanation (the error table in docs/pack-format.md)."""


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong (or worth a warning) in a pack, at a file position (1-based line and column)."""

    file: str
    line: int
    col: int
    severity: Severity
    code: str
    message: str

    def __post_init__(self) -> None:
        if self.code not in CODES:
            raise ValueError(f"unknown problem code {self.code!r}")

    def format(self) -> str:
        """The one-line form editors understand: ``file:line:col: error: message``."""
        return f"{self.file}:{self.line}:{self.col}: {self.severity}: {self.message}"

    def to_dict(self) -> dict[str, object]:
        """A plain mapping for ``--json`` output."""
        return asdict(self)


def error(file: str, line: int, col: int, code: str, message: str) -> Problem:
    """An error problem."""
    return Problem(file, line, col, "error", code, message)


def warning(file: str, line: int, col: int, code: str, message: str) -> Problem:
    """A warning problem."""
    return Problem(file, line, col, "warning", code, message)


def has_errors(problems: Iterable[Problem]) -> bool:
    """True when at least one problem is an error."""
    return any(p.severity == "error" for p in problems)


class PackError(Exception):
    """Raised by :func:`rumours_game.pack.load_pack` when a pack has errors; ``problems`` lists them all."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        errors = [p for p in problems if p.severity == "error"]
        first = errors[0].format() if errors else "no details"
        super().__init__(f"the pack has {len(errors)} error(s); first: {first}")
