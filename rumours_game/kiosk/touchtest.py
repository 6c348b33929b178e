"""Testing the touch screen: five targets (the corners and the centre) turn green when touched, and
every touch leaves a dot where the game felt it, so a misaligned or dead area shows at once."""

from __future__ import annotations

import pygame

from rumours_game.kiosk.overlay import write
from rumours_game.ui.scene import Scene

TARGETS = ((60, 60), (1220, 60), (640, 360), (60, 660), (1220, 660))
"""Target centres on the logical 1280x720 stage."""
RADIUS = 44
MAX_DOTS = 200


class TouchTestScene(Scene):
    """Touch every target; the Done button goes back to the menu."""

    name = "kiosk-touch"

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.hit: set[int] = set()
        self.dots: list[tuple[int, int]] = []

    def layout(self) -> None:
        ctx = self.ctx
        self.done_button = self.button(
            ctx.rect(540, 560, 200, 70), ctx.t("kiosk.touch_done"), self.done, key="done"
        )

    def centres(self) -> list[tuple[int, int]]:
        return [self.ctx.rect(x, y, 0, 0).topleft for x, y in TARGETS]

    def done(self) -> None:
        assert self.app is not None
        self.app.pop()

    def on_escape(self) -> bool:
        self.done()
        return True

    def handle_event(self, event: pygame.event.Event) -> bool:
        if super().handle_event(event):
            return True
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            self.dots = [*self.dots[-MAX_DOTS + 1 :], event.pos]
            reach = self.ctx.px(RADIUS)
            for i, (x, y) in enumerate(self.centres()):
                if (event.pos[0] - x) ** 2 + (event.pos[1] - y) ** 2 <= reach * reach:
                    self.hit.add(i)
            return True
        return False

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        ctx, theme = self.ctx, self.ctx.theme
        for i, centre in enumerate(self.centres()):
            colour = theme.good if i in self.hit else theme.accent
            pygame.draw.circle(surface, colour, centre, ctx.px(RADIUS), 0 if i in self.hit else ctx.px(4))
            if i in self.hit:
                write(
                    ctx,
                    surface,
                    "✓",
                    pygame.Rect(0, 0, 2 * ctx.px(RADIUS), 2 * ctx.px(RADIUS)).move(
                        centre[0] - ctx.px(RADIUS), centre[1] - ctx.px(RADIUS)
                    ),
                    40,
                    theme.accent_text,
                    True,
                )
        for dot in self.dots:
            pygame.draw.circle(surface, theme.text, dot, ctx.px(6))
        text = ctx.t("kiosk.touch_text", hit=len(self.hit), total=len(TARGETS))
        write(ctx, surface, text, ctx.rect(240, 200, 800, 100), 28, theme.text, True)
