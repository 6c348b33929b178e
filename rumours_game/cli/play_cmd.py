"""``rumours play PACK``: play a pack in a window, in the terminal (``--text``) or headless for tests."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from rumours_game.cli.common import CliError, data_dir, expand_packs, load_or_report, plural

VIAS = ("mouse", "touch", "keys")
MAX_SIZE = (7680, 4320)
"""The largest window (8K): a bigger one would take gigabytes for its screen buffers."""


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``play`` subcommand."""
    p = subparsers.add_parser(
        "play",
        help="play a pack (in a window, or --text in this terminal)",
        description="Play a pack in a window. Answers to the survey are saved in the data folder. "
        "With --headless --walkthrough the pack's walkthrough is played through the real screens with "
        "synthesized clicks, taps or key presses, saving a picture of every screen (exit 0 when it ends "
        "as the walkthrough declares). Exit status 4 when answers a player saw accepted could not be saved "
        "(e.g. the disk filled up). Several packs: all are checked first; the window's title screen offers "
        "them all (the first starts), --text asks which game to play, --headless plays the first.",
    )
    p.add_argument(
        "pack",
        type=Path,
        nargs="+",
        help="the pack folder or .zip file; several packs (or a folder of packs) let the title choose the game",
    )
    p.add_argument(
        "--lang", metavar="XX", type=language_code, help="start in this language (default: the pack's own)"
    )
    p.add_argument(
        "--size", metavar="WxH", default="1280x720", help="window size (default 1280x720, at most 7680x4320)"
    )
    p.add_argument("--fullscreen", action="store_true", help="use the whole screen (kiosks)")
    p.add_argument(
        "--large-text", action="store_true", help="every team starts with large text (players can switch it)"
    )
    p.add_argument(
        "--high-contrast",
        action="store_true",
        help="every team starts with the high-contrast colours (players can switch them)",
    )
    p.add_argument("--text", action="store_true", help="play in this terminal instead of a window")
    p.add_argument(
        "--no-survey",
        action="store_true",
        help="with --text: a quick author test: no survey, and nothing is recorded (the data folder is not touched)",
    )
    p.add_argument("--headless", action="store_true", help="no window: play a walkthrough off-screen")
    p.add_argument(
        "--walkthrough",
        nargs="?",
        const="",
        default=None,
        metavar="NAME",
        help="with --headless: the walkthrough to play (default: the pack's first)",
    )
    p.add_argument(
        "--screenshots", type=Path, metavar="DIR", help="with --headless: save a PNG of every screen"
    )
    p.add_argument(
        "--via",
        choices=VIAS,
        default="mouse",
        help="with --headless: play with mouse clicks, finger taps or the keyboard only",
    )
    p.add_argument(
        "--condition",
        metavar="LABEL",
        default="",
        help="label the sessions for a comparison study (e.g. 'control'); the index reports each condition",
    )
    p.add_argument(
        "--test",
        action="store_true",
        help="a trial run: its sessions are kept out of exports and the index (headless runs always are)",
    )
    p.set_defaults(func=cmd_play)


CONDITION = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$")


def parse_size(text: str) -> tuple[int, int]:
    """'1280x720' -> (1280, 720); a CliError for anything else."""
    try:
        w, h = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise CliError(f"--size must look like 1280x720, not '{text}'") from None
    if not (320 <= w <= MAX_SIZE[0] and 240 <= h <= MAX_SIZE[1]):
        raise CliError(f"--size {text} is out of range (from 320x240 to {MAX_SIZE[0]}x{MAX_SIZE[1]})")
    return w, h


def language_code(text: str) -> str:
    """A language code such as 'en' or 'pt-BR' (argparse type); anything else is a usage error."""
    from rumours_game.pack.base import LANG_PATTERN  # pydantic: loaded when a language is given

    if not re.fullmatch(LANG_PATTERN.strip("^$"), text):
        raise argparse.ArgumentTypeError(f"'{text[:20]}' is not a language code such as en, es or pt-BR")
    return text


