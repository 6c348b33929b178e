"""Copy-paste artefacts and comments that swallow text, found in a YAML file's own lines.

Text copied from a web page or a word processor brings characters YAML does not treat as authors expect:
non-breaking spaces that look like indentation, curly quotes that are not quotes, words after a closing quote,
and list entries whose '- ' got lost. PyYAML then reports a confusing error somewhere else (or none at all);
these checks say what is wrong at its own line, with the fix.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from rumours_game.pack.problems import Problem, error, warning

TEXT_KEYS = frozenset(
    {
        "name",
        "title",
        "prompt",
        "text",
        "description",
        "statement",
        "success",
        "label",
        "locked_text",
        "summary",
        "debrief",
        "nuance",
        "consent",
        "left",
        "right",
    }
)
"""Keys whose values players read (a '#' in them is far more likely text than a comment)."""
_LANG = re.compile(r"[a-z]{2,3}(-[A-Z]{2})?\Z")
_NBSP = "\u00a0\u2007\u202f\u3000"
_CURLY = "\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb"
_KEY_VALUE = re.compile(r"^(?P<indent>[ ]*(?:- )?)(?P<key>[A-Za-z_][\w-]*):[ ]+(?P<value>.*)$")
_AFTER_QUOTE = re.compile(
    r"""^(?:(?P<q>')(?:[^']|'')*'(?!')|(?P<dq>")(?:[^"\\]|\\.)*")[ ]*(?P<rest>[^ #,}\]].*)$"""
)
"""A quoted text with more after its closing quote. Inside single quotes '' is a quote; inside double
quotes a backslash escapes the next character (so neither ends the text)."""


def artefacts(text: str, file: str) -> list[Problem]:
    """Problems found line by line: non-breaking-space indentation, curly quotes, text after a closing quote."""
    out: list[Problem] = []
    for n, line in enumerate(text.split("\n"), 1):
        lead = len(line) - len(line.lstrip(" " + _NBSP))
        bad = next((i for i, ch in enumerate(line[:lead]) if ch in _NBSP), None)
        if bad is not None:
            out.append(
                error(
                    file,
                    n,
                    bad + 1,
                    "yaml-nbsp",
                    "This line is indented with a non-breaking space (often copied from a web page or a word "
                    "processor), which YAML does not count as indentation. Delete the spaces at the start of "
                    "the line and type them again with the space bar.",
                )
            )
            continue
        match = _KEY_VALUE.match(line)
        if match is None:
            continue
        value, col = match["value"], match.start("value") + 1
        if value and value[0] in _CURLY:
            out.append(
                warning(
                    file,
                    n,
                    col,
                    "curly-quotes",
                    f"This text starts with a curly quote ({value[0]}), which YAML keeps as part of the text "
                    "(players would see it) and does not treat as quoting. Use straight quotes: "
                    f'{match["key"]}: "...".',
                )
            )
            continue
        after = _AFTER_QUOTE.match(value)
        if after is not None:
            out.append(
                error(
                    file,
                    n,
                    col + after.start("rest"),
                    "text-after-quote",
                    f"There is text after the closing quote ('{after['rest'][:30]}'). Put the whole text inside "
                    f"the quotes: {match['key']}: {after['q'] or after['dq']}...{after['q'] or after['dq']}.",
                )
            )
    return out


def missing_dash(text: str, line: int) -> int | None:
    """The line (1-based, at or just before ``line``) that sits at the column of a list's '- ' entries but
    does not start with '- ', or None."""
    lines = text.split("\n")
    for n in range(min(line, len(lines)), max(0, line - 3), -1):
        current = lines[n - 1]
        stripped = current.lstrip(" ")
        if not stripped or stripped.startswith(("#", "- ")):
            continue
        indent = len(current) - len(stripped)
        for above in reversed(lines[: n - 1]):
            other = above.lstrip(" ")
            if not other or other.startswith("#"):
                continue
            other_indent = len(above) - len(other)
            if other_indent < indent:
                break
            if other_indent == indent:
                if other.startswith("- "):
                    return n
                break
    return None


def swallowed_by_comment(root: Node, text: str, file: str) -> Iterator[Problem]:
    """Texts without quotes followed by ' #...' on their line: YAML drops that part as a comment."""
    lines = text.split("\n")
    stack: list[tuple[Node, bool]] = [(root, False)]
    seen: set[int] = set()
    while stack:
        node, in_text = stack.pop()
        if id(node) in seen:  # an alias repeats a node: look at it once
            continue
        seen.add(id(node))
        if isinstance(node, SequenceNode):
            stack.extend((child, in_text) for child in node.value)
            continue
        if not isinstance(node, MappingNode):
            continue
        for key, value in node.value:
            name = str(key.value) if isinstance(key, ScalarNode) else ""
            is_text = name in TEXT_KEYS or (in_text and bool(_LANG.match(name)))
            if not isinstance(value, ScalarNode):
                stack.append((value, is_text))
                continue
            if value.style not in (None, "") or not is_text:
                continue
            end = value.end_mark
            if end.line >= len(lines) or value.start_mark.line != end.line:
                continue
            rest = lines[end.line][end.column :]
            hit = re.match(r"[ ]+#(?=\S)", rest)  # '#2', '#1 fan': text; '# note' is a comment's style
            if hit is None:
                continue
            dropped = rest[hit.end() :].strip()
            yield warning(
                file,
                end.line + 1,
                end.column + hit.end(),
                "text-cut-by-comment",
                f"The text '{value.value}' stops here: YAML reads ' #{dropped[:30]}' as a comment and drops it. "
                f'If it is part of the text, put the whole text in quotes: {name}: "{value.value} #{dropped}".',
            )


