"""The before/after attitude survey: player codes, plans, answers, texts and the sink protocol.

Pure: no pygame, no sqlite3. Front ends walk a :class:`SurveyRun` and write to a :class:`ResponseSink`.

Importing this package loads nothing else: each name is imported from its module when first asked for (the
store's errors need only the sink's, and must not load the pack models).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rumours_game.survey.answers import PHASES, Answer, InvalidAnswer, Phase, agreement, check_value
    from rumours_game.survey.codes import ALPHABET, is_player_code, new_player_code
    from rumours_game.survey.guard import GuardedSink
    from rumours_game.survey.plan import PlanItem, PlannedPlayer, SurveyPlan, plan_items
    from rumours_game.survey.recorder import SessionRecorder
    from rumours_game.survey.run import AgeBand, Consent, PassScreen, Question, Step, SurveyRun
    from rumours_game.survey.sink import MemorySink, ResponseSink, SinkError, SinkUnavailable
    from rumours_game.survey.texts import DEFAULT_TEXTS, survey_text

_LAZY = {
    "PHASES": "rumours_game.survey.answers",
    "Answer": "rumours_game.survey.answers",
    "InvalidAnswer": "rumours_game.survey.answers",
    "Phase": "rumours_game.survey.answers",
    "agreement": "rumours_game.survey.answers",
    "check_value": "rumours_game.survey.answers",
    "ALPHABET": "rumours_game.survey.codes",
    "is_player_code": "rumours_game.survey.codes",
    "new_player_code": "rumours_game.survey.codes",
    "GuardedSink": "rumours_game.survey.guard",
    "PlanItem": "rumours_game.survey.plan",
    "PlannedPlayer": "rumours_game.survey.plan",
    "SurveyPlan": "rumours_game.survey.plan",
    "plan_items": "rumours_game.survey.plan",
    "SessionRecorder": "rumours_game.survey.recorder",
    "AgeBand": "rumours_game.survey.run",
    "Consent": "rumours_game.survey.run",
    "PassScreen": "rumours_game.survey.run",
    "Question": "rumours_game.survey.run",
    "Step": "rumours_game.survey.run",
    "SurveyRun": "rumours_game.survey.run",
    "MemorySink": "rumours_game.survey.sink",
    "ResponseSink": "rumours_game.survey.sink",
    "SinkError": "rumours_game.survey.sink",
    "SinkUnavailable": "rumours_game.survey.sink",
    "DEFAULT_TEXTS": "rumours_game.survey.texts",
    "survey_text": "rumours_game.survey.texts",
}

__all__ = [
    "ALPHABET",
    "DEFAULT_TEXTS",
    "PHASES",
    "AgeBand",
    "Answer",
    "Consent",
    "GuardedSink",
    "InvalidAnswer",
    "MemorySink",
    "PassScreen",
    "Phase",
    "PlanItem",
    "PlannedPlayer",
    "Question",
    "ResponseSink",
    "SessionRecorder",
    "SinkError",
    "SinkUnavailable",
    "Step",
    "SurveyPlan",
    "SurveyRun",
    "agreement",
    "check_value",
    "is_player_code",
    "new_player_code",
    "plan_items",
    "survey_text",
]


def __getattr__(name: str) -> Any:
    """A name of the package, imported from its module when first asked for."""
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
