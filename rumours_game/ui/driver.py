"""Headless play: a walkthrough played through the real scenes with synthesized input events.

Each scene says what a player following the plan would do next (:meth:`Scene.autoplay`); the driver turns
that into mouse clicks, finger taps or key presses, posts them, runs frames, and saves a PNG of every
scene it passes (001-title.png, 002-language.png, ...).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pygame

from rumours_game.analysis import walkthrough_actions
from rumours_game.engine import Answer, Escape, Go, Hint, Look, Tick, Use
from rumours_game.pack.models import Pack, Walkthrough
from rumours_game.ui.app import App
from rumours_game.ui.scene import Advance, Inputs

FRAME = 1 / 60
MAX_FRAMES = 60_000
STUCK_AFTER = 40
"""Steps in a row that change nothing before the driver gives up."""


def _match_key(action: Any) -> tuple:
    """What identifies an action in the log (answers match by puzzle: tap positions may differ a little)."""
    match action:
        case Answer(puzzle=p):
            return ("answer", p)
        case Use(item=i, on=o):
            return ("use", i, o)
        case Look(hotspot=h):
            return ("look", h)
        case Go(room=r):
            return ("go", r)
        case Hint(puzzle=p):
            return ("hint", p)
        case Escape(exit=e):
            return ("escape", e)
    return ("tick",)


@dataclass
class Plan:
    """What the headless players do: the walkthrough's actions, the language, survey answers, input kind."""

    pack: Pack
    walkthrough: Walkthrough
    lang: str
    via: str = "mouse"
    actions: list = field(default_factory=list)
    pos: int = 0
    log_pos: int = 0

    def __post_init__(self) -> None:
        self.actions = walkthrough_actions(self.pack, self.walkthrough)

    @property
    def players(self) -> int:
        survey = self.walkthrough.survey
        return survey.players if survey is not None else 1

    @property
    def seed(self) -> int:
        survey = self.walkthrough.survey
        return survey.seed if survey is not None else 0

    def current(self) -> Any:
        """The next engine action the walkthrough wants (None when all are done)."""
        return self.actions[self.pos] if self.pos < len(self.actions) else None

    def done(self) -> bool:
        return self.pos >= len(self.actions)

    def sync(self, session: Any) -> None:
        """Move past the actions the session's log shows were played."""
        if session is None:
            return
        log = session.log
        while self.pos < len(self.actions) and not isinstance(self.actions[self.pos], Tick):
            want = _match_key(self.actions[self.pos])
            found = next(
                (i for i in range(self.log_pos, len(log)) if _match_key(log[i].action) == want), None
            )
            if found is None:
                return
            self.log_pos = found + 1
            self.pos += 1

    def consents(self, player: int) -> bool:
        """Every headless player agrees to answer the survey."""
        return True

    def survey_value(self, phase: str, player: int, item: Any) -> int:
        """The scripted answer for ``item``, else a seeded pseudo-random point (the expected one for the check)."""
        survey = self.walkthrough.survey
        scripted = getattr(survey, phase, {}) if survey is not None else {}
        if item.id in scripted:
            return scripted[item.id]
        if item.is_check and item.expect is not None:
            return item.expect
        return random.Random(f"{self.seed}:{phase}:{player}:{item.id}").randint(1, item.scale.points)

    def dialog_choice(self, dialog: Any) -> str:
        """Headless players take the hints the walkthrough asks for and never quit."""
        return {"hint-offer": "take", "quit-confirm": "stay"}.get(dialog.name, "ok")


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
        from rumours_game.ui.puzzles.script import Script

        if self.plan.via == "keys":
            return self.app.top.keys_to(target)
        return Script(self.app.screen.get_size(), self.plan.via).click(target.rect.center).events

    @property
    def count(self) -> int:
        """How many screens the driver has passed."""
        return len(self.visited)

    def _shoot(self) -> None:
        self.visited.append(self.app.top.name)
        if self.shots is None:
            return
        path = self.shots / f"{self.count:03d}-{self.app.top.name}.png"
        pygame.image.save(self.app.screen, str(path))
        self.saved.append(path)

    def start(self) -> None:
        """Show the title screen; then call :meth:`step` until it returns a verdict."""
        if self.shots is not None:
            self.shots.mkdir(parents=True, exist_ok=True)
        self.app.flow.title()
        self._seen, self._stuck, self._played = -1, 0, False

    def step(self) -> tuple[bool, str] | None:
        """One frame and, when the screen is settled, one player move; a verdict once the game is over."""
        from rumours_game.ui.scenes.title import TitleScene

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
        move = app.top.autoplay(plan)
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
                f"stuck on the {app.top.name} screen at walkthrough action {plan.pos + 1} ({plan.current()})",
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
