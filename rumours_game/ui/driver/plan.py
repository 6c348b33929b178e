"""What the headless players do: the walkthrough's actions, the language, survey answers and input kind."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from rumours_game.analysis import walkthrough_actions
from rumours_game.engine import Answer, Escape, Go, Hint, Look, Tick, Use
from rumours_game.pack.models import Pack, Walkthrough


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
