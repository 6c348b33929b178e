"""Keyboard navigation: Tab/Shift+Tab and arrows move a visible focus, Enter or Space activates."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar

import pygame

NEXT_KEYS = {pygame.K_TAB}
ACTIVATE_KEYS = {pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE}
ARROWS = {
    pygame.K_LEFT: (-1, 0),
    pygame.K_RIGHT: (1, 0),
    pygame.K_UP: (0, -1),
    pygame.K_DOWN: (0, 1),
}


class Focusable(Protocol):
    """Anything keyboard focus can land on: it has a rectangle and can be activated."""

    @property
    def rect(self) -> pygame.Rect: ...
    @property
    def enabled(self) -> bool: ...
    def activate(self) -> None: ...


F = TypeVar("F", bound=Focusable)


def _nearest(items: Sequence[F], current: F, direction: tuple[int, int]) -> F | None:
    """The item closest to ``current`` in ``direction`` (distance along it counts less than across)."""
    cx, cy = current.rect.center
    dx, dy = direction
    best, best_score = None, float("inf")
    for item in items:
        if item is current:
            continue
        ix, iy = item.rect.center
        along = (ix - cx) * dx + (iy - cy) * dy
        if along <= 0:
            continue
        across = abs((ix - cx) * dy) + abs((iy - cy) * dx)
        score = along + 2 * across
        if score < best_score:
            best, best_score = item, score
    return best


class FocusRing(Generic[F]):
    """The keyboard focus over a scene's (or a widget's) focusable items, shown once the keyboard is used."""

    def __init__(self, strict: bool = False) -> None:
        self.strict = strict
        """When True, Enter/Space only activate an item whose outline is visible."""
        self.items: list[F] = []
        self.current: F | None = None
        self.visible = False

    def set_items(self, items: Sequence[F], prefer: F | None = None) -> None:
        """New items (after a rebuild); focus stays on the same position when possible."""
        old_index = self.items.index(self.current) if self.current in self.items else 0
        self.items = [i for i in items if i.enabled]
        if prefer is not None and prefer in self.items:
            self.current = prefer
        elif self.items:
            self.current = self.items[min(old_index, len(self.items) - 1)]
        else:
            self.current = None

    def focus(self, item: F) -> None:
        """Move the focus to ``item``."""
        if item in self.items:
            self.current = item

    def move(self, delta: int) -> None:
        """Move the focus ``delta`` places in Tab order (wrapping around)."""
        if not self.items:
            return
        index = self.items.index(self.current) if self.current in self.items else -delta if delta > 0 else 0
        self.current = self.items[(index + delta) % len(self.items)]

    def handle_event(self, event: pygame.event.Event) -> bool:
        """Tab/arrows move, Enter/Space activate the focused item (``strict``: only when its outline is
        visible; the first press shows it); a click hides the focus outline."""
        if event.type == pygame.MOUSEBUTTONDOWN:
            self.visible = False
            return False
        if event.type != pygame.KEYDOWN or not self.items:
            return False
        if event.key in NEXT_KEYS:
            if self.visible:
                self.move(-1 if event.mod & pygame.KMOD_SHIFT else 1)
            self.visible = True
            return True
        if event.key in ARROWS:
            if self.visible and self.current is not None:
                target = _nearest(self.items, self.current, ARROWS[event.key])
                if target is None:
                    self.move(1 if ARROWS[event.key] in ((1, 0), (0, 1)) else -1)
                else:
                    self.current = target
            self.visible = True
            return True
        if event.key in ACTIVATE_KEYS and self.current is not None:
            if self.visible or not self.strict:
                self.current.activate()
            self.visible = True  # strict: Enter never chooses what the player cannot see; it shows the focus
            return True
        return False

    def draw(self, surface: pygame.Surface, colour: tuple[int, int, int], width: int) -> None:
        """A thick outline (with a dark edge for contrast on any background) around the focused item."""
        if not self.visible or self.current is None:
            return
        rect = self.current.rect.inflate(width * 3, width * 3)
        pygame.draw.rect(
            surface, (0, 0, 0), rect.inflate(width * 2, width * 2), width, border_radius=width * 4
        )
        pygame.draw.rect(surface, colour, rect, width, border_radius=width * 3)
