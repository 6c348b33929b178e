"""Scenario packs: the format (models), loading with plain-language problems, and the checks."""

from rumours_game.pack.loader import LoadResult, check_pack, load_pack
from rumours_game.pack.models import FORMAT_VERSION, Pack
from rumours_game.pack.problems import CODES, PackError, Problem

__all__ = ["CODES", "FORMAT_VERSION", "LoadResult", "Pack", "PackError", "Problem", "check_pack", "load_pack"]
