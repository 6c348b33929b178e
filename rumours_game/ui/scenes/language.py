"""Language choice: one large button per pack language, each named in its own language."""

from __future__ import annotations

from rumours_game import strings
from rumours_game.ui.layout import grid
from rumours_game.ui.scene import Scene


class LanguageScene(Scene):
    name = "language"

    def layout(self) -> None:
        ctx = self.ctx
        self.write(
            ctx.t("lang.title"), ctx.rect(80, 60, 1120, 80), 44, bold=True, align="center", valign="center"
        )
        langs = ctx.pack.languages
        columns = 2 if len(langs) <= 4 else 3
        area = ctx.rect(200, 180, 880, min(440, 130 * -(-len(langs) // columns)))
        for rect, lang in zip(grid(area, len(langs), columns, ctx.px(24)), langs, strict=True):
            self.button(
                rect,
                strings.language_name(lang),
                lambda lang=lang: self.choose(lang),
                size=32,
                selected=lang == ctx.lang,
                key=f"lang-{lang}",
            )
        self.button(ctx.rect(40, 630, 220, 64), ctx.t("common.back"), self.back, kind="quiet", key="back")

    def default_focus(self):
        return next((b for b in self.buttons if b.selected), None)

    def choose(self, lang: str) -> None:
        self.app.flow.language_chosen(lang)

    def back(self) -> None:
        self.app.flow.title()

    def on_escape(self) -> bool:
        self.back()
        return True
