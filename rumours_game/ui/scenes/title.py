"""The title screen, where a team starts: the game and the pack (a choice of game when the app offers several
packs), the language, the screen options, and how many players share the screen (choosing that starts the
game)."""

from __future__ import annotations

from functools import partial

from rumours_game import strings
from rumours_game.survey.plan import MAX_PLAYERS
from rumours_game.ui.layout import row
from rumours_game.ui.options import option_toggles
from rumours_game.ui.scene import Scene


class TitleScene(Scene):
    """Shown between teams. Everything before the survey is on this one screen: one tap starts."""

    name = "title"

    def layout(self) -> None:
        ctx = self.ctx
        pal = ctx.theme
        self.write(
            ctx.t("app.title"), ctx.rect(80, 16, 1120, 76), 56, bold=True, colour=pal.accent, align="center"
        )
        self.write(ctx.t("title.tagline"), ctx.rect(80, 92, 1120, 40), 24, align="center")
        assert self.app is not None
        packs = self.app.packs
        self.game = None
        if len(packs) > 1 and self.app.flow.choose_game:
            label = ctx.t(
                "title.game", title=ctx.tr(ctx.pack.title), n=self.app.pack_index + 1, total=len(packs)
            )
            self.game = self.button(ctx.rect(160, 134, 960, 56), label, self.next_game, size=26, key="game")
        else:
            self.write(ctx.tr(ctx.pack.title), ctx.rect(80, 140, 1120, 48), 30, bold=True, align="center")
        self.write(
            ctx.tr(ctx.pack.summary), ctx.rect(140, 190, 1000, 78), 20, colour=pal.muted, align="center"
        )
        langs = ctx.pack.languages
        if len(langs) > 1:
            width = min(1120, 210 * len(langs))
            area = ctx.rect(640 - width / 2, 276, width, 62)
            for rect, lang in zip(row(area, len(langs), ctx.px(14)), langs, strict=True):
                self.button(
                    rect,
                    strings.language_name(lang),
                    partial(self.choose_language, lang),
                    size=24,
                    selected=lang == ctx.lang,
                    key=f"lang-{lang}",
                )
        self.write(ctx.t("intro.players"), ctx.rect(80, 352, 1120, 48), 28, bold=True, align="center")
        self.players = []
        area = ctx.rect(190, 406, 900, 104)
        for rect, n in zip(row(area, MAX_PLAYERS, ctx.px(18)), range(1, MAX_PLAYERS + 1), strict=True):
            self.players.append(
                self.button(rect, str(n), partial(self.start, n), kind="primary", size=44, key=f"players-{n}")
            )
        for rect, (key, label, on, act) in zip(
            row(ctx.rect(140, 534, 1000, 64), 3, ctx.px(18)), option_toggles(ctx, self.app), strict=True
        ):
            self.button(rect, label, act, size=22, selected=on, key=key)
        self.write(ctx.t("title.how"), ctx.rect(100, 616, 1080, 90), 20, colour=pal.muted, align="center")

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
