"""Assets a pack names (safe paths, right kind, present) and every asset file in it (readable, decodes)."""

from __future__ import annotations

from collections.abc import Iterator

from rumours_game.pack import models
from rumours_game.pack.assets import (
    FONT_SUFFIXES,
    IMAGE_SUFFIXES,
    SOUND_SUFFIXES,
    SUPPORTED_SUFFIXES,
    asset_problem,
    resolve_asset,
    suffix_of,
)
from rumours_game.pack.lint.inputs import LintInput, Path_
from rumours_game.pack.problems import Problem
from rumours_game.pack.sources import MAX_ASSET_BYTES, TooLarge, unsafe_reason
from rumours_game.pack.suggest import did_you_mean

ASSETS = "assets/"


def _asset_refs(pack: models.Pack) -> Iterator[tuple[Path_, str, tuple[str, ...], str]]:
    """(path, file name, allowed suffixes, what it is) for every asset the pack names."""
    for r, room in enumerate(pack.rooms):
        if room.background:
            yield ("rooms", r, "background"), room.background, IMAGE_SUFFIXES, "picture"
        if room.music:
            yield ("rooms", r, "music"), room.music, SOUND_SUFFIXES, "sound"
        for h, spot in enumerate(room.objects):
            if spot.image:
                yield ("rooms", r, "objects", h, "image"), spot.image, IMAGE_SUFFIXES, "picture"
            for o, overlay in enumerate(spot.overlays):
                path = ("rooms", r, "objects", h, "overlays", o, "image")
                yield path, overlay.image, IMAGE_SUFFIXES, "picture"
    for i, item in enumerate(pack.items):
        if item.icon:
            yield ("items", i, "icon"), item.icon, IMAGE_SUFFIXES, "picture"
    for p, puzzle in enumerate(pack.puzzles):
        if isinstance(puzzle, models.SearchPuzzle) and puzzle.image:
            yield ("puzzles", p, "image"), puzzle.image, IMAGE_SUFFIXES, "picture"


def check_assets(inp: LintInput) -> Iterator[Problem]:
    """Named assets are safe paths, exist in assets/, have the right kind; every asset file decodes."""
    for path, name, suffixes, what in _asset_refs(inp.pack):
        reason = unsafe_reason(name)
        if reason is not None:
            yield inp.problem(path, "unsafe-path", f"The file name '{name}' is not allowed: {reason}.")
            continue
        if suffix_of(name) not in suffixes:
            yield inp.problem(
                path,
                "unsupported-asset",
                f"'{name}' should be a {what} file ({', '.join(suffixes)}).",
            )
            continue
        if resolve_asset(name, inp.files) is None:
            assets = [f for f in inp.files if f.startswith(ASSETS)]
            yield inp.problem(
                path,
                "missing-asset",
                f"There is no file '{name}' in the pack (pictures and sounds go in the assets/ folder)."
                f"{did_you_mean(name, assets)}",
            )
    for file in sorted(inp.files):
        if file.startswith(ASSETS) and suffix_of(file) in SUPPORTED_SUFFIXES:
            yield from _decode_check(inp, file)


def _decode_check(inp: LintInput, file: str) -> Iterator[Problem]:
    def at(code: str, message: str) -> Problem:
        return Problem(file, 1, 1, "error", code, message)

    try:
        data = inp.read(file, MAX_ASSET_BYTES)
    except TooLarge:
        yield at(
            "asset-too-large", f"'{file}' is bigger than {MAX_ASSET_BYTES // 2**20} MB; make it smaller."
        )
        return
    except OSError as err:
        yield at("file-unreadable", f"'{file}' cannot be read ({err}).")
        return
    reason = asset_problem(file, data)
    if reason is not None:
        kind = "font" if suffix_of(file) in FONT_SUFFIXES else "file"
        yield at(
            "bad-asset", f"The {kind} '{file}' cannot be used: {reason}. Export it again from your editor."
        )
