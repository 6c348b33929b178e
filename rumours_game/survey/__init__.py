"""The before/after attitude survey: player codes, plans, answers, texts and the sink protocol.

Pure: no pygame, no sqlite3. Front ends walk a :class:`SurveyRun` and write to a :class:`ResponseSink`.
"""

from rumours_game.survey.answers import PHASES, Answer, InvalidAnswer, Phase, agreement, check_value
from rumours_game.survey.codes import ALPHABET, is_player_code, new_player_code
from rumours_game.survey.guard import GuardedSink
from rumours_game.survey.plan import PlanItem, PlannedPlayer, SurveyPlan, plan_items
from rumours_game.survey.recorder import SessionRecorder
from rumours_game.survey.run import AgeBand, Consent, PassScreen, Question, Step, SurveyRun
from rumours_game.survey.sink import MemorySink, ResponseSink, SinkError, SinkUnavailable
from rumours_game.survey.texts import DEFAULT_TEXTS, survey_text

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
