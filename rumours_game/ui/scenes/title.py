"""The title screen, where a team starts: the game and the pack (a choice of game when the app offers several
packs), the language, the screen options, and how many players share the screen (choosing that starts the
game)."""

from __future__ import annotations

from functools import partial

import pygame

from rumours_game import strings
from rumours_game.survey.plan import MAX_PLAYERS
from rumours_game.ui.layout import grid, row
from rumours_game.ui.options import option_toggles
from rumours_game.ui.scene import Scene


class TitleScene(Scene):
    """Shown between teams. Everything before the survey is on this one screen: one tap starts."""

    name = "title"

    def layout(self) -> None:
        """Top to bottom, each block as tall as its words need at this text size (the team-size buttons take
        what is left, at least a finger high)."""
        ctx = self.ctx
        pal = ctx.theme
        assert self.app is not None
        stage, gap = ctx.stage, ctx.px(6)
        wide, narrow = ctx.px(1120), ctx.px(1000)
        toggles = option_toggles(ctx, self.app)
        toggle_w = (narrow - 2 * ctx.px(18)) // 3
        labels = [("✓ " if on else "") + label for _, label, on, _ in toggles]
        need = max(self.text_height(t, toggle_w - ctx.px(24), 22, True) for t in labels)
        toggle_h = max(
            ctx.px(64), need + ctx.px(18)
        )  # a label box is 12 px less than its button (16 pressed)
        langs = ctx.pack.languages
        each = max(ctx.px(210), *(self.label_width("✓ " + strings.language_name(la), 24) for la in langs))
        lang_rows = 1 if each * len(langs) <= wide else 2  # two rows rather than smaller names
        per_row = -(-len(langs) // lang_rows)
        summary = ctx.tr(ctx.pack.summary)
        how = ctx.t("title.how")
        heights = {
            "title": max(ctx.px(76), self.text_height(ctx.t("app.title"), wide, 56, True)),
            "tagline": max(ctx.px(40), self.text_height(ctx.t("title.tagline"), wide, 24)),
            "pack": ctx.px(56) if self._offers_games() else ctx.px(48),
            "summary": max(ctx.px(78), self.text_height(summary, narrow, 20)),
            "langs": (ctx.px(76) * lang_rows - ctx.px(14)) if len(langs) > 1 else 0,
            "players_q": max(ctx.px(48), self.text_height(ctx.t("intro.players"), wide, 28, True)),
            "toggles": toggle_h,
            "how": max(ctx.px(60), self.text_height(how, ctx.px(1080), 20)),
        }
        used = sum(heights.values()) + gap * (len(heights) + 1) + ctx.px(22)
        players_h = max(ctx.px(72), min(ctx.px(104), stage.h - used))
        y = stage.y + ctx.px(10)

        def take(name: str, height: int | None = None) -> int:
            nonlocal y
            top = y
            y += (heights[name] if height is None else height) + gap
            return top

        def box(width: int, top: int, height: int) -> pygame.Rect:
            return pygame.Rect(stage.centerx - width // 2, top, width, height)

        top = take("title")
        self.write(
            ctx.t("app.title"),
            box(wide, top, heights["title"]),
            56,
            bold=True,
            colour=pal.accent,
            align="center",
        )
        top = take("tagline")
        self.write(ctx.t("title.tagline"), box(wide, top, heights["tagline"]), 24, align="center")
        self.game = None
        top = take("pack")
        if self._offers_games():
            label = ctx.t(
                "title.game",
                title=ctx.tr(ctx.pack.title),
                n=self.app.pack_index + 1,
                total=len(self.app.packs),
            )
            self.game = self.button(
                box(ctx.px(960), top, heights["pack"]), label, self.next_game, size=26, key="game"
            )
        else:
            self.write(ctx.tr(ctx.pack.title), box(wide, top, heights["pack"]), 30, bold=True, align="center")
        top = take("summary")
        self.write(summary, box(narrow, top, heights["summary"]), 20, colour=pal.muted, align="center")
        if len(langs) > 1:
            top = take("langs")
            width = min(wide, each * per_row)
            cells = grid(box(width, top, heights["langs"]), len(langs), per_row, ctx.px(14))
            for rect, lang in zip(cells, langs, strict=True):
                self.button(
                    rect,
                    strings.language_name(lang),
                    partial(self.choose_language, lang),
                    size=24,
                    selected=lang == ctx.lang,
                    key=f"lang-{lang}",
                )
        top = take("players_q")
        self.write(
            ctx.t("intro.players"), box(wide, top, heights["players_q"]), 28, bold=True, align="center"
        )
        self.players = []
        top = y
        y += players_h + gap + ctx.px(12)
        area = box(ctx.px(900), top, players_h)
        for rect, n in zip(row(area, MAX_PLAYERS, ctx.px(18)), range(1, MAX_PLAYERS + 1), strict=True):
            self.players.append(
                self.button(rect, str(n), partial(self.start, n), kind="primary", size=44, key=f"players-{n}")
            )
        top = take("toggles")
        for rect, (key, label, on, act) in zip(
            row(box(narrow, top, toggle_h), 3, ctx.px(18)), toggles, strict=True
        ):
            self.button(rect, label, act, size=22, selected=on, key=key)
        top = take("how")
        self.write(how, box(ctx.px(1080), top, heights["how"]), 20, colour=pal.muted, align="center")

    def _offers_games(self) -> bool:
        """True when the title offers a choice of game (several packs, and the app lets players choose)."""
        assert self.app is not None
        return len(self.app.packs) > 1 and self.app.flow.choose_game

    def focus_order(self) -> list:
        """The team sizes first (the one thing to do here), then the game, the languages and options."""
        return [*self.players, *(b for b in self.buttons if b not in self.players)]

    def default_focus(self):
        return self.players[0]

    def next_game(self) -> None:
        """The app's next pack (round to the first after the last): its title, summary and languages."""
        assert self.app is not None
        self.app.choose_pack(self.app.pack_index + 1)
        self.app.rebuild()

    def choose_language(self, lang: str) -> None:
        assert self.app is not None
        self.app.flow.language_chosen(lang)

    def start(self, players: int) -> None:
        assert self.app is not None
        self.app.flow.players_chosen(players)
