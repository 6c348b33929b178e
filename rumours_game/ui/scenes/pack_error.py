"""Shown when reloading the pack (F5) finds errors: each problem in plain words with its file and line."""

from __future__ import annotations

from rumours_game.ui.scene import Scene

MAX_SHOWN = 8


class PackErrorScene(Scene):
    """The pack has errors: list them; F5 tries again once the files are fixed."""

    name = "pack-error"

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
        lines = [
            ctx.t("error.where", file=p.file or "pack", line=p.line, message=p.message)
            for p in self.problems[:MAX_SHOWN]
        ]
        if len(self.problems) > MAX_SHOWN:
            lines.append(ctx.t("error.more", n=len(self.problems) - MAX_SHOWN))
        self.write("\n".join("• " + line for line in lines), box.inflate(-ctx.px(40), -ctx.px(30)), 20)
        self.button(
            ctx.rect(40, 620, 400, 80), ctx.t("error.retry"), self.retry, kind="primary", size=24, key="retry"
        )
        self.button(
            ctx.rect(840, 620, 400, 80), ctx.t("pause.quit"), self.app.flow.title, size=24, key="title"
        )

    def retry(self) -> None:
        if self.app.reloader is not None:
            self.app.reloader(self.app)
