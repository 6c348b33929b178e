"""The title (attract) screen: the game's name, the pack, and one big start button."""

from __future__ import annotations

import pygame

from rumours_game.ui.scene import Scene


class TitleScene(Scene):
    """Shown between teams; touch anywhere or press Enter to start."""

    name = "title"

    def layout(self) -> None:
        ctx = self.ctx
        self.write(
            ctx.t("app.title"),
            ctx.rect(80, 90, 1120, 110),
            72,
            bold=True,
            colour=ctx.theme.accent,
            align="center",
            valign="center",
        )
        self.write(ctx.t("title.tagline"), ctx.rect(80, 205, 1120, 50), 30, align="center")
        self.write(
            ctx.tr(ctx.pack.title),
            ctx.rect(140, 280, 1000, 60),
            32,
            bold=True,
            align="center",
            valign="center",
        )
        self.write(
            ctx.tr(ctx.pack.summary), ctx.rect(180, 345, 920, 110), 22, colour=ctx.theme.muted, align="center"
        )
        self.start = self.button(
            ctx.rect(440, 480, 400, 100),
            ctx.t("title.start"),
            self.begin,
            kind="primary",
            size=36,
            key="start",
        )
        self.write(
            ctx.t("title.how"), ctx.rect(140, 610, 1000, 70), 18, colour=ctx.theme.muted, align="center"
        )

    def default_focus(self):
        return self.start

    def begin(self) -> None:
        assert self.app is not None
        self.app.flow.start()

    def handle_event(self, event: pygame.event.Event) -> bool:
        if super().handle_event(event):
            return True
        if event.type == pygame.MOUSEBUTTONUP and event.button == 1:
            self.begin()  # attract screen: a tap anywhere starts
            return True
        return False
