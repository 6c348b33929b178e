"""Where the kiosk finds its read-only resources (packs, kiosk.yaml) in source and frozen (PyInstaller)
runs alike. Writable data never goes here: it goes to the data folder."""

from __future__ import annotations

import sys
from pathlib import Path

import rumours_game
from rumours_game.kiosk.codes import CONFIG_NAME
from rumours_game.kiosk.config import KioskConfig, load_config

BUNDLED_PACKS = "packs"
"""Folder of the frozen app (next to its code) holding the packs it was built with."""


def frozen() -> bool:
    """True inside a PyInstaller build."""
    return bool(getattr(sys, "frozen", False))


def app_root() -> Path:
    """The folder holding ``rumours_game/``, ``assets/`` and (frozen) ``packs/``, ``kiosk.yaml``."""
    meipass = getattr(sys, "_MEIPASS", None)
    return Path(meipass) if meipass else Path(rumours_game.__file__).resolve().parent.parent


def bundled_packs() -> list[Path]:
    """The packs shipped with the app: ``packs/*`` (folders and .zip files) when frozen, else
    ``scenarios/tutorial`` if present."""
    root = app_root()
    if frozen():
        folder = root / BUNDLED_PACKS
        if not folder.is_dir():
            return []
        return sorted(p for p in folder.iterdir() if (p / "pack.yaml").is_file() or p.suffix == ".zip")
    tutorial = root / "scenarios" / "tutorial"
    return [tutorial] if (tutorial / "pack.yaml").is_file() else []


def default_pack() -> Path | None:
    """The pack a command uses when none is given (frozen builds only: the first bundled pack)."""
    packs = bundled_packs() if frozen() else []
    return packs[0] if packs else None


def config_path(explicit: Path | None, data_dir: Path) -> Path | None:
    """The kiosk.yaml to use: ``--config``, else one in the data folder, else the bundled one, else None."""
    if explicit is not None:
        return explicit
    for candidate in (data_dir / CONFIG_NAME, app_root() / CONFIG_NAME):
        if candidate.is_file():
            return candidate
    return None


def read_config(path: Path | None) -> KioskConfig:
    """The validated config at ``path`` (defaults when None); raises :class:`ConfigError`."""
    return KioskConfig() if path is None else load_config(path)


def pack_paths(config: KioskConfig, path: Path | None) -> list[Path]:
    """The packs the kiosk offers: the config's (relative to its file), else the bundled ones. A built app
    also offers its bundled packs after the config's that exist (its kiosk.yaml may name build-time paths)."""
    base = path.parent if path is not None else Path.cwd()
    listed = [(base / p).resolve() for p in config.packs]
    if frozen():
        return [p for p in listed if p.exists()] + [p for p in bundled_packs() if p not in listed]
    return listed or bundled_packs()
