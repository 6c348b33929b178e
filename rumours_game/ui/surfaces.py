"""Pictures the app owns for its scenes: one bounded cache of scaled art and rendered text, and a pool of
window-sized layers.

At 3840x2160 one window-sized 32-bit layer is 33 MB, so what a game keeps decides its memory:

- :class:`SurfaceCache` holds pictures scaled to the display (room art, item icons, menu backdrops) and
  rendered text blocks, by key, up to a byte budget that grows with the window (``CACHE_SCREENS`` windows'
  worth); past it the least recently used go first. Scenes borrow from it: what they blit onto their own
  layer is never scaled or rendered twice, and the cache is emptied when the window changes size.
- :class:`LayerPool` lends window-sized layers to scenes (their static layer). A scene gives its layer back
  when it is left, rebuilt or covered by an opaque screen, and the next scene draws on the same memory; at
  most one layer waits unused, so the pool never holds more than the screens shown need, plus one.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable

import pygame

CACHE_SCREENS = 2.0
"""The cache's budget in windows' worth of 32-bit pixels (41 MB at 4K, 10 MB at 1080p: the floor)."""
CACHE_FLOOR = 24 * 1024 * 1024
"""The smallest budget (small windows still keep a room's art and its texts)."""


def surface_bytes(surface: pygame.Surface) -> int:
    """The bytes of pixels ``surface`` holds (a subsurface holds none of its own)."""
    if surface.get_parent() is not None:
        return 0
    return surface.get_pitch() * surface.get_height()


def budget_for(size: tuple[int, int]) -> int:
    """The cache budget for a window of ``size``."""
    return max(CACHE_FLOOR, int(CACHE_SCREENS * size[0] * size[1] * 4))


class SurfaceCache:
    """Scaled art and rendered text by key, at most ``budget`` bytes; the least recently used go first.

    Owned by the app's :class:`~rumours_game.ui.context.UiContext`. A picture bigger than the whole budget
    is made and returned but not kept.
    """

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.bytes = 0
        """Bytes of pixels held now (never more than ``budget``)."""
        self._kept: OrderedDict[Hashable, tuple[pygame.Surface, int]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._kept)

    def __contains__(self, key: Hashable) -> bool:
        return key in self._kept

    def get(self, key: Hashable, make: Callable[[], pygame.Surface]) -> pygame.Surface:
        """The picture kept under ``key``, else ``make()``'s, kept while the budget allows."""
        found = self.find(key)
        if found is not None:
            return found
        made = make()
        self.put(key, made)
        return made

    def find(self, key: Hashable) -> pygame.Surface | None:
        """The picture kept under ``key`` (now the most recently used), or None."""
        found = self._kept.get(key)
        if found is None:
            return None
        self._kept.move_to_end(key)
        return found[0]

    def put(self, key: Hashable, surface: pygame.Surface) -> None:
        """Keep ``surface`` under ``key``, dropping the least recently used until it fits."""
        self.drop(key)
        size = surface_bytes(surface)
        if size > self.budget:
            return
        while self._kept and self.bytes + size > self.budget:
            _, (_, freed) = self._kept.popitem(last=False)
            self.bytes -= freed
        self._kept[key] = (surface, size)
        self.bytes += size

    def drop(self, key: Hashable) -> None:
        """Forget the picture under ``key`` (if any)."""
        gone = self._kept.pop(key, None)
        if gone is not None:
            self.bytes -= gone[1]

    def clear(self, budget: int | None = None) -> None:
        """Forget every picture (the window changed size or the pack was loaded again); a new budget if given."""
        self._kept.clear()
        self.bytes = 0
        if budget is not None:
            self.budget = budget


LayerKind = tuple[tuple[int, int], bool]
"""A layer's size and whether it has per-pixel alpha."""


class LayerPool:
    """Window-sized layers lent to scenes and given back; at most one waits unused (see the module text)."""

    def __init__(self) -> None:
        self._free: pygame.Surface | None = None

    def take(self, size: tuple[int, int], alpha: bool) -> pygame.Surface:
        """A layer of ``size`` (with per-pixel alpha when ``alpha``); its pixels are left as they were."""
        free, self._free = self._free, None
        if free is None or _kind(free) != (size, alpha):
            del free  # a layer of another kind goes before the new one is made: never both at once
            free = pygame.Surface(size, pygame.SRCALPHA) if alpha else pygame.Surface(size).convert()
        return free

    def give(self, layer: pygame.Surface | None) -> None:
        """Take ``layer`` back (None: nothing to give); it waits for the next :meth:`take`."""
        if layer is not None:
            self._free = layer

    @property
    def waiting(self) -> int:
        """Layers held unused (0 or 1)."""
        return 0 if self._free is None else 1

    def clear(self) -> None:
        """Drop the unused layer (the window changed size)."""
        self._free = None


def _kind(layer: pygame.Surface) -> LayerKind:
    return layer.get_size(), bool(layer.get_flags() & pygame.SRCALPHA)
