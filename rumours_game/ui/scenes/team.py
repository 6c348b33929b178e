"""Team set-up: pick a team emblem and the screen options (large text, high contrast, sound)."""

from __future__ import annotations

from rumours_game.ui import draw as drawing
from rumours_game.ui.layout import grid, row
from rumours_game.ui.scene import Scene


class TeamScene(Scene):
    name = "team"

    def layout(self) -> None:
        ctx = self.ctx
        self.write(
            ctx.t("team.title"), ctx.rect(80, 30, 1120, 70), 44, bold=True, align="center", valign="center"
        )
        self.write(ctx.t("team.emblem"), ctx.rect(80, 110, 1120, 44), 26, align="center")
        chosen = ctx.team.setdefault("emblem", drawing.EMBLEMS[0])
        area = ctx.rect(100, 165, 1080, 200)
        for rect, kind in zip(grid(area, len(drawing.EMBLEMS), 3, ctx.px(18)), drawing.EMBLEMS, strict=True):
            icon = drawing.emblem(kind, 128, ctx.theme.accent if kind != chosen else ctx.theme.accent_text)
            self.button(
                rect,
                ctx.t(f"emblem.{kind}"),
                lambda k=kind: self.pick(k),
                size=24,
                icon=icon,
                selected=kind == chosen,
                key=f"emblem-{kind}",
            )
        self.write(ctx.t("team.options"), ctx.rect(80, 385, 1120, 44), 26, align="center")
        s = ctx.settings
        toggles = [
            ("large-text", ctx.t("team.large_text"), s.large_text, self.app.toggle_large_text),
            ("contrast", ctx.t("team.high_contrast"), s.high_contrast, self.app.toggle_contrast),
            ("sound", ctx.t("team.sound"), not s.muted, self.app.toggle_sound),
        ]
        for rect, (key, label, on, act) in zip(
            row(ctx.rect(100, 440, 1080, 90), 3, ctx.px(18)), toggles, strict=True
        ):
            state = ctx.t("common.on" if on else "common.off")
            self.button(rect, f"{label}: {state}", act, size=24, selected=on, key=key)
        self.go = self.button(
            ctx.rect(440, 580, 400, 96),
            ctx.t("common.continue"),
            self.app_next,
            kind="primary",
            size=32,
            key="continue",
        )

    def default_focus(self):
        return self.go

    def pick(self, kind: str) -> None:
        self.ctx.team["emblem"] = kind
        self.app.rebuild()

    def app_next(self) -> None:
        self.app.flow.briefing()
