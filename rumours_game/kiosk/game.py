"""One kiosk game process: the game app in kiosk mode, with its guard, facilitator menu and data folder.

The supervisor (``kiosk/supervisor.py``) runs this in a child process and restarts it after a crash.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rumours_game.kiosk.codes import CHILD_QUIT
from rumours_game.kiosk.config import KioskConfig
from rumours_game.kiosk.guard import KioskGuard
from rumours_game.kiosk.pin import PinGate
from rumours_game.pack.models import Pack
from rumours_game.ui.context import Settings


def offered(pack: Pack, config: KioskConfig) -> Pack:
    """``pack`` with only the languages the kiosk offers (all of them when the config lists none)."""
    langs = [lang for lang in pack.languages if not config.languages or lang in config.languages]
    if not langs or langs == list(pack.languages):
        return pack
    default = pack.default_language if pack.default_language in langs else langs[0]
    return pack.model_copy(update={"languages": langs, "default_language": default})


@dataclass
class Kiosk:
    """Holds the app in kiosk mode and what the facilitator menu changes (pack, language) or reads; the app
    offers ``packs`` (the first is the one it was made with)."""

    app: Any
    config: KioskConfig
    packs: list[tuple[Path, Pack]]
    data_dir: Path
    kiosk_id: str
    clock: Callable[[], float] = time.monotonic
    wall: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    exit_code: int = 0
    guard: KioskGuard = field(init=False)
    gate: PinGate = field(init=False)

    def __post_init__(self) -> None:
        app = self.app
        app.packs = self.packs
        app.flow.choose_game = False  # the pack is the facilitator's choice, behind the PIN
        app.flow.labels = {"event": self.config.event} if self.config.event else {}
        self.gate = PinGate(self.config.pin, self.clock)
        self.guard = KioskGuard(app, self.config, self.clock, self.open_facilitator, self.reset_team)
        app.hooks.append(self.guard)
        self.start_language = self.config.language or app.ctx.pack.default_language
        self.reset_team("quit")

    # ------------------------------------------------------------------ teams
    def reset_team(self, ending: str) -> None:
        """Start over for the next team: the open session ends as ``ending`` (unless its game was over),
        and settings, emblem, language, inventory and anything typed are gone."""
        ctx, flow, shown = self.app.ctx, self.app.flow, self.config.display
        if ending == "abandoned" and flow.game_over:
            ending = flow.last_ending or ending
        # the flow puts every team back to its defaults: the kiosk's display options and language
        flow.start_settings = Settings(
            large_text=shown.large_text, high_contrast=shown.high_contrast, muted=shown.muted
        )
        langs = ctx.pack.languages
        flow.start_lang = self.start_language if self.start_language in langs else ctx.pack.default_language
        flow.title(ending)

    # ------------------------------------------------------------------ the facilitator
    def open_facilitator(self) -> None:
        """The PIN pad (or, without a PIN set, the menu at once)."""
        from rumours_game.kiosk.pinpad import PinScene

        if self.config.pin is None:
            self.show_menu()
        else:
            self.app.push(PinScene(self.app.ctx, self.gate, self.show_menu))

    def show_menu(self) -> None:
        """The facilitator menu, over the game."""
        from rumours_game.kiosk.menu import FacilitatorScene

        self.app.push(FacilitatorScene(self.app.ctx, self))

    @property
    def pack(self) -> Pack:
        return self.packs[self.pack_index][1]

    @property
    def pack_index(self) -> int:
        return int(self.app.pack_index)

    def choose_pack(self, index: int) -> None:
        """Play pack ``index`` from the next team on (the current game, if any, ends as 'quit')."""
        self.app.choose_pack(index)
        self.start_language = self.config.language or self.pack.default_language
        self.reset_team("quit")

    def choose_language(self, lang: str) -> None:
        """The language every team starts in."""
        self.start_language = lang
        self.app.ctx.lang = lang
        self.app.rebuild()

    def today(self) -> str:
        """Today's UTC date, as sessions record it."""
        return self.wall().astimezone(UTC).strftime("%Y-%m-%d")

    def quit(self) -> None:
        """Leave the kiosk for good (the supervisor exits with the code that does not restart)."""
        self.exit_code = CHILD_QUIT
        self.app.running = False
