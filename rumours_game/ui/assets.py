"""Pack images, loaded and scaled once per size into the app's bounded cache; a drawn placeholder when a
file is missing."""

from __future__ import annotations

import io
from pathlib import Path

import pygame

from rumours_game.pack.sources import TooLarge, open_source
from rumours_game.ui.surfaces import CACHE_FLOOR, SurfaceCache

MAX_IMAGE_BYTES = 32 * 1024 * 1024


def placeholder(size: tuple[int, int], seed: str = "") -> pygame.Surface:
    """A calm dark gradient with a soft vignette, used when a picture is missing or unreadable."""
    w, h = max(1, size[0]), max(1, size[1])
    tint = sum(seed.encode()) % 60
    small = pygame.Surface((2, 16))
    for y in range(16):
        k = y / 15
        small.set_at((0, y), (int(30 + 20 * k + tint / 3), int(34 + 14 * k), int(58 + 30 * k)))
        small.set_at((1, y), (int(24 + 16 * k), int(28 + 12 * k), int(48 + 24 * k + tint / 2)))
    return pygame.transform.smoothscale(small, (w, h)).convert()


class AssetCache:
    """Images of one pack by (name, size), scaled once and kept in a :class:`SurfaceCache` (the app's, shared
    with rendered text, so one byte budget bounds them all); never scaled per frame."""

    def __init__(self, root: Path, surfaces: SurfaceCache | None = None) -> None:
        self.root = root
        self.surfaces = surfaces if surfaces is not None else SurfaceCache(CACHE_FLOOR)
        self.missing: set[str] = set()

    def read(self, name: str) -> bytes | None:
        """The bytes of the pack file ``name`` (relative to the pack, or to its assets/ folder); None if absent."""
        source = open_source(self.root)
        try:
            for rel in (name, f"assets/{name}"):
                try:
                    return source.read(rel, MAX_IMAGE_BYTES)
                except (OSError, TooLarge):
                    continue
            return None
        finally:
            source.close()

    def _load(self, name: str) -> pygame.Surface | None:
        data = self.read(name)
        try:
            if data is None:
                raise FileNotFoundError(name)
            image = pygame.image.load(io.BytesIO(data), name)
        except (pygame.error, OSError, ValueError):
            self.missing.add(name)
            return None
        return image.convert_alpha() if image.get_alpha() is not None else image.convert()

    def image(self, name: str | None, size: tuple[int, int] | None = None) -> pygame.Surface:
        """The image ``name`` scaled to ``size`` (its own size when None); a placeholder if it is missing."""
        return self.surfaces.get(("art", str(self.root), name or "", size), lambda: self._make(name, size))

    def _make(self, name: str | None, size: tuple[int, int] | None) -> pygame.Surface:
        if not name:
            return placeholder(size or (64, 64))
        if size is None:
            loaded = self._load(name)
            return loaded if loaded is not None else placeholder((64, 64), name)
        original = self.image(name)  # loaded once, kept in the cache like any other size
        if name in self.missing:
            return placeholder(size, name)
        if original.get_size() == size:
            return original
        return pygame.transform.smoothscale(original, size)

    def clear(self) -> None:
        """Forget every cached image (after a reload or a resize)."""
        self.surfaces.clear()
        self.missing.clear()
