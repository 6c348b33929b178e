"""The survey screens: pass the screen, consent, age band, one screen per statement, and "one last time".

They walk a :class:`rumours_game.survey.SurveyRun`, which writes to the response sink as players answer.
Every survey screen ignores presses for its first :data:`INPUT_GUARD` seconds (a double tap answers once)
and Enter only chooses where the keyboard focus outline is visible.
"""

from __future__ import annotations

from functools import partial

from rumours_game.survey import InvalidAnswer, SurveyRun, survey_text
from rumours_game.ui.context import UiContext
from rumours_game.ui.layout import grid, row
from rumours_game.ui.scene import Scene

INPUT_GUARD = 0.4
"""Seconds a new survey screen ignores presses: long enough to swallow a double tap or a bounce, short
enough that nobody waits for it."""


class SurveyScene(Scene):
    """Common frame: a phase heading and the player whose turn it is."""

    input_guard = INPUT_GUARD
    strict_focus = True

    def __init__(self, ctx: UiContext, run: SurveyRun, step) -> None:
        super().__init__(ctx)
        self.run, self.step = run, step

    def s(self, key: str, **values: object) -> str:
        """A survey text (pack override or the survey package's default) in the current language."""
        return survey_text(key, self.ctx.lang, self.ctx.pack, **values)

    def heading(self) -> None:
        ctx = self.ctx
        self.write(self.s(self.run.phase), ctx.rect(40, 24, 800, 44), 24, colour=ctx.theme.muted)
        self.write(
            self.s("player", n=self.step.player.number),
            ctx.rect(840, 24, 400, 44),
            24,
            bold=True,
            colour=ctx.theme.accent,
            align="right",
        )

    def next(self) -> None:
        self.app.flow.survey_next()


class PassScene(SurveyScene):
    name = "survey-pass"

    def layout(self) -> None:
        ctx = self.ctx
        self.heading()
        self.write(
            self.s("pass_screen", n=self.step.player.number),
            ctx.rect(100, 180, 1080, 200),
            52,
            bold=True,
            align="center",
            valign="center",
        )
        self.ready = self.button(
            ctx.rect(390, 430, 500, 110), self.s("ready"), self.go, kind="primary", size=34, key="ready"
        )

    def default_focus(self):
        return self.ready

    def go(self) -> None:
        self.run.ready()
        self.next()


class ConsentScene(SurveyScene):
    name = "survey-consent"
    uses_gui = True

    def layout(self) -> None:
        ctx = self.ctx
        self.heading()
        title = self.s("pass_screen", n=self.step.player.number) if self.step.handover else self.s("title")
        self.write(title, ctx.rect(80, 80, 1120, 60), 38, bold=True, align="center", valign="center")
        box = ctx.rect(120, 150, 1040, 330)
        self.panel(box)
        self.scroll_text(
            box.inflate(-ctx.px(48), -ctx.px(36)), self.rich().add(self.s("consent"), 24), "consent"
        )
        area = ctx.rect(120, 510, 1040, 120)
        yes, no = row(area, 2, ctx.px(30))
        # the same look for both answers: nothing nudges a minor towards yes
        self.agree = self.button(yes, self.s("agree"), lambda: self.choose(True), size=28, key="agree")
        self.decline = self.button(no, self.s("decline"), lambda: self.choose(False), size=28, key="decline")

    def choose(self, agree: bool) -> None:
        self.run.consent(agree)
        self.next()


class AgeScene(SurveyScene):
    name = "survey-age"

    def layout(self) -> None:
        ctx = self.ctx
        self.heading()
        self.write(
            self.s("age"), ctx.rect(80, 110, 1120, 100), 38, bold=True, align="center", valign="center"
        )
        bands = list(self.step.bands)
        area = ctx.rect(160, 240, 960, 240)
        for rect, band in zip(grid(area, len(bands), min(4, len(bands)), ctx.px(20)), bands, strict=True):
            self.button(rect, band, partial(self.choose, band), size=36, key=f"age-{band}")
        self.skip = self.button(
            ctx.rect(440, 530, 400, 90), self.s("skip"), lambda: self.choose(None), size=28, key="skip"
        )

    def choose(self, band: str | None) -> None:
        self.run.age_band(band)
        self.next()


class QuestionScene(SurveyScene):
    """One statement and its Likert scale as large buttons labelled with the anchors."""

    name = "survey-question"

    def layout(self) -> None:
        ctx = self.ctx
        self.heading()
        item = self.step.item
        self.write(
            ctx.t("survey.question", n=self.step.index, total=self.step.total),
            ctx.rect(40, 70, 1200, 40),
            22,
            colour=ctx.theme.muted,
            align="center",
        )
        box = ctx.rect(120, 120, 1040, 220)
        self.panel(box)
        self.write(
            ctx.tr(item.statement),
            box.inflate(-ctx.px(48), -ctx.px(36)),
            36,
            bold=True,
            align="center",
            valign="center",
        )
        self.write(ctx.t("survey.how_much"), ctx.rect(80, 360, 1120, 44), 24, align="center")
        points = item.scale.points
        area = ctx.rect(40, 420, 1200, 170)
        given = self.run.given
        self.values = []
        for rect, value in zip(row(area, points, ctx.px(12)), range(1, points + 1), strict=True):
            label = item.scale.anchors.get(value)
            text = f"{value}\n{ctx.tr(label)}" if label is not None else str(value)
            self.values.append(
                self.button(
                    rect,
                    text,
                    partial(self.choose, value),
                    size=24,
                    key=f"value-{value}",
                    selected=value == given,
                )
            )
        self.back = None
        if self.run.can_go_back:
            self.back = self.button(
                ctx.rect(40, 620, 260, 76), self.s("back"), self.go_back, size=26, key="back"
            )

    def default_focus(self):
        chosen = next((b for b in self.values if b.selected), None)
        return chosen or self.values[len(self.values) // 2]

    def go_back(self) -> None:
        """To the previous statement, to change that answer."""
        self.run.back()
        self.next()

    def choose(self, value: int) -> None:
        try:
            self.run.answer(value)  # a write that fails calls the facilitator (flow.call_facilitator_later)
        except InvalidAnswer:
            return
        self.next()


class AgainScene(Scene):
    """Before the survey after the game: the same statements once more, and why."""

    name = "survey-again"
    input_guard = INPUT_GUARD

    def s(self, key: str) -> str:
        return survey_text(key, self.ctx.lang, self.ctx.pack)

    def layout(self) -> None:
        ctx = self.ctx
        self.write(
            self.s("again_title"), ctx.rect(80, 120, 1120, 80), 48, bold=True, align="center", valign="center"
        )
        self.write(self.s("again"), ctx.rect(160, 230, 960, 200), 30, align="center", valign="center")
        self.go = self.button(
            ctx.rect(440, 480, 400, 100), self.s("again_go"), self.begin, kind="primary", size=34, key="go"
        )

    def default_focus(self):
        return self.go

    def begin(self) -> None:
        assert self.app is not None
        self.app.flow.survey_next()
