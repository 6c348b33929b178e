"""The facilitator menu: today's figures, export to a USB stick, pack and language, touch test, quit."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from rumours_game.kiosk.data import ExportResult, export_targets, export_with_checksums, summarize
from rumours_game.kiosk.overlay import write
from rumours_game.strings import language_name
from rumours_game.ui.context import UiContext
from rumours_game.ui.layout import grid
from rumours_game.ui.scene import Scene
from rumours_game.ui.scenes.dialog import Choice, DialogScene

if TYPE_CHECKING:
    from rumours_game.kiosk.game import Kiosk

MAX_TARGETS = 6


class FacilitatorScene(Scene):
    """The menu behind the PIN."""

    name = "kiosk-menu"

    def __init__(self, ctx: UiContext, kiosk: Kiosk) -> None:
        super().__init__(ctx)
        self.kiosk = kiosk

    def summary_lines(self) -> list[str]:
        """The figures shown: sessions today and in total, completion, players and mean change."""
        t = self.ctx.t
        s = summarize(self.kiosk.data_dir, self.kiosk.today())
        done = "–" if s.completion is None else f"{round(100 * s.completion)} %"
        change = "–" if s.mean_change is None else f"{s.mean_change:+.1f} %"
        kid = self.kiosk.kiosk_id
        kid = kid if len(kid) <= 16 else kid[:8]  # a random UUID is shown by its start
        lines = [
            t("kiosk.menu_sessions", today=s.today, total=s.total),
            t("kiosk.menu_completion", percent=done, escaped=s.escaped),
            t("kiosk.menu_players", players=s.players, paired=s.paired_players),
            t("kiosk.menu_change", change=change),
            t("kiosk.menu_kiosk", kiosk=kid, event=self.kiosk.config.event or "–"),
        ]
        if self.kiosk.config.pin is None:
            lines.append(t("kiosk.menu_no_pin"))
        return lines

    def layout(self) -> None:
        ctx, kiosk = self.ctx, self.kiosk
        self.write(ctx.t("kiosk.menu_title"), ctx.rect(60, 30, 1160, 60), 38, bold=True)
        self.panel(ctx.rect(60, 110, 560, 560))
        top = 130
        for line in self.summary_lines():
            self.write(line, ctx.rect(84, top, 512, 84), 22)
            top += 90
        packs = kiosk.packs
        entries = [
            ("export", ctx.t("kiosk.menu_export"), self.export, "primary"),
            ("pack", ctx.t("kiosk.menu_pack", pack=ctx.tr(kiosk.pack.title)), self.next_pack, "normal"),
            (
                "language",
                ctx.t("kiosk.menu_language", language=language_name(ctx.lang)),
                self.next_lang,
                "normal",
            ),
            ("touch", ctx.t("kiosk.menu_touch"), self.touch_test, "normal"),
            ("back", ctx.t("kiosk.menu_back"), self.back, "normal"),
            ("quit", ctx.t("kiosk.menu_quit"), self.confirm_quit, "normal"),
        ]
        cells = grid(ctx.rect(660, 110, 560, 560), len(entries), 1, ctx.px(14))
        for rect, (key, text, action, kind) in zip(cells, entries, strict=True):
            enabled = key != "pack" or len(packs) > 1
            self.button(rect, text, action, kind=kind, size=26, key=key, enabled=enabled)

    def default_focus(self):
        return self.buttons[0]

    def export(self) -> None:
        assert self.app is not None
        self.app.push(ExportScene(self.ctx, self.kiosk))

    def next_pack(self) -> None:
        self.kiosk.choose_pack(self.kiosk.pack_index + 1)
        self.kiosk.show_menu()

    def next_lang(self) -> None:
        langs = list(self.ctx.pack.languages)
        here = langs.index(self.ctx.lang) if self.ctx.lang in langs else -1
        self.kiosk.choose_language(langs[(here + 1) % len(langs)])

    def touch_test(self) -> None:
        from rumours_game.kiosk.touchtest import TouchTestScene

        assert self.app is not None
        self.app.push(TouchTestScene(self.ctx))

    def back(self) -> None:
        assert self.app is not None
        self.app.pop()

    def on_escape(self) -> bool:
        self.back()
        return True

    def confirm_quit(self) -> None:
        assert self.app is not None
        t = self.ctx.t
        self.app.push(
            DialogScene(
                self.ctx,
                t("kiosk.menu_quit"),
                t("kiosk.quit_confirm"),
                [
                    Choice("quit", t("kiosk.quit_yes"), self.kiosk.quit, "primary"),
                    Choice("stay", t("kiosk.cancel")),
                ],
                name="kiosk-quit",
            )
        )


class ExportScene(Scene):
    """Choose where to export: USB sticks found now and the configured folders."""

    name = "kiosk-export"

    def __init__(self, ctx: UiContext, kiosk: Kiosk) -> None:
        super().__init__(ctx)
        self.kiosk = kiosk
        self.targets: list[Path] = []

    def layout(self) -> None:
        ctx = self.ctx
        self.targets = export_targets(self.kiosk.config.export.folders)[:MAX_TARGETS]
        self.write(ctx.t("kiosk.export_title"), ctx.rect(60, 30, 1160, 60), 38, bold=True)
        if not self.targets:
            self.write(ctx.t("kiosk.export_none"), ctx.rect(60, 120, 1160, 120), 26)
        cells = grid(ctx.rect(60, 120, 1160, 440), MAX_TARGETS, 2, ctx.px(14))
        for i, (rect, target) in enumerate(zip(cells, self.targets, strict=False)):
            self.button(rect, str(target), partial(self.run, target), size=24, key=f"target-{i}")
        foot = grid(ctx.rect(60, 590, 1160, 90), 2, 2, ctx.px(20))
        self.button(foot[0], ctx.t("kiosk.export_again"), self.look_again, key="again")
        self.button(foot[1], ctx.t("kiosk.back"), self.back, key="back")

    def look_again(self) -> None:
        assert self.app is not None
        self.app.rebuild()
        self.app.changed()

    def back(self) -> None:
        assert self.app is not None
        self.app.pop()

    def on_escape(self) -> bool:
        self.back()
        return True

    def run(self, target: Path) -> None:
        """Export to ``target`` and say how it went (never a traceback on the screen)."""
        from rumours_game.store import DataError, StoreError

        assert self.app is not None
        t, kiosk = self.ctx.t, self.kiosk
        result: ExportResult | None = None
        try:
            result = export_with_checksums(
                kiosk.data_dir, target, kiosk.config.export.formats, kiosk.kiosk_id, kiosk.wall()
            )
        except (OSError, StoreError, DataError) as err:
            body = t("kiosk.export_failed", folder=str(target), reason=str(err))
        if result is not None and result.verified:
            body = t("kiosk.export_done", answers=result.answers, folder=str(result.folder))
        elif result is not None:
            body = t("kiosk.export_bad", folder=str(result.folder))
        self.app.push(DialogScene.notice(self.ctx, t("kiosk.export_title"), body, name="kiosk-exported"))

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        if self.targets:
            write(
                self.ctx,
                surface,
                self.ctx.t("kiosk.export_hint"),
                self.ctx.rect(60, 80, 1160, 36),
                20,
                self.ctx.theme.muted,
            )
