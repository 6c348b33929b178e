"""A dialog over the current screen: a title, a text and a few large buttons (Escape picks the last)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

import pygame

from rumours_game.ui.context import UiContext
from rumours_game.ui.layout import row
from rumours_game.ui.scene import Scene


@dataclass(frozen=True)
class Choice:
    """A dialog button: its text, what it does (after the dialog closes), and its look."""

    key: str
    text: str
    then: Callable[[], None] | None = None
    kind: str = "normal"


class DialogScene(Scene):
    """A modal dialog; every button closes it, then runs its ``then``."""

    name = "dialog"
    opaque = False

    def __init__(
        self, ctx: UiContext, title: str, body: str, choices: list[Choice], name: str = "dialog"
    ) -> None:
        super().__init__(ctx)
        self.title, self.body, self.choices = title, body, choices
        self.name = name

    @classmethod
    def notice(cls, ctx: UiContext, title: str, body: str, name: str = "notice") -> DialogScene:
        """A dialog with one OK button."""
        return cls(ctx, title, body, [Choice("ok", ctx.t("common.ok"), None, "primary")], name)

    def make_static(self) -> pygame.Surface:
        return self.shade_layer()

    def layout(self) -> None:
        ctx = self.ctx
        box = ctx.rect(190, 130, 900, 460)
        self.panel(box, 250)
        pad = ctx.px(28)
        inner = box.inflate(-2 * pad, -2 * pad)
        title_h = ctx.px(56)
        self.write(self.title, pygame.Rect(inner.x, inner.y, inner.w, title_h), 34, bold=True)
        buttons_h = ctx.px(84)
        body = pygame.Rect(
            inner.x, inner.y + title_h + ctx.px(12), inner.w, inner.h - title_h - buttons_h - ctx.px(24)
        )
        self.write(self.body, body, 26)
        area = pygame.Rect(inner.x, inner.bottom - buttons_h, inner.w, buttons_h)
        for rect, choice in zip(row(area, len(self.choices), ctx.px(20)), self.choices, strict=True):
            self.button(rect, choice.text, partial(self.choose, choice), kind=choice.kind, key=choice.key)

    def default_focus(self):
        return self.buttons[0] if self.buttons else None

    def choose(self, choice: Choice) -> None:
        """Close the dialog, then do what the choice says."""
        assert self.app is not None
        self.app.pop()
        if choice.then is not None:
            choice.then()

    def on_escape(self) -> bool:
        self.choose(self.choices[-1])
        return True
