"""The facilitator's PIN pad: large digit keys (or the keyboard's digits), wrong PINs rate-limited."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import pygame

from rumours_game.kiosk.overlay import write
from rumours_game.kiosk.pin import PinGate
from rumours_game.ui.context import UiContext
from rumours_game.ui.layout import grid
from rumours_game.ui.scene import Scene

MAX_DIGITS = 12
KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "back", "0", "ok")


class PinScene(Scene):
    """Asks for the PIN; ``then`` runs when it is right. Cancel (or Escape) goes back to the game."""

    name = "kiosk-pin"

    def __init__(self, ctx: UiContext, gate: PinGate, then: Callable[[], None]) -> None:
        super().__init__(ctx)
        self.gate, self.then = gate, then
        self.typed = ""
        self.message = ""

    def layout(self) -> None:
        ctx = self.ctx
        self.write(ctx.t("kiosk.pin_title"), ctx.rect(340, 24, 600, 60), 34, bold=True, align="center")
        labels = {"back": "⌫", "ok": ctx.t("common.ok")}
        cells = grid(ctx.rect(440, 200, 400, 400), len(KEYS), 3, ctx.px(12))
        for rect, key in zip(cells, KEYS, strict=True):
            self.button(
                rect,
                labels.get(key, key),
                partial(self.press, key),
                kind="primary" if key == "ok" else "normal",
                size=34,
                key=f"pin-{key}",
            )
        self.button(ctx.rect(540, 620, 200, 70), ctx.t("kiosk.cancel"), self.cancel, key="cancel")

    def press(self, key: str) -> None:
        """A key of the pad: a digit, ⌫ or OK."""
        if key == "back":
            self.typed = self.typed[:-1]
        elif key == "ok":
            self.submit()
        elif len(self.typed) < MAX_DIGITS:
            self.typed += key
            self.message = ""

    def submit(self) -> None:
        """Check the typed PIN: open the menu, or say it is wrong (or how long to wait)."""
        assert self.app is not None
        result = self.gate.attempt(self.typed)
        self.typed = ""
        if result:
            self.app.pop()
            self.then()
        elif result is None:
            self.message = self.ctx.t("kiosk.pin_wait", seconds=int(self.gate.wait() + 0.999))
        else:
            wait = self.gate.wait()
            key = "kiosk.pin_wait" if wait > 0 else "kiosk.pin_wrong"
            self.message = self.ctx.t(key, seconds=int(wait + 0.999))

    def cancel(self) -> None:
        assert self.app is not None
        self.app.pop()

    def on_escape(self) -> bool:
        self.cancel()
        return True

    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN:
            if event.unicode.isdigit() and event.unicode.isascii():
                self.press(event.unicode)
                return True
            if event.key == pygame.K_BACKSPACE:
                self.press("back")
                return True
            if event.key in (pygame.K_RETURN, pygame.K_KP_ENTER) and not self.focus.visible:
                self.press("ok")
                return True
        return super().handle_event(event)

    def update(self, dt: float) -> bool:
        return self.gate.wait() > 0  # the "wait N s" message counts down

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        ctx = self.ctx
        write(
            ctx, surface, "●" * len(self.typed) or "–", ctx.rect(440, 90, 400, 60), 40, ctx.theme.text, True
        )
        wait = self.gate.wait()
        message = ctx.t("kiosk.pin_wait", seconds=int(wait + 0.999)) if wait > 0 else self.message
        if message:
            write(ctx, surface, message, ctx.rect(240, 150, 800, 44), 22, ctx.theme.bad, True)
