"""Loading a whole pack: read its YAML files, merge them, validate against the models, run the checks.

:func:`check_pack` never raises for bad input: it returns every problem at once, each at its file,
line and column. :func:`load_pack` is the strict form the game uses: a Pack, or :class:`PackError`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from rumours_game.collector import collector_paused
from rumours_game.pack import models
from rumours_game.pack.design import design, unread_files
from rumours_game.pack.examples import example
from rumours_game.pack.explain import Locate, explain_errors
from rumours_game.pack.lint import LintInput, lint
from rumours_game.pack.problems import PackError, Problem, error, has_errors
from rumours_game.pack.sources import PackSource, TooLarge, open_source
from rumours_game.pack.suggest import did_you_mean
from rumours_game.pack.yamlsrc import MAX_FILE_BYTES, YamlDoc, parse_yaml

PACK_FILE = "pack.yaml"
YAML_SUFFIXES = (".yaml", ".yml")
ALL_TOP_KEYS: tuple[str, ...] = (*models.META_KEYS, *models.TOP_LEVEL_LISTS, *models.TOP_LEVEL_SINGLE)


@dataclass
class LoadResult:
    """What :func:`check_pack` found: the pack (None when it has errors), every problem, the YAML files read."""

    pack: models.Pack | None
    problems: list[Problem]
    files: list[str]
    data: dict[str, Any] | None = field(default=None, repr=False)
    """The merged plain data of all files, before validation (None when files could not be read)."""
    locate: Locate | None = field(default=None, repr=False, compare=False)
    """Finds (file, line, col) of a path in ``data``."""

    @property
    def ok(self) -> bool:
        """True when there is no error (warnings allowed)."""
        return not has_errors(self.problems)


def load_pack(path: str | Path) -> models.Pack:
    """Load a pack folder or .zip to play it; raises :class:`PackError` listing every error.

    Runs every check that can make a pack unplayable (and the safety limits), not the author-only
    readability warnings (:func:`check_pack` with ``author_checks=False``)."""
    result = check_pack(path, author_checks=False)
    if result.pack is None:
        raise PackError(result.problems)
    return result.pack


def check_pack(path: str | Path, author_checks: bool = True) -> LoadResult:
    """Read, merge, validate and check a pack; never raises for bad input.

    ``author_checks=False`` (the game loading a pack to play it) leaves out the warnings only an author can
    act on (text fit, glyph coverage, tap-target size); every error and every safety limit still runs."""
    with collector_paused():
        source = open_source(Path(path))
        try:
            return _check(source, author_checks)
        finally:
            source.close()


class _Merged:
    """The pack's files merged into one mapping, remembering which file each part came from."""

    def __init__(self, docs: dict[str, YamlDoc]) -> None:
        self.docs = docs
        self.data: dict[str, Any] = {}
        self.owner: dict[str, str] = {}
        self.origins: dict[str, list[tuple[str, int]]] = {}
        self.reported: set[str] = set()
        self.problems: list[Problem] = []

    def locate(self, path: Sequence[Any], key: bool = False) -> tuple[str, int, int]:
        """(file, line, col) of a path in the merged data."""
        if not path:
            return (PACK_FILE, *self.docs[PACK_FILE].locate(()))
        top = path[0]
        origins = self.origins.get(top, [])
        if len(path) > 1 and isinstance(path[1], int) and 0 <= path[1] < len(origins):
            file, index = origins[path[1]]
            local: Sequence[Any] = (top, index, *path[2:])
        else:
            file, local = self.owner.get(top, PACK_FILE), path
        return (file, *self.docs[file].locate(local, key))

    def add(self, file: str, data: dict[Any, Any]) -> None:
        """Merge one file's top-level keys, reporting keys that are unknown or in the wrong file."""
        doc = self.docs[file]
        for key, value in data.items():
            line, col = doc.locate((key,), True)
            if key in models.TOP_LEVEL_LISTS:
                self._add_list(file, key, value, line, col)
            elif key in models.META_KEYS and file != PACK_FILE:
                self.problems.append(
                    error(
                        file,
                        line,
                        col,
                        "meta-outside-pack-yaml",
                        f"'{key}' is about the whole pack, so it belongs in pack.yaml, not in {file}.",
                    )
                )
            elif key in self.owner and (key in models.TOP_LEVEL_SINGLE or key in models.META_KEYS):
                self.problems.append(
                    error(
                        file,
                        line,
                        col,
                        "section-twice",
                        f"'{key}' is already written in {self.owner[key]}. It may appear in one file only.",
                    )
                )
            elif key in models.TOP_LEVEL_SINGLE or key in models.META_KEYS:
                self.data[key] = value
                self.owner[key] = file
            else:
                self.problems.append(
                    error(
                        file,
                        line,
                        col,
                        "unknown-section",
                        f"'{key}' is not a part of a pack.{did_you_mean(str(key), ALL_TOP_KEYS)} "
                        f"The parts are: {', '.join(ALL_TOP_KEYS)}.",
                    )
                )

    def _add_list(self, file: str, key: str, value: Any, line: int, col: int) -> None:
        self.owner.setdefault(key, file)
        target = self.data.setdefault(key, [])
        origins = self.origins.setdefault(key, [])
        if value is None:  # 'rooms:' with nothing under it yet
            return
        if not isinstance(value, list):
            self.reported.add(key)
            self.problems.append(
                error(
                    file,
                    line,
                    col,
                    "wrong-type",
                    f"'{key}' should be a list: each entry on its own lines, starting with '- '.{example([key])}",
                )
            )
            return
        target.extend(value)
        origins.extend((file, i) for i in range(len(value)))


