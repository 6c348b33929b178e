"""The ending (escaped or out of time, with the team's figures) and the debrief, one card per rumour."""

from __future__ import annotations

from rumours_game.engine import ending_for
from rumours_game.ui.scene import Scene
from rumours_game.ui.scenes.room import clock_text


class EndingScene(Scene):
    name = "ending"
    uses_gui = True

    def layout(self) -> None:
        ctx = self.ctx
        pal = ctx.theme
        pack = ctx.pack
        state = ctx.state
        ending = ending_for(pack, state)
        good = state.phase == "escaped"
        mark = "✓ " if good else "⚠ "
        title = ctx.tr(ending.title) if ending is not None else ctx.t("text.out_of_time.title")
        text = ctx.tr(ending.text) if ending is not None else ctx.t("text.out_of_time.text")
        self.write(
            mark + title,
            ctx.rect(80, 40, 1120, 90),
            56,
            bold=True,
            colour=pal.good if good else pal.bad,
            align="center",
            valign="center",
        )
        box = ctx.rect(140, 150, 1000, 230)
        self.panel(box)
        self.scroll_text(box.inflate(-ctx.px(48), -ctx.px(36)), self.rich().add(text, 26), "text")
        facts = [
            ctx.t("ending.time", time=clock_text(state.time_used)),
            ctx.t("ending.hints", n=sum(n for _, n in state.hints)),
            ctx.t("ending.busted", n=len(state.busted), total=len(pack.rumours)),
        ]
        stats = ctx.rect(140, 400, 1000, 150)
        self.panel(stats, 160)
        self.write(
            "\n".join(facts), stats.inflate(-ctx.px(48), -ctx.px(30)), 26, align="center", valign="center"
        )
        self.go = self.button(
            ctx.rect(390, 580, 500, 100),
            ctx.t("ending.continue"),
            self.next,
            kind="primary",
            size=30,
            key="continue",
        )

    def default_focus(self):
        return self.go

    def next(self) -> None:
        self.app.flow.debrief(0)


class DebriefScene(Scene):
    """What the team found out about one rumour: the rumour, whether they busted it, facts and debrief."""

    name = "debrief"
    uses_gui = True

    def __init__(self, ctx, index: int) -> None:
        super().__init__(ctx)
        self.index = index

    def layout(self) -> None:
        ctx = self.ctx
        pal = ctx.theme
        pack = ctx.pack
        rumour = pack.rumours[self.index]
        busted = rumour.id in ctx.state.busted
        self.write(ctx.t("debrief.title"), ctx.rect(40, 16, 900, 50), 34, bold=True, valign="center")
        self.write(
            ctx.t("debrief.count", n=self.index + 1, total=len(pack.rumours)),
            ctx.rect(940, 16, 300, 50),
            20,
            colour=pal.muted,
            align="right",
            valign="center",
        )
        box = ctx.rect(60, 76, 1160, 512)
        self.panel(box)
        status = ("✓ " + ctx.t("debrief.busted")) if busted else ("✗ " + ctx.t("debrief.not_busted"))
        rich = self.rich().add("“" + ctx.tr(rumour.statement) + "”", 28, pal.bad, bold=True, gap=False)
        rich.add(status, 22, pal.good if busted else pal.muted, bold=True)
        if rumour.debrief:
            rich.add(ctx.tr(rumour.debrief), 24)
        for f in rumour.facts:
            rich.add(f"• {ctx.tr(f.text)} ({f.source.publisher}, {f.source.year})", 24)
        self.scroll_text(box.inflate(-ctx.px(40), -ctx.px(30)), rich, "debrief")
        last = self.index + 1 >= len(pack.rumours)
        self.go = self.button(
            ctx.rect(440, 604, 400, 90),
            ctx.t("debrief.done" if last else "debrief.next"),
            self.next,
            kind="primary",
            size=30,
            key="next",
        )

    def default_focus(self):
        return self.go

    def next(self) -> None:
        self.app.flow.debrief(self.index + 1)
