"""What the headless players do next on a screen: press something, post input events, or wait."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from rumours_game.ui.focus import Focusable


@dataclass(frozen=True)
class Press:
    """Activate this focusable item (by click, tap or keyboard, as the driver is set)."""

    target: Focusable


@dataclass(frozen=True)
class Inputs:
    """Post these ready-made input events (a puzzle widget's input script)."""

    events: list[pygame.event.Event]


@dataclass(frozen=True)
class Advance:
    """Let ``seconds`` of game time pass."""

    seconds: float


Step = Press | Inputs | Advance
