"""Briefing: the mission (the first room's story), the clock, and how to play, in one scrolling text."""

from __future__ import annotations

from rumours_game.ui.scene import Scene


class BriefingScene(Scene):
    name = "briefing"
    uses_gui = True

    def layout(self) -> None:
        ctx = self.ctx
        pack = ctx.pack
        self.write(
            ctx.t("briefing.title"),
            ctx.rect(80, 30, 1120, 70),
            44,
            bold=True,
            align="center",
            valign="center",
        )
        box = ctx.rect(100, 115, 1080, 440)
        self.panel(box)
        room = pack.room(pack.first_room)
        story = ctx.tr(room.description) or ctx.tr(pack.summary)
        if pack.timer is not None:
            clock = ctx.t("briefing.timer", minutes=f"{pack.timer.minutes:g}")
        else:
            clock = ctx.t("briefing.no_timer")
        rich = self.rich().add(story, 26).add(clock, 26, bold=True)
        rich.add(ctx.t("briefing.how"), 22, ctx.theme.muted)
        self.scroll_text(box.inflate(-ctx.px(48), -ctx.px(36)), rich, "story")
        self.go = self.button(
            ctx.rect(440, 585, 400, 96),
            ctx.t("briefing.go"),
            self.app_next,
            kind="primary",
            size=32,
            key="go",
        )

    def default_focus(self):
        return self.go

    def app_next(self) -> None:
        self.app.flow.play()
