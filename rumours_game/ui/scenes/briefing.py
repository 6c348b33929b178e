"""Briefing: the mission (the first room's story), the clock and how to play in one scrolling text, and the
team's emblem (a default is chosen; tapping another one is optional)."""

from __future__ import annotations

from functools import partial

from rumours_game.ui import draw as drawing
from rumours_game.ui.layout import row
from rumours_game.ui.scene import Scene


class BriefingScene(Scene):
    name = "briefing"
    uses_gui = True

    def layout(self) -> None:
        ctx = self.ctx
        pack = ctx.pack
        self.write(
            ctx.t("briefing.title"),
            ctx.rect(80, 16, 1120, 64),
            44,
            bold=True,
            align="center",
            valign="center",
        )
        box = ctx.rect(100, 88, 1080, 320)
        self.panel(box)
        room = pack.room(pack.first_room)
        story = ctx.tr(room.description) or ctx.tr(pack.summary)
        if pack.timer is not None:
            clock = ctx.t("briefing.timer", minutes=f"{pack.timer.minutes:g}")
        else:
            clock = ctx.t("briefing.no_timer")
        rich = self.rich().add(story, 26).add(clock, 26, bold=True)
        rich.add(ctx.t("briefing.how"), 22, ctx.theme.muted)
        self.scroll_text(box.inflate(-ctx.px(48), -ctx.px(32)), rich, "story")
        self.write(ctx.t("team.emblem"), ctx.rect(80, 418, 1120, 40), 24, align="center")
        chosen = ctx.team.setdefault("emblem", drawing.EMBLEMS[0])
        names = [ctx.t(f"emblem.{kind}") for kind in drawing.EMBLEMS]
        need = max(self.label_width(word, 20) for name in names for word in name.split())
        area = ctx.rect(100, 462, 1080, 112)  # wider (up to the stage's edges) when a name needs it
        area.inflate_ip(max(0, min(ctx.px(160), len(names) * need + 5 * ctx.px(14) - area.w)), 0)
        for rect, kind in zip(row(area, len(drawing.EMBLEMS), ctx.px(14)), drawing.EMBLEMS, strict=True):
            icon = drawing.emblem(kind, 128, ctx.theme.accent if kind != chosen else ctx.theme.accent_text)
            self.button(
                rect,
                ctx.t(f"emblem.{kind}"),
                partial(self.pick, kind),
                size=20,
                icon=icon,
                selected=kind == chosen,
                key=f"emblem-{kind}",
            )
        self.go = self.button(
            ctx.rect(440, 594, 400, 100),
            ctx.t("briefing.go"),
            self.app_next,
            kind="primary",
            size=32,
            key="go",
        )

    def default_focus(self):
        return self.go

    def pick(self, kind: str) -> None:
        """Choose the team's emblem (shown in the room's top bar and on the ending)."""
        self.ctx.team["emblem"] = kind
        assert self.app is not None
        self.app.rebuild()

    def app_next(self) -> None:
        assert self.app is not None
        self.app.flow.play()
