"""Build the offline kiosk app (PyInstaller) for the system this runs on, then self-test it.

    python tools/build_kiosk.py --pack scenarios/tutorial [--pack more.zip] [--config kiosk.yaml]
                                [--onedir | --onefile] --out dist

Needs the `kiosk` extra (pip install -e '.[kiosk]'). Validates the packs and kiosk.yaml first (errors at
file:line, nothing built), runs PyInstaller on build.spec, writes the sorted list of the app's files
(``rumours-kiosk.files.txt``: same inputs, same list), runs ``rumours-kiosk selftest`` on the result and
prints the app's size. Exit code 0: built and self-tested; 1: the inputs have errors or the self-test
failed; 2: PyInstaller failed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rumours_game.kiosk.config import ConfigError, load_config  # noqa: E402
from rumours_game.pack import check_pack  # noqa: E402

APP = "rumours-kiosk"


def executable(out: Path, onefile: bool) -> Path:
    """Where the built program is."""
    name = APP + (".exe" if sys.platform == "win32" else "")
    return out / name if onefile else out / APP / name


def app_files(out: Path, onefile: bool) -> list[str]:
    """The app's files, relative and sorted (the reproducible file list)."""
    if onefile:
        return [executable(out, True).name]
    base = out / APP
    return sorted(p.relative_to(base).as_posix() for p in base.rglob("*") if p.is_file())


def size_mb(out: Path, onefile: bool) -> float:
    """The app's size on disk in MB (10^6 bytes; links to files inside it are not counted twice)."""
    base = executable(out, True) if onefile else out / APP
    files = [base] if onefile else [p for p in base.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 1e6


def check_inputs(packs: list[Path], config: Path | None) -> list[str]:
    """Problems with the packs and kiosk.yaml, as ``file:line:col: message`` lines."""
    problems = []
    for pack in packs:
        result = check_pack(pack)
        problems += [f"{pack}/{p.format()}" for p in result.problems if p.severity == "error"]
        if result.pack is None and not result.problems:
            problems.append(f"{pack}: not a pack")
    if config is not None:
        try:
            load_config(config)
        except ConfigError as err:
            problems += [p.format() for p in err.problems]
    return problems


def build(packs: list[Path], config: Path | None, onefile: bool, out: Path, work: Path) -> int:
    """Run PyInstaller on build.spec; its exit code."""
    options = {"packs": [str(p.resolve()) for p in packs], "config": str(config.resolve()) if config else None,
               "onefile": onefile}  # fmt: skip
    env = {**os.environ, "RUMOURS_KIOSK_BUILD": json.dumps(options), "PYTHONHASHSEED": "0"}
    env.setdefault("SOURCE_DATE_EPOCH", "1700000000")
    command = [sys.executable, "-m", "PyInstaller", str(ROOT / "build.spec"), "--noconfirm", "--clean",
               "--distpath", str(out), "--workpath", str(work), "--log-level", "WARN"]  # fmt: skip
    return subprocess.call(command, env=env, cwd=ROOT)


def selftest(program: Path) -> int:
    """Run ``selftest`` on the built app, headless, with a throwaway data folder."""
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
    return subprocess.call([str(program), "selftest"], env=env)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="build_kiosk.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--pack", type=Path, action="append", required=True, help="a pack to bundle")
    parser.add_argument("--config", type=Path, help="kiosk.yaml to bundle (its packs: are not used)")
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument("--onedir", dest="onefile", action="store_false", help="a folder (default)")
    kind.add_argument("--onefile", dest="onefile", action="store_true", help="one executable file")
    parser.set_defaults(onefile=False)
    parser.add_argument("--out", type=Path, required=True, help="where to put the app")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    problems = check_inputs(args.pack, args.config)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"build_kiosk: {len(problems)} error(s) in the inputs; nothing was built", file=sys.stderr)
        return 1
    if build(args.pack, args.config, args.onefile, args.out, args.work) != 0:
        print("build_kiosk: PyInstaller failed (see above)", file=sys.stderr)
        return 2
    if not args.onefile:
        listing = args.out / f"{APP}.files.txt"
        listing.write_text("".join(f"{f}\n" for f in app_files(args.out, False)), encoding="utf-8")
    program = executable(args.out, args.onefile)
    print(f"build_kiosk: built {program} ({size_mb(args.out, args.onefile):.1f} MB); self-test:")
    if selftest(program) != 0:
        print("build_kiosk: the self-test failed; do not install this build", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
