"""The ending (escaped or out of time, with the team's figures) and the debrief, one card per rumour."""

from __future__ import annotations

import random

import pygame

from rumours_game.engine import ending_for
from rumours_game.engine.score import MAX_STARS, score
from rumours_game.ui import draw as drawing
from rumours_game.ui.context import UiContext
from rumours_game.ui.layout import row
from rumours_game.ui.scene import Scene
from rumours_game.ui.scenes.room_clock import clock_text
from rumours_game.ui.text import render_line


class EndingScene(Scene):
    """The team's ending: title, stars, the ending text, time used and left, hints and wrong answers, the
    team emblem, confetti when they escaped, and Play again after time ran out."""

    name = "ending"
    uses_gui = True

    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        self.confetti = Confetti(ctx.state.seed) if ctx.state.phase == "escaped" else None

    def layout(self) -> None:
        ctx = self.ctx
        pal = ctx.theme
        pack = ctx.pack
        state = ctx.state
        result = score(pack, state)
        ending = ending_for(pack, state)
        good = state.phase == "escaped"
        title = ctx.tr(ending.title) if ending is not None else ctx.t("text.out_of_time.title")
        text = ctx.tr(ending.text) if ending is not None else ctx.t("text.out_of_time.text")
        emblem = drawing.emblem(ctx.team.get("emblem", drawing.EMBLEMS[0]), ctx.px(96), pal.accent)
        self.canvas.blit(emblem, ctx.rect(60, 20, 96, 96))
        self.write(
            ("✓ " if good else "⚠ ") + title,
            ctx.rect(170, 16, 940, 80),
            52,
            bold=True,
            colour=pal.good if good else pal.bad,
            align="center",
            valign="center",
        )
        self._stars(result.stars, ctx.rect(170, 96, 940, 56))
        box = ctx.rect(140, 160, 1000, 170)
        self.panel(box)
        self.scroll_text(box.inflate(-ctx.px(40), -ctx.px(28)), self.rich().add(text, 24), "text")
        left = clock_text(result.time_left) if result.time_left is not None else "—"
        facts = [
            (
                ctx.t("ending.time_used", time=clock_text(result.time_used)),
                ctx.t("ending.time_left", time=left),
            ),
            (ctx.t("ending.hints", n=result.hints), ctx.t("ending.wrong", n=result.wrong)),
        ]
        stats = ctx.rect(140, 344, 1000, 190)
        self.panel(stats, 160)
        for row_i, pair in enumerate(facts):
            for col, fact in enumerate(pair):
                cell = ctx.rect(170 + col * 480, 360 + row_i * 54, 460, 50)
                self.write(fact, cell, 28, bold=row_i == 0, align="center", valign="center")
        busted = ctx.t("ending.busted", n=result.busted, total=len(pack.rumours))
        self.write(busted, ctx.rect(170, 470, 940, 50), 28, align="center", valign="center")
        buttons = [("continue", ctx.t("ending.continue"), self.next)]
        if state.phase == "out_of_time":
            buttons.insert(0, ("again", ctx.t("ending.play_again"), self.play_again))
        area = ctx.rect(240 if len(buttons) == 2 else 390, 560, 800 if len(buttons) == 2 else 500, 110)
        rects = row(area, len(buttons), ctx.px(24))
        made = [
            self.button(r, label, act, kind="primary" if i == 0 else "normal", size=30, key=key)
            for i, (r, (key, label, act)) in enumerate(zip(rects, buttons, strict=True))
        ]
        self.go = made[-1]
        self.again = made[0] if len(made) == 2 else None

    def _stars(self, stars: int, rect: pygame.Rect) -> None:
        """Earned stars filled, the others as outlines, and the count in words (never colour alone)."""
        ctx = self.ctx
        marks = "★" * stars + "☆" * (MAX_STARS - stars)
        image = render_line(ctx, marks, ctx.font_px(44), ctx.theme.accent, bold=True)
        words = render_line(
            ctx, ctx.t("ending.stars", n=stars, total=MAX_STARS), ctx.font_px(24), ctx.theme.text, bold=True
        )
        gap = ctx.px(18)
        x = rect.centerx - (image.get_width() + gap + words.get_width()) // 2
        self.canvas.blit(image, image.get_rect(midleft=(x, rect.centery)))
        self.canvas.blit(words, words.get_rect(midleft=(x + image.get_width() + gap, rect.centery)))

    def default_focus(self):
        return self.go

    def next(self) -> None:
        self.app.flow.debrief(0)

    def play_again(self) -> None:
        """Time ran out: the same team tries again, straight into the room."""
        self.app.flow.play_again()

    def update(self, dt: float) -> bool:
        return self.confetti is not None and self.confetti.update(dt)

    def draw_over(self, surface: pygame.Surface) -> None:
        if self.confetti is not None:
            self.confetti.draw(surface, self.ctx.screen_rect)
        super().draw_over(surface)


class Confetti:
    """A few seconds of falling confetti (seeded, so the same game celebrates the same way)."""

    SECONDS = 4.0
    COLOURS = ((245, 190, 60), (90, 200, 120), (90, 160, 240), (235, 90, 110), (240, 240, 240))

    def __init__(self, seed: int, count: int = 90) -> None:
        rng = random.Random(seed)
        self.age = 0.0
        self.bits = [
            (rng.random(), -rng.random() * 0.6, 0.25 + rng.random() * 0.35, rng.uniform(-0.05, 0.05), i % 5)
            for i in range(count)
        ]

    def update(self, dt: float) -> bool:
        """Advance; True while it is still falling (the screen needs redrawing)."""
        if self.age >= self.SECONDS:
            return False
        self.age = min(self.SECONDS, self.age + dt)
        return True

    def draw(self, surface: pygame.Surface, area: pygame.Rect) -> None:
        if self.age >= self.SECONDS:
            return
        size = max(4, area.h // 90)
        for x, y, speed, drift, colour in self.bits:
            px = area.x + (x + drift * self.age) % 1.0 * area.w
            py = area.y + (y + speed * self.age) * area.h
            if area.y <= py <= area.bottom:
                pygame.draw.rect(surface, self.COLOURS[colour], (px, py, size, size * 2 // 3))


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