def _check(source: PackSource, author_checks: bool) -> LoadResult:
    problems = list(source.problems)
    if any(p.code in ("pack-not-found", "zip-invalid", "too-many-files") for p in problems):
        return LoadResult(None, problems, [])
    yaml_files = [f for f in source.files if f.endswith(YAML_SUFFIXES) and not f.startswith("assets/")]
    if PACK_FILE not in yaml_files:
        near = [f for f in source.files if f.lower() in ("pack.yml", "pack.yaml.txt", "pack.yaml")]
        hint = f" There is a '{near[0]}': rename it to pack.yaml." if near else ""
        problems.append(
            error(
                PACK_FILE,
                1,
                1,
                "missing-pack-yaml",
                f"This pack has no pack.yaml at its top level; every pack needs one.{hint}",
            )
        )
        return LoadResult(None, _sorted(problems), yaml_files)
    problems.extend(unread_files(source.files))
    ordered = [PACK_FILE, *sorted(f for f in yaml_files if f != PACK_FILE)]
    docs = {f: _read_yaml(source, f) for f in ordered}
    for doc in docs.values():
        problems.extend(doc.problems)
    too_new = _format_too_new(docs[PACK_FILE])
    if too_new is not None:
        return LoadResult(None, _sorted([*problems, too_new]), ordered)
    merged = _Merged(docs)
    for file, doc in docs.items():
        if isinstance(doc.data, dict):
            merged.add(file, doc.data)
        elif not doc.problems:
            line, col = doc.locate(())
            merged.problems.append(
                error(
                    file,
                    line,
                    col,
                    "not-a-mapping",
                    "The top of this file should be 'key: value' lines (like 'rooms:'), "
                    f"but it is {_kind(doc.data)}.",
                )
            )
    problems.extend(merged.problems)
    if any(not isinstance(d.data, dict) for d in docs.values()):
        return LoadResult(None, _sorted(problems), ordered, merged.data, merged.locate)
    pack = None
    try:
        pack = models.Pack.model_validate(merged.data)
    except ValidationError as err:
        problems.extend(
            explain_errors(err.errors(include_url=False), merged.data, merged.locate, merged.reported)
        )
    if pack is not None:
        inp = LintInput(pack, merged.locate, frozenset(source.files), source.read)
        problems.extend(lint(inp))
        problems.extend(design(inp, author_checks))
    problems = _sorted(problems)
    return LoadResult(
        pack if not has_errors(problems) else None, problems, ordered, merged.data, merged.locate
    )


def _read_yaml(source: PackSource, file: str) -> YamlDoc:
    try:
        raw = source.read(file, MAX_FILE_BYTES)
    except TooLarge:
        limit = MAX_FILE_BYTES // (1024 * 1024)
        return YamlDoc(
            file,
            problems=[
                error(
                    file,
                    1,
                    1,
                    "file-too-large",
                    f"This file is bigger than {limit} MB. Split it into smaller files.",
                )
            ],
        )
    except OSError as err:
        return YamlDoc(
            file, problems=[error(file, 1, 1, "file-unreadable", f"This file cannot be read ({err}).")]
        )
    return parse_yaml(raw, file)


def _format_too_new(doc: YamlDoc) -> Problem | None:
    if not isinstance(doc.data, dict):
        return None
    version = doc.data.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > models.FORMAT_VERSION:
        line, col = doc.locate(("format_version",))
        return error(
            PACK_FILE,
            line,
            col,
            "format-too-new",
            f"This pack uses format_version {version}, but this version of the game only knows format "
            f"{models.FORMAT_VERSION}. Update the game to open it.",
        )
    return None


def _kind(value: Any) -> str:
    if value is None:
        return "empty"
    return "a list" if isinstance(value, list) else "a single value"


def _sorted(problems: list[Problem]) -> list[Problem]:
    """Problems without repeats, by file, line and column."""
    return sorted(set(problems))