_SYNTAX_HINTS: tuple[tuple[str, str], ...] = (
    (
        "mapping values are not allowed",
        "A ':' here confuses YAML. If this text contains ': ', put the whole text in quotes, "
        "or check that the line above is indented like its neighbours.",
    ),
    (
        "could not find expected ':'",
        "This line should look like 'key: value' but YAML found no ':'. Maybe a text runs over "
        "two lines without quotes?",
    ),
    (
        "did not find expected key",
        "The indentation is off here: this line does not line up with the keys around it.",
    ),
    (
        "did not find expected '-' indicator",
        "The indentation is off here: list entries ('- ...') must line up with each other.",
    ),
    ("found undefined alias", "This uses an alias ('*name') but no anchor '&name' was defined before it."),
    (
        "found unknown escape character",
        "Inside double quotes a '\\' starts a special character. Use single quotes instead.",
    ),
    (
        "found unexpected end of stream",
        "The file ends in the middle of something: a quote or bracket opened before is never closed.",
    ),
    (
        "did not find expected ',' or ']'",
        "A list written with '[' is not closed with ']', or a ',' is missing.",
    ),
    (
        "did not find expected ',' or '}'",
        "A mapping written with '{' is not closed with '}', or a ',' is missing.",
    ),
    (
        "found character that cannot start any token",
        "This character cannot start a value (for example '@' or '`'). Put the text in quotes.",
    ),
    ("exceeded maximum nesting depth", "Lists and mappings are nested far too deep here."),
    ("control characters are not allowed", "The file contains an invisible control character; delete it."),
)


def syntax_problem(err: yaml.YAMLError, text: str, file: str) -> Problem:
    """A plain-language problem for a PyYAML scanner, parser, composer or reader error."""
    if isinstance(err, yaml.reader.ReaderError):
        line = text.count("\n", 0, err.position) + 1
        col = err.position - (text.rfind("\n", 0, err.position) + 1) + 1
        return error(
            file,
            line,
            col,
            "yaml-syntax",
            f"The file contains a character that is not allowed (code {err.character:#x}); delete it.",
        )
    problem = str(getattr(err, "problem", "") or "")
    marks = [getattr(err, "problem_mark", None), getattr(err, "context_mark", None)]
    if "end of stream" in problem or "expected ','" in problem:  # point at what was opened and never closed
        marks.reverse()
    mark = next((m for m in marks if m is not None), None)
    line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    context = str(getattr(err, "context", "") or "")
    lines = text.split("\n")
    here = lines[line - 1][col - 1 : col] if 0 < line <= len(lines) else ""
    if "tab" in problem or here == "\t":
        return error(
            file,
            line,
            col,
            "yaml-tab",
            "There is a tab character here. YAML needs spaces to indent: replace the tab with spaces.",
        )
    if "another document" in problem:
        return error(
            file,
            line,
            col,
            "yaml-multiple-documents",
            "A second document starts here ('---'). Keep one document per file, or split into two files.",
        )
    for needle, message in _SYNTAX_HINTS:
        if needle in problem:
            return error(file, line, col, "yaml-syntax", message)
    detail = f"{context}: {problem}" if context else problem
    return error(file, line, col, "yaml-syntax", f"YAML could not read the file here ({detail}).")


def without_curly(pasted: list[Problem]) -> list[Problem]:
    """The artefacts without curly quotes: in a file YAML reads, a text may well start with a typographic
    quote players should see (“They take our jobs.”); only one that makes YAML fail is reported."""
    return [p for p in pasted if p.code != "curly-quotes"]


def explain_syntax(err: yaml.YAMLError, text: str, file: str, pasted: list[Problem]) -> list[Problem]:
    """The problems to show for a file YAML cannot read: a copy-paste artefact found on its own line is the
    cause (PyYAML's error comes later and points elsewhere), else a missing '- ', else the syntax error."""
    problem = syntax_problem(err, text, file)
    curly = next((p for p in pasted if p.code == "curly-quotes" and p.line == problem.line), None)
    pasted = without_curly(pasted)
    if any(p.severity == "error" for p in pasted):
        return pasted
    if curly is not None:  # the curly quote is why YAML stumbled on this line
        return [*pasted, error(file, curly.line, curly.col, "curly-quotes", curly.message)]
    dash = missing_dash(text, problem.line) if problem.code == "yaml-syntax" else None
    if dash is not None:
        col = len(text.split("\n")[dash - 1]) - len(text.split("\n")[dash - 1].lstrip(" ")) + 1
        problem = error(
            file,
            dash,
            col,
            "yaml-missing-dash",
            "This line sits where the entries of a list start, but it has no '- ' in front: each entry of a "
            "list starts with '- '. Write '- ' before it (and indent the lines that belong to it by two more "
            "spaces), like:\n    - id: lamp\n      name: A lamp",
        )
    return [*pasted, problem]
