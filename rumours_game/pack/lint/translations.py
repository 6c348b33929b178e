"""Translations: every text in each of the pack's languages, and no language it does not declare."""

from __future__ import annotations

from collections.abc import Iterator

from rumours_game.pack.lint.inputs import LintInput
from rumours_game.pack.lint.texts import texts
from rumours_game.pack.problems import Problem


def check_translations(inp: LintInput) -> Iterator[Problem]:
    """Each text has every declared language (warning), and no language the pack does not declare."""
    pack = inp.pack
    declared = pack.languages
    others = [lang for lang in declared if lang != pack.default_language]
    for path, value in texts(pack, ()):
        if isinstance(value, dict):
            for lang in declared:
                if lang not in value:
                    yield inp.problem(
                        path,
                        "missing-translation",
                        f"This text has no '{lang}' translation.",
                        severity="warning",
                    )
            for lang in value:
                if lang not in declared:
                    yield inp.problem(
                        (*path, lang),
                        "unknown-language",
                        f"'{lang}' is not one of the pack's languages ({', '.join(declared)}); add it to "
                        "'languages' in pack.yaml or remove this translation.",
                        severity="warning",
                        key=True,
                    )
        elif others:
            yield inp.problem(
                path,
                "missing-translation",
                f"This text is only in '{pack.default_language}'; it has no "
                f"{' or '.join(repr(lang) for lang in others)} translation.",
                severity="warning",
            )
    yield from _check_strings(inp)


def _check_strings(inp: LintInput) -> Iterator[Problem]:
    """The pack's own interface strings: only declared languages, and each key in every language that has some."""
    strings = inp.pack.strings
    every_key = {key for texts in strings.values() for key in texts}

    def warn(lang: str, code: str, message: str) -> Problem:
        return inp.problem(("strings", lang), code, message, severity="warning", key=True)

    for lang in strings:
        if lang not in inp.pack.languages:
            yield warn(
                lang,
                "unknown-language",
                f"'strings' has texts for '{lang}', which is not one of the pack's languages.",
            )
    for lang in inp.pack.languages:
        if strings and lang in strings:
            for key in sorted(every_key - set(strings[lang])):
                yield warn(
                    lang,
                    "missing-translation",
                    f"'strings' has '{key}' in another language but not in '{lang}'.",
                )
