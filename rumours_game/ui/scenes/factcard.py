"""The "rumour busted" card: the rumour, the fact that busts it, what it does not say, and its source."""

from __future__ import annotations

import pygame

from rumours_game.ui.scene import Scene
from rumours_game.ui.text import render_line


def source_line(ctx, source) -> str:
    """A fact's source in one readable line."""
    text = ctx.t("fact.source", publisher=source.publisher, title=source.title, year=source.year)
    return f"{text} {source.url}" if source.url else text


class FactCardScene(Scene):
    """Shown over the game each time a rumour is busted; the game clock waits while it is read."""

    name = "fact-card"
    opaque = False
    uses_gui = True

    def __init__(self, ctx, rumour_id: str) -> None:
        super().__init__(ctx)
        self.rumour_id = rumour_id
        self.page = 0

    def make_static(self) -> pygame.Surface:
        return self.shade_layer()

    def layout(self) -> None:
        ctx = self.ctx
        pal = ctx.theme
        rumour = ctx.pack.rumour(self.rumour_id)
        facts = rumour.facts
        fact = facts[self.page]
        card = ctx.rect(90, 24, 1100, 672)
        self.panel(card, 250)
        x, w = card.x + ctx.px(40), card.w - ctx.px(80)
        y = card.y + ctx.px(20)
        stamp = render_line(ctx, "✓ " + ctx.t("fact.title"), ctx.font_px(40), pal.good, bold=True)
        self.blit(stamp, stamp.get_rect(midtop=(card.centerx, y)))
        y += stamp.get_height() + ctx.px(10)
        heading = ctx.t("fact.fact")
        if len(facts) > 1:
            heading += "  ·  " + ctx.t("fact.page", n=self.page + 1, total=len(facts))
        rich = self.rich().add(ctx.t("fact.rumour"), 18, pal.muted, bold=True, gap=False)
        rich.add("“" + ctx.tr(rumour.statement) + "”", 26, pal.bad, bold=True)
        rich.add(heading, 18, pal.muted, bold=True, gap=False)
        rich.add(ctx.tr(fact.text), 26)
        if fact.nuance is not None:
            rich.add(ctx.t("fact.nuance", text=ctx.tr(fact.nuance)), 26)
        rich.add(source_line(ctx, fact.source), 18, pal.accent)
        buttons_top = card.bottom - ctx.px(104)
        self.scroll_text(pygame.Rect(x, y, w, buttons_top - y), rich, "fact")
        last = self.page + 1 >= len(facts)
        label = ctx.t("common.continue") if last else ctx.t("fact.next")
        self.ok = self.button(
            pygame.Rect(card.centerx - ctx.px(180), buttons_top + ctx.px(12), ctx.px(360), ctx.px(80)),
            label,
            self.done if last else self.next_page,
            kind="primary",
            size=28,
            key="continue" if last else "next",
        )
        if self.page > 0:
            self.button(
                pygame.Rect(x, buttons_top + ctx.px(22), ctx.px(220), ctx.px(64)),
                ctx.t("common.back"),
                self.previous_page,
                kind="quiet",
                size=22,
                key="previous",
            )

    def default_focus(self):
        return self.ok

    def next_page(self) -> None:
        self.page += 1
        self.build(self.manager)
        self.app.changed()

    def previous_page(self) -> None:
        self.page -= 1
        self.build(self.manager)
        self.app.changed()

    def done(self) -> None:
        self.app.pop()
        self.app.flow.advance()

    def on_escape(self) -> bool:
        self.done()
        return True
