"""Where a pack's files come from: a folder or a .zip of one folder, read safely.

A source lists the pack's files as relative POSIX paths and reads them with a size limit. Links that
point out of the pack, zip entries that would escape (zip-slip), zip bombs and symbolic links inside
zips are refused and reported as problems; nothing is ever extracted to disk.
"""

from __future__ import annotations

import lzma
import os
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from rumours_game.pack.problems import Problem, error
from rumours_game.regular import open_regular
from rumours_game.safetext import terminal_safe

MAX_FILES = 5_000
"""The most files a pack may hold."""
MAX_ASSET_BYTES = 20 * 1024 * 1024
"""The largest single file a pack may hold (YAML files have their own, smaller limit)."""
MAX_ZIP_TOTAL = 200 * 1024 * 1024
"""The most a .zip pack may unpack to, in total."""
MAX_ZIP_RATIO = 200
"""Entries that unpack to more than this many times their packed size (and over 1 MB) are refused."""
MAX_FOLDER_TOTAL = MAX_ZIP_TOTAL
"""The most a folder pack may hold, in total (files over it are never read)."""
MAX_FOLDER_DEPTH = 20
"""The deepest a pack's folders may nest."""

_DRIVE = re.compile(r"^[A-Za-z]:")
SKIPPED_NAMES = ("__MACOSX", "Thumbs.db", "desktop.ini")


class TooLarge(Exception):
    """A file is bigger than the limit asked for."""


def unsafe_reason(path: str) -> str | None:
    """Why a relative path written in a pack could leave the pack, or None when it is safe."""
    if "\\" in path:
        return "it uses '\\'; write folders with '/'"
    if path.startswith("/") or _DRIVE.match(path):
        return "it is an absolute path; write it relative to the pack's folder"
    if ".." in PurePosixPath(path).parts:
        return "it uses '..' to leave the folder"
    return None


def _skipped(parts: tuple[str, ...]) -> bool:
    """Hidden files, editor leftovers and macOS/Windows metadata are not part of a pack."""
    return any(p.startswith(".") or p in SKIPPED_NAMES for p in parts)


@dataclass
class PackSource:
    """The files of a pack and how to read them; ``problems`` holds what was refused while listing."""

    label: str
    files: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    _root: Path | None = None
    _zip: zipfile.ZipFile | None = None
    _prefix: str = ""

    def read(self, rel: str, limit: int) -> bytes:
        """The bytes of a pack file; raises :class:`TooLarge` past ``limit`` and OSError when unreadable."""
        if self._zip is not None:
            try:
                with self._zip.open(self._prefix + rel) as handle:
                    data = handle.read(limit + 1)
            except (zipfile.BadZipFile, KeyError, RuntimeError, EOFError, ValueError, NotImplementedError,
                    zlib.error, lzma.LZMAError) as err:  # fmt: skip
                raise OSError(f"the .zip entry is damaged ({err})") from err
        else:
            assert self._root is not None
            with open_regular(self._root / rel) as handle:  # a pipe or device would block forever
                data = handle.read(limit + 1)
        if len(data) > limit:
            raise TooLarge(rel)
        return data

    def close(self) -> None:
        """Release the zip file handle, if any."""
        if self._zip is not None:
            self._zip.close()


def open_source(path: Path) -> PackSource:
    """A source for a folder or a .zip file; check ``problems`` (the pack may be unusable)."""
    path = Path(path)
    if path.is_dir():
        return _folder(path)
    if path.is_file() and zipfile.is_zipfile(path):
        return _zipped(path)
    source = PackSource(label=str(path))
    if path.is_file():
        source.problems.append(
            error(
                "",
                1,
                1,
                "pack-not-found",
                f"'{path}' is not a folder or a .zip file, so it cannot be a pack.",
            )
        )
    else:
        source.problems.append(
            error("", 1, 1, "pack-not-found", f"There is no folder or .zip file called '{path}'.")
        )
    return source


