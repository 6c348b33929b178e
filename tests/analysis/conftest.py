"""Analysis tests use the engine's test packs (the 'lab' pack has every puzzle type)."""

from tests.engine.conftest import PACKS, lab

__all__ = ["PACKS", "lab"]
