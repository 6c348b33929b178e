"""The pause menu: the game clock stops; sound, text size, contrast, and quitting to the title."""

from __future__ import annotations

import pygame

from rumours_game.ui.options import option_toggles
from rumours_game.ui.scene import Scene
from rumours_game.ui.scenes.dialog import Choice, DialogScene


class PauseScene(Scene):
    name = "pause"
    opaque = False

    def make_static(self) -> pygame.Surface:
        return self.shade_layer()

    def layout(self) -> None:
        ctx = self.ctx
        box = ctx.rect(340, 60, 600, 600)
        self.panel(box, 250)
        self.write(
            ctx.t("pause.title"),
            ctx.rect(360, 80, 560, 60),
            38,
            bold=True,
            align="center",
            valign="center",
        )

        assert self.app is not None
        toggles = [(key, text, act, "normal", on) for key, text, on, act in option_toggles(ctx, self.app)]
        entries = [
            ("resume", ctx.t("pause.resume"), self.resume, "primary", False),
            *toggles,
            ("quit", ctx.t("pause.quit"), self.quit, "normal", False),
        ]
        for i, (key, text, act, kind, on) in enumerate(entries):
            self.button(
                ctx.rect(400, 160 + i * 96, 480, 80), text, act, kind=kind, size=26, selected=on, key=key
            )

    def default_focus(self):
        return self.buttons[0]

    def resume(self) -> None:
        self.app.pop()

    def on_escape(self) -> bool:
        self.resume()
        return True

    def quit(self) -> None:
        ctx = self.ctx
        self.app.push(
            DialogScene(
                ctx,
                ctx.t("pause.quit"),
                ctx.t("pause.quit_confirm"),
                [
                    Choice("quit", ctx.t("pause.quit_yes"), self.app.flow.title, "primary"),
                    Choice("stay", ctx.t("pause.quit_no")),
                ],
                name="quit-confirm",
            )
        )
