"""Thanks: the end of a team's visit; back to the title after a while so the kiosk is ready for the next."""

from __future__ import annotations

from rumours_game.ui.scene import Scene

IDLE_RETURN = 90.0
"""Seconds before the thanks screen goes back to the title on its own."""


class ThanksScene(Scene):
    name = "thanks"

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.idle = 0.0

    def layout(self) -> None:
        ctx = self.ctx
        self.write(
            "♥", ctx.rect(80, 60, 1120, 110), 80, colour=ctx.theme.accent, align="center", valign="center"
        )
        self.write(
            ctx.t("thanks.title"), ctx.rect(80, 180, 1120, 90), 52, bold=True, align="center", valign="center"
        )
        self.write(ctx.t("thanks.text"), ctx.rect(180, 290, 920, 180), 26, align="center")
        self.again = self.button(
            ctx.rect(440, 520, 400, 100),
            ctx.t("thanks.again"),
            self.done,
            kind="primary",
            size=30,
            key="again",
        )

    def default_focus(self):
        return self.again

    def done(self) -> None:
        self.app.flow.title()

    def handle_event(self, event) -> bool:
        self.idle = 0.0
        return super().handle_event(event)

    def update(self, dt: float) -> bool:
        self.idle += dt
        if self.idle >= IDLE_RETURN:
            self.done()
            return True
        return False
