"""The order of screens in a game, the team's survey runs, the game clock and the session journal.

title (language, options, how many players) -> survey before (per player) -> briefing (and emblem)
-> room <-> puzzles, with a fact card for each busted rumour -> ending -> debrief per rumour
-> "one last time" -> survey after -> thanks -> title.
"""

from __future__ import annotations

import gc
import random
from dataclasses import replace
from typing import TYPE_CHECKING

from rumours_game.engine import Action, Clock, Event, K, Session, Tick, clock
from rumours_game.survey import AgeBand, Consent, PassScreen, Question, SessionRecorder, SurveyPlan, SurveyRun

if TYPE_CHECKING:
    from rumours_game.ui.app import App

TICK_EVERY = 5.0
"""Seconds of play gathered before the engine is told (every action first flushes what is pending)."""


class Flow:
    """Moves the app from screen to screen and keeps what one team's game needs."""

    def __init__(self, app: App, seed: int | None = None) -> None:
        self.app = app
        self.ctx = app.ctx
        self.fixed_seed = seed
        self.rng = random.Random(seed)
        self.recorder = SessionRecorder(self.ctx.sink, self.call_facilitator_later)
        self.plan: SurveyPlan | None = None
        self.survey: SurveyRun | None = None
        self.agreed: list = []
        self.players = 1
        self.pending = 0.0
        self.cards: list[str] = []
        self.game_over = False
        self.last_ending: str | None = None
        """How the last game ended ('escaped' or 'out_of_time')."""
        self.choose_game = True
        """The title offers the app's packs when it has several (a kiosk leaves that to its facilitator)."""
        self.labels: dict[str, str] = {}
        """Labels stored with every session this app starts (the kiosk's ``event``)."""
        self.start_lang = app.ctx.lang
        self.start_settings = replace(app.ctx.settings)
        """The language and options every new team starts with (from the command line or the kiosk)."""
        app.after_dispatch.append(self._after_dispatch)
        self.ctx.before_dispatch.append(self._before_dispatch)

    # ------------------------------------------------------------------ from the start
    def title(self, ending: str = "quit") -> None:
        """Back to the attract screen; a new team starts from scratch (an open session ends as ``ending``)."""
        from rumours_game.ui.scenes.title import TitleScene

        self.recorder.end(ending)
        self.ctx.session = None
        self.plan = self.survey = None
        self.agreed, self.cards, self.game_over, self.pending = [], [], False, 0.0
        # nothing a team chose leaks to the next one: language, options and emblem start from the defaults
        pack = self.ctx.pack
        self.ctx.lang = self.start_lang if self.start_lang in pack.languages else pack.default_language
        self.ctx.settings = replace(self.start_settings)
        if self.ctx.audio is not None:
            self.ctx.audio.set_muted(self.ctx.settings.muted)
        self.ctx.team.clear()
        self.app.reset(TitleScene(self.ctx))
        # The screens just left hold pygame_gui managers in reference cycles, with their fonts (open files)
        # and surfaces: free them now, between teams, instead of letting an all-day kiosk pile them up.
        gc.collect()

    def language_chosen(self, lang: str) -> None:
        """Switch language (on the title screen, which is laid out again in it)."""
        self.ctx.lang = lang
        self.app.rebuild()

    def players_chosen(self, players: int) -> None:
        """The team size is known: open the session and start the survey (or skip it)."""
        self.players = players
        seed = self.fixed_seed if self.fixed_seed is not None else random.SystemRandom().randrange(2**31)
        self.rng = random.Random(seed)
        self.seed = seed
        session_id = self.recorder.start(self.ctx.pack, self.ctx.lang, seed, **self.labels)
        survey, sink = self.ctx.pack.survey, self.recorder.sink
        if survey is None or session_id is None or sink is None:
            self.briefing()
            return
        self.plan = SurveyPlan.build(survey, players, self.rng)
        self.survey = SurveyRun(self.plan, sink, session_id, "pre")
        self.survey_next()

    # ------------------------------------------------------------------ survey
    def survey_next(self) -> None:
        """Show the current survey step, or move on when the phase is over."""
        from rumours_game.ui.scenes import survey as screens

        run = self.survey
        step = run.step if run is not None else None
        if run is None or step is None:
            self._survey_done()
            return
        scene = {
            PassScreen: screens.PassScene,
            Consent: screens.ConsentScene,
            AgeBand: screens.AgeScene,
            Question: screens.QuestionScene,
        }[type(step)](self.ctx, run, step)
        self.app.replace(scene)

    def _survey_done(self) -> None:
        run = self.survey
        self.survey = None
        if run is not None and run.phase == "pre":
            self.agreed = list(run.agreed)
            self.briefing()
        else:
            self.thanks()

    # ------------------------------------------------------------------ the game
    def briefing(self) -> None:
        from rumours_game.ui.scenes.briefing import BriefingScene

        self.app.replace(BriefingScene(self.ctx))

    def play(self) -> None:
        """Start the engine session and enter the first room."""
        from rumours_game.ui.scenes.room import RoomScene

        self.ctx.session = Session(self.ctx.pack, getattr(self, "seed", 0))
        self.cards, self.game_over, self.pending = [], False, 0.0
        self.app.replace(RoomScene(self.ctx))

    def play_again(self) -> None:
        """After time ran out, the same team plays again at once: the game that ended stays recorded as
        it ended, and the new one is a session of its own, without the survey."""
        self.recorder.end(self.last_ending or "out_of_time")
        self.plan, self.survey, self.agreed = None, None, []
        seed = self.fixed_seed if self.fixed_seed is not None else random.SystemRandom().randrange(2**31)
        self.seed = seed
        self.recorder.start(self.ctx.pack, self.ctx.lang, seed, **self.labels)
        self.play()

    def open_puzzle(self, puzzle_id: str) -> None:
        from rumours_game.ui.scenes.puzzle import PuzzleScene

        self.app.push(PuzzleScene(self.ctx, puzzle_id))

    def tick(self, dt: float) -> None:
        """Game time passes while a room or puzzle is on screen; the engine hears about it every few seconds."""
        session = self.ctx.session
        if session is None or session.state.phase != "playing" or dt <= 0:
            return
        self.pending += dt
        left = self.clock().left
        if self.pending >= TICK_EVERY or (left is not None and left <= 0):
            self.ctx.dispatch(Tick(round(self.pending, 3)))

    def clock(self) -> Clock:
        """The engine's clock, counting the time not yet sent to the engine (no timer before a game)."""
        session = self.ctx.session
        if session is None:
            return Clock(None, 0.0)
        return clock(self.ctx.pack, session.state, self.pending)

    def _before_dispatch(self, action: Action) -> None:
        if isinstance(action, Tick):
            self.pending = 0.0
        elif self.pending > 0 and self.ctx.session is not None and self.ctx.state.phase == "playing":
            self.ctx.dispatch(Tick(round(self.pending, 3)))

    def _after_dispatch(self, action: Action, events: list[Event]) -> None:
        if self.ctx.session is not None:
            self.recorder.journal(self.ctx.session)
        for event in events:
            if event.kind == K.RUMOUR_BUSTED:
                self.cards.append(event.id)
                self.ctx.audio.play("busted")
            elif event.kind in (K.ESCAPED, K.TIME_UP):
                self.game_over = True
                self.ctx.audio.play("escaped" if event.kind == K.ESCAPED else "time_up")
            elif event.kind == K.PUZZLE_SOLVED:
                self.ctx.audio.play("solved")
            elif event.kind == K.WRONG_ANSWER:
                self.ctx.audio.play("wrong")
        self.app.later(self.advance)

    def advance(self) -> None:
        """Show the next pending fact card, or the ending once the game is over and no card is left."""
        from rumours_game.ui.scenes.factcard import FactCardScene

        if self.cards and not isinstance(self.app.top, FactCardScene):
            self.app.push(FactCardScene(self.ctx, self.cards.pop(0)))
        elif not self.cards and self.game_over and not isinstance(self.app.top, FactCardScene):
            self.ending()

    def ending(self) -> None:
        from rumours_game.ui.scenes.ending import EndingScene

        self.last_ending = self.ctx.state.phase
        self.app.reset(EndingScene(self.ctx))

    def debrief(self, index: int = 0) -> None:
        """The debrief card of rumour ``index``; after the last one, the survey after the game."""
        from rumours_game.ui.scenes.ending import DebriefScene

        if index < len(self.ctx.pack.rumours):
            self.app.replace(DebriefScene(self.ctx, index))
        elif (
            self.plan is not None
            and self.agreed
            and self.recorder.session_id is not None
            and self.recorder.sink is not None
        ):
            from rumours_game.ui.scenes.survey import AgainScene

            run = SurveyRun(
                self.plan, self.recorder.sink, self.recorder.session_id, "post", players=self.agreed
            )
            self.survey = run
            self.app.replace(AgainScene(self.ctx))
        else:
            self.thanks()

    def thanks(self) -> None:
        from rumours_game.ui.scenes.thanks import ThanksScene

        self.recorder.end(self.last_ending or "quit")
        self.app.replace(ThanksScene(self.ctx))

    # ------------------------------------------------------------------ the sink
    def call_facilitator_later(self) -> None:
        """A write could not be done yet (it waits in memory): tell the players once the input is handled."""
        self.app.later(self.call_facilitator)

    def call_facilitator(self) -> None:
        """Tell players that answers could not be saved yet and a grown-up should have a look."""
        from rumours_game.ui.scenes.dialog import DialogScene

        if not isinstance(self.app.top, DialogScene):
            self.app.push(
                DialogScene.notice(
                    self.ctx, self.ctx.t("error.facilitator_title"), self.ctx.t("error.facilitator")
                )
            )
