"""Headless play: a walkthrough played through the real scenes with synthesized input events.

For each screen the driver decides what a player following the plan would do next
(:func:`~rumours_game.ui.driver.moves.next_move`), turns that into mouse clicks, finger taps or key presses,
posts them, runs frames, and can save a PNG of every screen it passes (001-title.png, 002-language.png, ...).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pygame

from rumours_game.ui.app import App, save_png
from rumours_game.ui.driver.moves import keys_to, next_move
from rumours_game.ui.driver.plan import Plan
from rumours_game.ui.driver.script import Script
from rumours_game.ui.driver.steps import Advance, Inputs
from rumours_game.ui.scenes.title import TitleScene

FRAME = 1 / 60
MAX_FRAMES = 60_000
STUCK_AFTER = 40
"""Steps in a row that change nothing before the driver gives up."""


class Driver:
    """Plays a :class:`Plan` on an :class:`App` and saves screenshots."""

    def __init__(self, app: App, plan: Plan, shots: Path | None = None) -> None:
        self.app = app
        self.plan = plan
        self.shots = shots
        self.saved: list[Path] = []
        self.visited: list[str] = []
        """The name of every screen passed, in order (a PNG of each is saved only when ``shots`` is given)."""

    def _press(self, target: Any) -> list[pygame.event.Event]:
        if self.plan.via == "keys" and self.app.top is not None:
            return keys_to(self.app.top, target)
        return Script(self.app.screen.get_size(), self.plan.via).click(target.rect.center).events

    @property
    def count(self) -> int:
        """How many screens the driver has passed."""
        return len(self.visited)

    @property
    def screen(self) -> str:
        """The name of the screen on top."""
        return self.app.top.name if self.app.top is not None else "no screen"

    def _shoot(self) -> None:
        self.visited.append(self.screen)
        if self.shots is None:
            return
        path = self.shots / f"{self.count:03d}-{self.screen}.png"
        save_png(self.app.screen, path)
        self.saved.append(path)

    def start(self) -> None:
        """Show the title screen; then call :meth:`step` until it returns a verdict."""
        if self.shots is not None:
            self.shots.mkdir(parents=True, exist_ok=True)
        self.app.flow.title()
        self._seen, self._stuck, self._played = -1, 0, False

    def step(self) -> tuple[bool, str] | None:
        """One frame and, when the screen is settled, one player move; a verdict once the game is over."""
        app, plan = self.app, self.plan
        app.frame(FRAME)
        if not app.running:
            return False, "the window was closed"
        if app.shown != self._seen:
            self._seen = app.shown
            app.draw()
            self._shoot()
            self._stuck = 0
        self._played = self._played or app.ctx.session is not None
        if self._played and isinstance(app.top, TitleScene):
            return self._verdict()
        if pygame.event.peek():
            return None
        wait = app.top.input_wait if app.top is not None else 0.0
        if wait > 0:
            app.frame(wait)  # a player reads the new screen before pressing
        before = (plan.pos, len(app.ctx.session.log) if app.ctx.session else 0, app.shown)
        move = next_move(app.top, plan) if app.top is not None else None
        if isinstance(move, Advance):
            app.frame(move.seconds)
            plan.pos += 1
        elif move is not None:
            events = move.events if isinstance(move, Inputs) else self._press(move.target)
            for event in events:
                pygame.event.post(event)
        app.frame(FRAME)
        plan.sync(app.ctx.session)
        after = (plan.pos, len(app.ctx.session.log) if app.ctx.session else 0, app.shown)
        self._stuck = 0 if after != before else self._stuck + 1
        if self._stuck > STUCK_AFTER:
            return (
                False,
                f"stuck on the {self.screen} screen at walkthrough action {plan.pos + 1} ({plan.current()})",
            )
        return None

    def run(self) -> tuple[bool, str]:
        """Play until the team is back at the title after the game; (ok, what happened)."""
        self.start()
        return self.run_rest()

    def run_rest(self) -> tuple[bool, str]:
        """Go on playing from where the game is now until a verdict."""
        for _ in range(MAX_FRAMES):
            verdict = self.step()
            if verdict is not None:
                return verdict
        return False, "the walkthrough did not finish in time"

    def _verdict(self) -> tuple[bool, str]:
        session = self.app.flow.last_ending
        want = self.plan.walkthrough.ending
        if not self.plan.done():
            return (
                False,
                f"the game ended before walkthrough action {self.plan.pos + 1} ({self.plan.current()})",
            )
        if session != want:
            return False, f"the walkthrough should end '{want}' but ended '{session}'"
        return True, f"ended '{want}' as declared; {self.count} screens"
