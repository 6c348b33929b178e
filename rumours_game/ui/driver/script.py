"""Builders for the real pygame input events a player would make: clicks, drags, taps and key presses.

The driver (``ui/driver/inputs.py``) uses them so headless walkthroughs (and the tests) play puzzles
through the same input paths as people do.
"""

from __future__ import annotations

import pygame

VIAS = ("mouse", "touch", "keys")
"""How a script enters a value: with a mouse, with a finger, or with the keyboard only."""


class Script:
    """Collects input events for one window size. ``via`` is 'mouse' or 'touch' for pointer events."""

    def __init__(self, screen_size: tuple[int, int], via: str = "mouse") -> None:
        if via not in VIAS:
            raise ValueError(f"unknown input kind {via!r}; use one of {', '.join(VIAS)}")
        self.size = (max(1, screen_size[0]), max(1, screen_size[1]))
        self.via = via
        self.events: list[pygame.event.Event] = []
        self._last = (0, 0)

    # ------------------------------------------------------------------ pointer
    def _finger(self, kind: int, pos: tuple[int, int], rel: tuple[int, int] = (0, 0)) -> pygame.event.Event:
        w, h = self.size
        return pygame.event.Event(
            kind,
            touch_id=1,
            finger_id=0,
            x=pos[0] / w,
            y=pos[1] / h,
            dx=rel[0] / w,
            dy=rel[1] / h,
            pressure=1.0,
        )

    def down(self, pos: tuple[int, int]) -> Script:
        pos = (int(pos[0]), int(pos[1]))
        if self.via == "touch":
            self.events.append(self._finger(pygame.FINGERDOWN, pos))
        else:
            rel = (pos[0] - self._last[0], pos[1] - self._last[1])
            self.events.append(
                pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=rel, buttons=(0, 0, 0), touch=False)
            )
            self.events.append(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1, touch=False))
        self._last = pos
        return self

    def move(self, pos: tuple[float, float]) -> Script:
        pos = (int(pos[0]), int(pos[1]))
        rel = (pos[0] - self._last[0], pos[1] - self._last[1])
        if self.via == "touch":
            self.events.append(self._finger(pygame.FINGERMOTION, pos, rel))
        else:
            self.events.append(
                pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=rel, buttons=(1, 0, 0), touch=False)
            )
        self._last = pos
        return self

    def up(self, pos: tuple[int, int]) -> Script:
        pos = (int(pos[0]), int(pos[1]))
        if self.via == "touch":
            self.events.append(self._finger(pygame.FINGERUP, pos))
        else:
            self.events.append(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1, touch=False))
        self._last = pos
        return self

    def click(self, pos: tuple[int, int]) -> Script:
        """A tap or click: press and release at ``pos``."""
        return self.down(pos).up(pos)

    def drag(self, start: tuple[int, int], end: tuple[int, int], steps: int = 8) -> Script:
        """Press at ``start``, move in ``steps`` steps to ``end`` and release there."""
        self.down(start)
        for i in range(1, steps + 1):
            self.move(
                (start[0] + (end[0] - start[0]) * i // steps, start[1] + (end[1] - start[1]) * i // steps)
            )
        return self.up(end)

    # ------------------------------------------------------------------ keyboard
    def key(self, key: int, mod: int = 0, times: int = 1) -> Script:
        """Press and release ``key`` ``times`` times."""
        for _ in range(max(0, times)):
            self.events.append(pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode="", scancode=0))
            self.events.append(pygame.event.Event(pygame.KEYUP, key=key, mod=mod, unicode="", scancode=0))
        return self

    def type(self, text: str) -> Script:
        """Type ``text`` on a physical keyboard (one TEXTINPUT event per character)."""
        for ch in text:
            self.events.append(pygame.event.Event(pygame.TEXTINPUT, text=ch))
        return self
