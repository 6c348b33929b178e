"""``rumours kiosk selftest`` (``rumours-kiosk selftest`` when built): is this installation able to run?

Boots headless, loads every pack, renders a sample of every language's glyphs with the shipped fonts,
draws the first frame, writes and reads a database in a temporary folder. One line per check; the exit
code is 1 when any check fails.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from rumours_game import __version__, strings
from rumours_game.pack import check_pack
from rumours_game.pack.i18n import tr
from rumours_game.pack.models import Pack

Check = tuple[str, Callable[[], str]]
"""A check's name and a function returning what it found (raising when it fails)."""
NOT_IN_ANY_FONT = "\U0010fffd"
SAMPLE_KEYS = ("app.title", "intro.players", "title.tagline", "kiosk.idle_title", "kiosk.attract")


class CheckFailed(Exception):
    """A check found a problem (its message says which)."""


def missing_glyphs(text: str) -> set[str]:
    """Characters of ``text`` the shipped fonts would draw as the missing-glyph box."""
    import pygame

    from rumours_game.ui.fonts import BOLD, REGULAR

    missing: set[str] = set()
    for path in (REGULAR, BOLD):
        font = pygame.font.Font(str(path), 20)
        box = pygame.image.tobytes(font.render(NOT_IN_ANY_FONT, True, (255, 255, 255)), "RGBA")
        for ch in set(text) - {" ", "\n", "\t"}:
            if pygame.image.tobytes(font.render(ch, True, (255, 255, 255)), "RGBA") == box:
                missing.add(ch)
    return missing


def _boot() -> str:
    os.environ["SDL_VIDEODRIVER"] = "dummy"
    os.environ["SDL_AUDIODRIVER"] = "dummy"
    import pygame

    pygame.display.init()
    pygame.font.init()
    pygame.display.set_mode((320, 240))
    frozen = "frozen app" if getattr(sys, "frozen", False) else "from source"
    return f"rumours {__version__}, Python {sys.version.split()[0]}, pygame-ce {pygame.version.ver}, {frozen}"


def _fonts() -> str:
    from rumours_game.ui.fonts import BOLD, REGULAR

    absent = [p.name for p in (REGULAR, BOLD) if not p.is_file()]
    if absent:
        raise CheckFailed(f"missing font files: {', '.join(absent)} (looked in {REGULAR.parent})")
    return f"{REGULAR.name}, {BOLD.name}"


def _pack(path: Path, loaded: dict[Path, Pack]) -> Callable[[], str]:
    def check() -> str:
        result = check_pack(path, author_checks=False)  # can it be played: errors only
        if result.pack is None:
            errors = [p.format() for p in result.problems if p.severity == "error"]
            raise CheckFailed(f"{len(errors)} error(s); first: {errors[0] if errors else 'unreadable'}")
        loaded[path] = result.pack
        return f"'{result.pack.id}' {result.pack.version}, languages {', '.join(result.pack.languages)}"

    return check


def _glyphs(lang: str, packs: dict[Path, Pack]) -> Callable[[], str]:
    def check() -> str:
        sample = " ".join(strings.lookup(lang, key) for key in SAMPLE_KEYS)
        for pack in packs.values():
            if lang in pack.languages:
                sample += (
                    " "
                    + tr(pack.title, lang, pack.default_language)
                    + " "
                    + tr(pack.summary, lang, pack.default_language)
                )
        missing = missing_glyphs(sample)
        if missing:
            raise CheckFailed(f"no glyph for {' '.join(sorted(missing))}")
        return f"{len(set(sample))} different characters drawn"

    return check


def _first_frame(packs: dict[Path, Pack]) -> str:
    import pygame

    from rumours_game.survey import MemorySink
    from rumours_game.ui.run import make_app

    if not packs:
        raise CheckFailed("no pack loaded")
    path, pack = next(iter(packs.items()))
    start = time.perf_counter()
    app = make_app(pack, path, pack.default_language, MemorySink(), (1280, 720), headless=True)
    app.flow.title()
    app.frame(1 / 60, [])
    colours = {app.screen.get_at((x, y))[:3] for x in range(0, 1280, 97) for y in range(0, 720, 89)}
    if len(colours) < 3:
        raise CheckFailed("the title screen came out blank")
    elapsed = time.perf_counter() - start
    pygame.display.quit()
    return f"title screen of '{pack.id}' drawn in {elapsed:.2f} s"


def _database(packs: dict[Path, Pack]) -> str:
    from rumours_game.kiosk.data import export_with_checksums, summarize
    from rumours_game.store import Store

    pack = next(iter(packs.values()), None)
    if pack is None:
        raise CheckFailed("no pack loaded")
    with tempfile.TemporaryDirectory(prefix="rumours-selftest-") as tmp:
        data = Path(tmp) / "data"
        store = Store.open(data)
        sid = store.start_session(pack, pack.default_language, event="selftest")
        store.journal_action(sid, 1, 0.0, {"kind": "tick", "seconds": 1.0})
        store.end_session(sid, "quit")
        kiosk_id = store.kiosk_id
        store.close()
        Store.open(data).close()  # an existing database opens again
        summary = summarize(data, "")
        if summary.total != 1:
            raise CheckFailed(f"wrote 1 session, read back {summary.total}")
        result = export_with_checksums(data, Path(tmp) / "usb", ["csv"], kiosk_id, datetime.now(UTC))
        if not result.verified:
            raise CheckFailed("the export's checksums do not match")
    return "wrote, read and exported a session in a temporary folder"


def checks(pack_paths: list[Path]) -> Iterator[Check]:
    """Every check, in order (later ones use the packs the earlier ones loaded)."""
    loaded: dict[Path, Pack] = {}
    yield "boot", _boot
    yield "fonts", _fonts
    for path in pack_paths:
        yield f"pack {path.name}", _pack(path, loaded)
    languages = sorted(set(strings.LANGUAGE_NAMES) | {lang for p in loaded.values() for lang in p.languages})
    for lang in languages:
        yield f"glyphs {lang}", _glyphs(lang, loaded)
    yield "first frame", lambda: _first_frame(loaded)
    yield "database", lambda: _database(loaded)


def run_selftest(pack_paths: list[Path], out: TextIO) -> int:
    """Run every check, printing ``ok``/``FAIL`` lines; 0 when all pass, 1 otherwise."""
    failed = 0
    if not pack_paths:
        print("FAIL  packs: no pack to check (none bundled and none configured)", file=out)
        failed += 1
    for name, check in checks(pack_paths):
        try:
            detail = check()
        except Exception as err:  # a selftest reports every failure as a line, never a traceback
            failed += 1
            print(f"FAIL  {name}: {err}", file=out)
        else:
            print(f"ok    {name}: {detail}", file=out)
        out.flush()
    print(f"selftest: {'all checks passed' if not failed else f'{failed} check(s) failed'}", file=out)
    return 1 if failed else 0