def _open_store(args: argparse.Namespace):
    from rumours_game.store import Store, StoreError

    folder = data_dir(args.data_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        store = Store.open(folder)
    except (OSError, StoreError) as err:
        raise CliError(f"cannot open the answers store in {folder}: {err}") from None
    for problem in store.problems:
        print(f"rumours: warning: {problem}", file=sys.stderr)
    store.condition = args.condition
    store.test = bool(args.test or args.headless)
    try:
        closed = store.close_incomplete()
    except StoreError as err:
        print(f"rumours: warning: interrupted sessions could not be closed yet: {err}", file=sys.stderr)
    else:
        if closed:
            print(
                f"rumours: note: {plural(closed, 'interrupted game')} from before (a crash or a power cut) "
                "closed as incomplete; the answers given are kept.",
                file=sys.stderr,
            )
    return store


EXIT_UNSAVED = 4
"""Exit status when answers or game records a player saw accepted could not be written."""


def _close_store(store, code: int) -> int:
    """Write what waits in memory and close; the exit status becomes :data:`EXIT_UNSAVED` when anything
    acknowledged could not be written (a full disk at the end, a refused write), else stays ``code``."""
    from rumours_game.store import StoreError

    lost = store.refused
    try:
        store.close()
    except StoreError as err:
        lost += store.pending
        print(f"rumours: error: some answers could not be saved: {err}", file=sys.stderr)
    if lost:
        print(
            f"rumours: error: {plural(lost, 'write')} of this game could not be saved to {store.path}; "
            "free some space or check the data folder",
            file=sys.stderr,
        )
        return EXIT_UNSAVED
    return code


def cmd_play(args: argparse.Namespace) -> int:
    """Handler of ``rumours play``."""
    size = parse_size(args.size)
    if args.condition and not CONDITION.match(args.condition):
        raise CliError(
            f"--condition '{args.condition}' must be a short label of letters, digits, '_', '-' or '.' "
            "(e.g. control, game)"
        )
    if args.no_survey and not args.text:
        raise CliError("--no-survey is for quick tests in the terminal: use it with --text")
    paths = expand_packs(args.pack)
    if args.text:
        from rumours_game.text.app import run_text

        if args.no_survey:  # nothing is recorded: the store is never opened
            return run_text(paths, args.lang, data_dir(args.data_dir), sys.stdin, sys.stdout, sink=None)
        store = _open_store(args)
        try:
            code = run_text(paths, args.lang, data_dir(args.data_dir), sys.stdin, sys.stdout, sink=store)
        except BaseException:
            _close_store(store, 1)
            raise
        return _close_store(store, code)
    if args.walkthrough is not None and not args.headless:
        raise CliError("--walkthrough needs --headless")
    if args.headless and args.walkthrough is None:
        raise CliError("--headless needs --walkthrough [NAME]")
    loaded = [(path, load_or_report(path)) for path in paths]  # every pack, so all problems show at once
    packs = [(path, pack) for path, pack in loaded if pack is not None]
    if len(packs) < len(loaded):
        return 1
    lang = args.lang or packs[0][1].default_language
    if not any(lang in pack.languages for _, pack in packs):
        spoken = ", ".join(dict.fromkeys(code for _, pack in packs for code in pack.languages))
        if len(packs) == 1:
            raise CliError(f"the pack has no language '{lang}'; it has: {spoken}")
        raise CliError(f"no pack has the language '{lang}'; they have: {spoken}")
    store = _open_store(args)
    try:
        code = _play(args, packs, lang, size, store)
    except BaseException:
        _close_store(store, 1)
        raise
    return _close_store(store, code)


def _play(args: argparse.Namespace, packs: list, lang: str, size: tuple[int, int], store) -> int:
    if args.headless:
        path, pack = packs[0]
        return _headless(
            args, path, pack, lang if lang in pack.languages else pack.default_language, size, store
        )
    import pygame

    from rumours_game.ui.run import play

    try:
        return play(packs, lang, store, size, args.fullscreen, _settings(args))
    except pygame.error as err:
        raise CliError(f"cannot open a game window ({err}); try --text to play in this terminal") from None


def _settings(args: argparse.Namespace):
    """The options every team starts with, from ``--large-text`` and ``--high-contrast``."""
    from rumours_game.ui.context import Settings

    return Settings(large_text=args.large_text, high_contrast=args.high_contrast)


def _headless(args: argparse.Namespace, path: Path, pack, lang: str, size: tuple[int, int], store) -> int:
    from rumours_game.ui.run import play_headless

    if not pack.walkthroughs:
        raise CliError("the pack has no walkthrough to play")
    name = args.walkthrough
    wt = next((w for w in pack.walkthroughs if w.name == name), None) if name else pack.walkthroughs[0]
    if wt is None:
        names = ", ".join(w.name for w in pack.walkthroughs)
        raise CliError(f"the pack has no walkthrough '{name}'; it has: {names}")
    try:
        ok, message, shots = play_headless(
            pack, path, wt, lang, store, size, args.screenshots, args.via, _settings(args)
        )
    except OSError as err:
        raise CliError(f"cannot save the screenshots in {args.screenshots}: {err.strerror or err}") from None
    where = f" ({len(shots)} screenshots in {args.screenshots})" if args.screenshots else ""
    print(f"walkthrough '{wt.name}': {message}{where}")
    return 0 if ok else 1
