"""Ciphers for cipher puzzles: the encoded text is made from the answer, per language and script."""

from __future__ import annotations

import unicodedata

from rumours_game.pack.models import Cipher

ALPHABETS: dict[str, str] = {
    "latin": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "greek": "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ",
    "cyrillic": "АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯ",
}
_LETTERS = frozenset("".join(ALPHABETS.values()))
_SCRIPT_OF_LANG = {"el": "greek", "uk": "cyrillic", "ru": "cyrillic", "bg": "cyrillic", "sr": "cyrillic"}


def alphabet_for(lang: str) -> str:
    """The alphabet a cipher wheel shows for a language."""
    return ALPHABETS[_SCRIPT_OF_LANG.get(lang.split("-")[0], "latin")]


def _plain(text: str) -> str:
    """Upper case; accents are dropped from letters outside the cipher alphabets (É -> E, but Й stays)."""
    out = []
    for ch in unicodedata.normalize("NFC", text.upper()):
        if ch in _LETTERS:
            out.append(ch)
        else:
            out.extend(
                c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.category(c).startswith("M")
            )
    return "".join(out)


def _substitute(text: str, mapping: dict[str, str]) -> str:
    return "".join(mapping.get(ch, ch) for ch in text)


def _table(cipher: Cipher) -> dict[str, str]:
    table: dict[str, str] = {}
    for letters in ALPHABETS.values():
        n = len(letters)
        for i, ch in enumerate(letters):
            table[ch] = letters[(i + cipher.shift) % n] if cipher.kind == "caesar" else letters[n - 1 - i]
    return table


def encode(text: str, cipher: Cipher) -> str:
    """The encoded form of ``text``: Caesar shift, Atbash (alphabet mirrored) or reversed text."""
    plain = _plain(text)
    if cipher.kind == "reverse":
        return plain[::-1]
    return _substitute(plain, _table(cipher))


def key_pairs(cipher: Cipher, letters: str) -> tuple[tuple[str, str], ...]:
    """(coded letter, plain letter) for each of ``letters``: the key players read to decode a message."""
    return tuple((coded, decode(coded, cipher)) for coded in letters)


def decode(text: str, cipher: Cipher) -> str:
    """The inverse of :func:`encode` (on upper-case, accent-free text)."""
    if cipher.kind == "reverse":
        return text[::-1]
    inverse = {v: k for k, v in _table(cipher).items()}
    return _substitute(text, inverse)
