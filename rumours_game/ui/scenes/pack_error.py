"""Shown when reloading the pack (F5) finds errors: each problem in plain words with its file and line."""

from __future__ import annotations

from rumours_game.ui.scene import Scene


class PackErrorScene(Scene):
    """The pack has errors: list them all (the list scrolls); F5 tries again once the files are fixed."""

    name = "pack-error"
    uses_gui = True

    def __init__(self, ctx, problems: list) -> None:
        super().__init__(ctx)
        self.problems = [p for p in problems if p.severity == "error"] or list(problems)

    def layout(self) -> None:
        ctx = self.ctx
        pal = ctx.theme
        self.write(
            "⚠ " + ctx.t("error.pack_title"),
            ctx.rect(40, 24, 1200, 60),
            36,
            bold=True,
            colour=pal.bad,
            valign="center",
        )
        self.write(ctx.t("error.pack_intro"), ctx.rect(40, 90, 1200, 40), 22)
        box = ctx.rect(40, 140, 1200, 460)
        self.panel(box)
        rich = self.rich()
        for p in self.problems:
            rich.add(
                "• " + ctx.t("error.where", file=p.file or "pack", line=p.line, message=p.message),
                20,
                gap=False,
            )
        self.list = self.scroll_text(box.inflate(-ctx.px(40), -ctx.px(30)), rich, "problems")
        self.retry_button = self.button(
            ctx.rect(40, 620, 400, 80), ctx.t("error.retry"), self.retry, kind="primary", size=24, key="retry"
        )
        self.button(
            ctx.rect(840, 620, 400, 80), ctx.t("pause.quit"), self.app.flow.title, size=24, key="title"
        )

    def default_focus(self):
        return self.retry_button

    def retry(self) -> None:
        self.app.reload()
