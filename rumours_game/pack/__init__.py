"""Scenario packs: the format (models), loading with plain-language problems, and the checks.

Importing this package loads neither pydantic nor YAML: the models and the loader are imported when first
asked for, so a command that only reads answers (``rumours index``) never pays for them."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from rumours_game.pack.problems import CODES, PackError, Problem

if TYPE_CHECKING:
    from rumours_game.pack.loader import LoadResult, check_pack, load_pack
    from rumours_game.pack.models import FORMAT_VERSION, Pack

_LAZY = {
    "LoadResult": "rumours_game.pack.loader",
    "check_pack": "rumours_game.pack.loader",
    "load_pack": "rumours_game.pack.loader",
    "FORMAT_VERSION": "rumours_game.pack.models",
    "Pack": "rumours_game.pack.models",
}

__all__ = ["CODES", "FORMAT_VERSION", "LoadResult", "Pack", "PackError", "Problem", "check_pack", "load_pack"]


def __getattr__(name: str) -> Any:
    """The models and the loader, imported when first asked for (they load pydantic and YAML)."""
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
