"""The before/after survey in text play: team size, consent, optional age band, then each statement."""

from __future__ import annotations

import random

from rumours_game.survey import (
    AgeBand,
    Consent,
    PassScreen,
    Question,
    SessionRecorder,
    SurveyPlan,
    SurveyRun,
    survey_text,
)
from rumours_game.survey.plan import MAX_PLAYERS
from rumours_game.text.context import TextContext, parse_number


def _s(ctx: TextContext, key: str, **values: object) -> str:
    return survey_text(key, ctx.lang, ctx.pack, **values)


def ask_team_size(ctx: TextContext) -> int:
    """How many players (1 to 6) will answer."""
    ctx.console.say(_s(ctx, "players"))
    ctx.console.say(ctx.t("text.not_a_choice", max=MAX_PLAYERS))
    while True:
        index = parse_number(ctx.read(), MAX_PLAYERS)
        if index is not None:
            return index + 1
        ctx.console.say(ctx.t("text.not_a_choice", max=MAX_PLAYERS))


def _question(ctx: TextContext, step: Question) -> int | None:
    scale = step.item.scale
    labels = [ctx.tr(scale.anchors[p]) if p in scale.anchors else str(p) for p in range(1, scale.points + 1)]
    title = ctx.t("text.survey.question", n=step.player.number, index=step.index, total=step.total)
    ctx.console.say(title)
    index = ctx.pick(ctx.tr(step.item.statement), labels)
    return None if index is None else index + 1


def run_phase(ctx: TextContext, run: SurveyRun) -> None:
    """Walk one phase of the survey to its end, writing each answer as it is given."""
    ctx.console.say(_s(ctx, run.phase))
    while (step := run.step) is not None:
        _show_step(ctx, run, step)  # the run writes through the recorder's guarded sink
    ctx.console.say(_s(ctx, "thanks"))
    ctx.console.say()


def _show_step(ctx: TextContext, run: SurveyRun, step: object) -> None:
    match step:
        case PassScreen(player=player):
            if ctx.pick(_s(ctx, "pass_screen", n=player.number), [_s(ctx, "ready")]) is not None:
                run.ready()
        case Consent(player=player, handover=handover):
            ctx.console.say(_s(ctx, "pass_screen" if handover else "player", n=player.number))
            choice = ctx.pick(_s(ctx, "consent"), [_s(ctx, "agree"), _s(ctx, "decline")])
            if choice is not None:
                run.consent(choice == 0)
        case AgeBand(bands=bands):
            choice = ctx.pick(_s(ctx, "age"), [*bands, _s(ctx, "skip")])
            if choice is not None:
                run.age_band(bands[choice] if choice < len(bands) else None)
        case Question():
            value = _question(ctx, step)
            if value is not None:
                run.answer(value)


class TextSurvey:
    """The survey of one text-play session: the pre phase before the game, the post phase after it."""

    def __init__(self, ctx: TextContext, recorder: SessionRecorder, rng: random.Random) -> None:
        self.ctx, self.recorder, self.rng = ctx, recorder, rng
        self.plan: SurveyPlan | None = None
        self.pre: SurveyRun | None = None

    def before(self) -> None:
        """Ask the team size, then consent and the statements of every player."""
        survey, sink, session_id = self.ctx.pack.survey, self.recorder.sink, self.recorder.session_id
        if survey is None or sink is None or session_id is None:
            return
        self.ctx.console.say(_s(self.ctx, "title"))
        self.plan = SurveyPlan.build(survey, ask_team_size(self.ctx), self.rng)
        self.pre = SurveyRun(self.plan, sink, session_id, "pre")
        run_phase(self.ctx, self.pre)

    def after(self) -> None:
        """The statements again, for every player who agreed before the game."""
        sink, session_id = self.recorder.sink, self.recorder.session_id
        if self.plan is None or self.pre is None or not self.pre.agreed or sink is None or session_id is None:
            return
        run_phase(self.ctx, SurveyRun(self.plan, sink, session_id, "post", players=self.pre.agreed))
