"""Walking one phase of a survey plan, screen by screen, writing to a sink as players answer.

A front end shows ``run.step`` and calls the method that matches it; ``run.step`` is None when the
phase is over. Pre phase, per player: Consent -> (AgeBand) -> Question... ; post phase, per player who
agreed: (PassScreen) -> Question... . PassScreen comes before every player but the first, except where the
player's consent screen (``handover``) already asks to pass the screen. A player who declines is never recorded. On a statement, :meth:`SurveyRun.back` returns to the
same player's previous statement: answering it again records a new answer, which replaces the earlier one
(the store keeps every answer and counts the latest; see docs/data.md).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TypeVar

from rumours_game.survey.answers import Phase
from rumours_game.survey.plan import PlanItem, PlannedPlayer, SurveyPlan
from rumours_game.survey.sink import ResponseSink


@dataclass(frozen=True)
class PassScreen:
    """Hand the screen to ``player`` (text key ``pass_screen``); call :meth:`SurveyRun.ready`."""

    player: PlannedPlayer


@dataclass(frozen=True)
class Consent:
    """Show the intro and consent text; call :meth:`SurveyRun.consent` with the player's choice.

    ``handover``: another player had the screen before, so this screen also says "pass the screen to
    player N" (it replaces a separate pass screen)."""

    player: PlannedPlayer
    handover: bool = False


@dataclass(frozen=True)
class AgeBand:
    """Offer the coarse age bands (and 'skip'); call :meth:`SurveyRun.age_band`."""

    player: PlannedPlayer
    bands: tuple[str, ...]


@dataclass(frozen=True)
class Question:
    """Ask ``item`` (``index`` of ``total``, from 1); call :meth:`SurveyRun.answer` with a scale point."""

    player: PlannedPlayer
    item: PlanItem
    index: int
    total: int


Step = PassScreen | Consent | AgeBand | Question
S = TypeVar("S", PassScreen, Consent, AgeBand, Question)


class SurveyRun:
    """One phase of the survey for the whole team."""

    def __init__(
        self,
        plan: SurveyPlan,
        sink: ResponseSink,
        session_id: str,
        phase: Phase,
        *,
        players: Sequence[PlannedPlayer] | None = None,
        answered: Collection[tuple[str, str]] = (),
        joined: Collection[str] = (),
    ) -> None:
        """``players``: who takes part (default: all in the plan; for ``post``, pass the pre run's
        :attr:`agreed`). ``answered``: (player code, item id) pairs of this phase already recorded
        (when resuming), which are skipped. ``joined``: codes of players already recorded, who are not
        asked to consent again."""
        self.plan, self.sink, self.session_id, self.phase = plan, sink, session_id, phase
        team = list(plan.players if players is None else players)
        started = set(joined) | {code for code, _ in answered}
        self.agreed: list[PlannedPlayer] = [p for p in team if phase == "post" or p.code in started]
        self._steps: list[Step] = []
        for player in team:
            asks_consent = phase == "pre" and player.code not in started
            if self._steps and not asks_consent:
                self._steps.append(PassScreen(player))
            if asks_consent:
                self._steps.append(Consent(player, handover=bool(self._steps)))
                if plan.age_bands:
                    self._steps.append(AgeBand(player, plan.age_bands))
            order = plan.order(player, phase)
            self._steps += [
                Question(player, item, i, len(order))
                for i, item in enumerate(order, start=1)
                if (player.code, item.id) not in answered
            ]
        self._pos = 0
        self._age: str | None = None
        self._given: dict[int, int] = {}
        """The value recorded for each question step answered in this run (by step position)."""

    @property
    def step(self) -> Step | None:
        """The screen to show now, or None when the phase is done."""
        return self._steps[self._pos] if self._pos < len(self._steps) else None

    def _expect(self, kind: type[S]) -> S:
        step = self.step
        if not isinstance(step, kind):
            raise RuntimeError(f"the survey is not at a {kind.__name__} step (it is at {step!r})")
        return step

    def ready(self) -> None:
        """The next player has the screen."""
        self._expect(PassScreen)
        self._pos += 1

    def consent(self, agree: bool) -> None:
        """The player agrees to answer, or declines (then nothing about them is recorded)."""
        player = self._expect(Consent).player
        self._pos += 1
        if not agree:
            while self.step is not None and self.step.player == player:
                self._pos += 1
            return
        self.agreed.append(player)
        self._age = None
        if not isinstance(self.step, AgeBand):
            self.sink.add_player(self.session_id, player)

    def age_band(self, band: str | None) -> None:
        """The player's age band, or None to skip."""
        step = self._expect(AgeBand)
        if band is not None and band not in step.bands:
            raise ValueError(f"{band!r} is not one of the age bands {list(step.bands)}")
        self._pos += 1
        self.sink.add_player(self.session_id, step.player, age_band=band)

    @property
    def given(self) -> int | None:
        """The value already recorded for the current statement (after :meth:`back`), else None."""
        return self._given.get(self._pos)

    @property
    def can_go_back(self) -> bool:
        """True on a statement that follows another statement of the same player."""
        step = self.step
        before = self._steps[self._pos - 1] if self._pos > 0 else None
        return isinstance(step, Question) and isinstance(before, Question) and before.player == step.player

    def back(self) -> None:
        """Return to the same player's previous statement (to change that answer)."""
        if not self.can_go_back:
            raise RuntimeError(f"the survey cannot go back from {self.step!r}")
        self._pos -= 1

    def answer(self, value: object) -> str | None:
        """Record the current question's answer and move on; returns the response id (None when the
        statement was answered before with the same value: nothing new is written).

        Raises ``InvalidAnswer`` (and stays) for a value off the scale. Raises ``SinkUnavailable``
        after moving on when the sink could not write yet (it keeps the answer): show "call the facilitator".
        """
        step = self._expect(Question)
        answer = step.item.answer(step.player.code, self.phase, value)
        if self._given.get(self._pos) == answer.value:
            self._pos += 1
            return None
        self._given[self._pos] = answer.value
        self._pos += 1
        return self.sink.record_answer(self.session_id, answer)