def _folder(root: Path) -> PackSource:
    source = PackSource(label=str(root), _root=root)
    try:
        real_root = root.resolve(strict=True)
    except OSError as err:
        source.problems.append(
            error("", 1, 1, "file-unreadable", f"The folder cannot be read: {err.strerror}.")
        )
        return source
    total = 0
    stack: list[tuple[Path, tuple[str, ...]]] = [(root, ())]
    while stack:  # depth first, without recursion: a thousand nested folders cannot overflow the stack
        here, parts = stack.pop()
        try:
            entries = sorted(os.scandir(here), key=lambda e: e.name)
        except OSError as err:
            rel = "/".join(parts) or "."
            source.problems.append(
                error(rel, 1, 1, "file-unreadable", f"The folder '{rel}' cannot be read ({err.strerror}).")
            )
            continue
        folders = []
        for entry in entries:
            if _skipped((entry.name,)):
                continue
            rel = "/".join((*parts, entry.name))
            problem = _path_problem(rel, len(parts) + 1)
            if problem is not None:
                source.problems.append(problem)
                continue
            full = Path(entry.path)
            if entry.is_symlink() and not _inside(full, real_root):
                source.problems.append(
                    error(rel, 1, 1, "unsafe-path", f"'{rel}' is a link to something outside the pack. Copy the file in instead.")
                )  # fmt: skip
                continue
            if entry.is_dir(follow_symlinks=False):
                folders.append((full, (*parts, entry.name)))
            elif full.is_file():  # links inside the pack are read like any file; pipes and devices never
                total += full.stat().st_size
                source.files.append(rel)
        stack.extend(reversed(folders))
        if len(source.files) > MAX_FILES or total > MAX_FOLDER_TOTAL:
            what = f"more than {MAX_FILES} files" if len(source.files) > MAX_FILES else (
                f"more than {MAX_FOLDER_TOTAL // 2**20} MB")  # fmt: skip
            source.problems.append(error("", 1, 1, "too-many-files", f"The pack holds {what}."))
            source.files = []
            break
    source.files.sort()
    return source


def _path_problem(rel: str, depth: int) -> Problem | None:
    """A problem when a file name cannot be part of a pack: not UTF-8, control characters, too deep."""
    shown = terminal_safe(rel)
    if any("\udc80" <= c <= "\udcff" for c in rel) or not rel.isprintable():
        return error(
            shown, 1, 1, "unsafe-path",
            f"The file name '{shown}' has letters that are not UTF-8 or control characters; rename it.",
        )  # fmt: skip
    if depth > MAX_FOLDER_DEPTH:
        return error(
            shown, 1, 1, "unsafe-path",
            f"'{shown}' is nested more than {MAX_FOLDER_DEPTH} folders deep; move it up.",
        )  # fmt: skip
    return None


def _inside(path: Path, real_root: Path) -> bool:
    try:
        path.resolve(strict=True).relative_to(real_root)
    except (OSError, ValueError, RuntimeError):
        return False
    return True


def _zipped(path: Path) -> PackSource:
    source = PackSource(label=str(path))
    try:
        archive = zipfile.ZipFile(path)
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as err:
        source.problems.append(
            error("", 1, 1, "zip-invalid", f"The .zip file is damaged and cannot be opened ({err}).")
        )
        return source
    source._zip = archive
    if len(infos) > MAX_FILES:
        source.problems.append(
            error("", 1, 1, "too-many-files", f"The .zip file holds more than {MAX_FILES} entries.")
        )
        return source
    names: list[str] = []
    total = 0
    for info in infos:
        name = info.filename
        if unsafe_reason(name) is not None:
            source.problems.append(
                error(
                    name,
                    1,
                    1,
                    "zip-unsafe-path",
                    f"The .zip entry '{name}' would land outside the pack; it is refused.",
                )
            )
            continue
        if stat.S_ISLNK(info.external_attr >> 16):
            source.problems.append(
                error(
                    name,
                    1,
                    1,
                    "zip-symlink",
                    f"The .zip entry '{name}' is a link; packs may not contain links.",
                )
            )
            continue
        if info.is_dir():
            continue
        total += info.file_size
        if info.file_size > MAX_ASSET_BYTES or (
            info.file_size > 1024 * 1024 and info.file_size > MAX_ZIP_RATIO * max(info.compress_size, 1)
        ):
            source.problems.append(
                error(
                    name,
                    1,
                    1,
                    "zip-too-large",
                    f"The .zip entry '{name}' unpacks to {info.file_size} bytes; it is refused.",
                )
            )
            continue
        names.append(name)
    if total > MAX_ZIP_TOTAL:
        source.problems.append(
            error(
                "",
                1,
                1,
                "zip-too-large",
                f"The .zip file unpacks to more than {MAX_ZIP_TOTAL // 2**20} MB; it is refused.",
            )
        )
        return source
    source._prefix = _zip_root(names)
    cut = len(source._prefix)
    source.files = sorted(
        n[cut:] for n in names if n.startswith(source._prefix) and not _skipped(PurePosixPath(n[cut:]).parts)
    )
    return source


def _zip_root(names: list[str]) -> str:
    """'' when pack.yaml is at the top of the zip, else 'folder/' when the zip holds one folder with it."""
    if "pack.yaml" in names:
        return ""
    tops = {n.split("/", 1)[0] for n in names if "/" in n and not _skipped((n.split("/", 1)[0],))}
    if len(tops) == 1:
        top = tops.pop()
        if f"{top}/pack.yaml" in names:
            return f"{top}/"
    return ""
