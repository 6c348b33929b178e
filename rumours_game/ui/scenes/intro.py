"""Intro: what the game is about and how many players share this screen."""

from __future__ import annotations

from rumours_game.ui.layout import row
from rumours_game.ui.scene import Scene

MAX_PLAYERS = 6


class IntroScene(Scene):
    name = "intro"
    uses_gui = True

    def layout(self) -> None:
        ctx = self.ctx
        self.write(
            ctx.tr(ctx.pack.title), ctx.rect(80, 40, 1120, 70), 40, bold=True, align="center", valign="center"
        )
        box = ctx.rect(140, 125, 1000, 250)
        self.panel(box)
        inner = box.inflate(-ctx.px(48), -ctx.px(36))
        self.scroll_text(
            inner, self.rich().add(ctx.t("intro.text"), 24).add(ctx.tr(ctx.pack.summary), 24), "text"
        )
        self.write(
            ctx.t("intro.players"),
            ctx.rect(80, 395, 1120, 60),
            30,
            bold=True,
            align="center",
            valign="center",
        )
        area = ctx.rect(190, 470, 900, 110)
        for rect, n in zip(row(area, MAX_PLAYERS, ctx.px(18)), range(1, MAX_PLAYERS + 1), strict=True):
            self.button(
                rect, str(n), lambda n=n: self.app.flow.players_chosen(n), size=44, key=f"players-{n}"
            )
        self.button(ctx.rect(40, 630, 220, 64), ctx.t("common.back"), self.back, kind="quiet", key="back")

    def default_focus(self):
        return self.buttons[0]

    def back(self) -> None:
        self.app.flow.start()

    def on_escape(self) -> bool:
        self.back()
        return True
