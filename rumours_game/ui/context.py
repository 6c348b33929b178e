"""The context handed to every scene and puzzle widget: pack, language, session, layout, fonts, assets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pygame

from rumours_game import strings
from rumours_game.engine import Action, Event, GameState, Session
from rumours_game.pack.i18n import TextValue, tr as translate
from rumours_game.pack.models import Pack
from rumours_game.survey import ResponseSink
from rumours_game.ui.assets import AssetCache
from rumours_game.ui.audio import Audio
from rumours_game.ui.draw import backdrop
from rumours_game.ui.fonts import FontCache
from rumours_game.ui.layout import Layout
from rumours_game.ui.surfaces import LayerPool, SurfaceCache, budget_for
from rumours_game.ui.text import Drawn, TextLog, smallest_size
from rumours_game.ui.theme import Palette, palette

LARGE_TEXT_SCALE = 1.3
BACKDROP_KEPT = (1280, 720)
"""The largest menu background kept; larger windows scale it up as they draw it."""


@dataclass
class Settings:
    """Player-adjustable options; they survive language changes and reloads."""

    large_text: bool = False
    high_contrast: bool = False
    muted: bool = False


@dataclass
class UiContext:
    """Everything a scene or widget needs; created by the app, rebuilt parts on resize or reload."""

    pack: Pack
    pack_path: Path
    lang: str
    layout: Layout
    sink: ResponseSink | None
    """Where answers and the journal go (None: nothing is recorded, e.g. a pack preview)."""
    settings: Settings = field(default_factory=Settings)
    session: Session | None = None
    """The engine session of the game being played (None before the room and after the ending)."""
    fonts: FontCache = field(default_factory=FontCache)
    assets: AssetCache = field(init=False)
    """Pictures and sounds of the pack, loaded on first use (made from ``pack_path``)."""
    audio: Audio = field(init=False)
    before_dispatch: list[Callable[[Action], None]] = field(default_factory=list)
    """Called with each action before the engine applies it (the flow sends pending game time first)."""
    after_dispatch: list[Callable[[Action, list[Event]], None]] = field(default_factory=list)
    """Called with each action and its events (the app tells the scenes and journals it)."""
    surfaces: SurfaceCache = field(init=False)
    """Scaled art and rendered text, bounded by bytes (see :mod:`rumours_game.ui.surfaces`)."""
    layers: LayerPool = field(default_factory=LayerPool)
    """Window-sized layers lent to scenes (their static layer)."""
    text_log: TextLog = field(default_factory=TextLog)
    """Every text drawn, at which size and in which box (bounded; the screen walk test reads it)."""
    team: dict[str, str] = field(default_factory=dict)
    """Team choices made on the set-up screen (an emblem; never anything identifying)."""

    def __post_init__(self) -> None:
        self.surfaces = SurfaceCache(budget_for(self.layout.screen_rect.size))
        self.assets = AssetCache(self.pack_path, self.surfaces)
        self.audio = Audio(self.assets.read, muted=self.settings.muted)

    # ------------------------------------------------------------------ texts
    def t(self, key: str, **fmt: object) -> str:
        """An interface text in the current language (pack overrides first)."""
        return strings.lookup(self.lang, key, self.pack.strings, **fmt)

    def tr(self, value: TextValue) -> str:
        """A pack text (str or {lang: str}) in the current language."""
        if value is None:
            return ""
        return translate(value, self.lang, self.pack.default_language)

    # ------------------------------------------------------------------ layout and look
    def px(self, n: float) -> int:
        """Logical pixels (design base 1280x720) to real pixels."""
        return self.layout.px(n)

    def rect(self, x: float, y: float, w: float, h: float) -> pygame.Rect:
        """A logical rectangle of the 1280x720 stage in real pixels."""
        return self.layout.rect(x, y, w, h)

    @property
    def screen_rect(self) -> pygame.Rect:
        return self.layout.screen_rect

    @property
    def stage(self) -> pygame.Rect:
        return self.layout.stage

    @property
    def text_scale(self) -> float:
        return LARGE_TEXT_SCALE if self.settings.large_text else 1.0

    def font_px(self, size_logical: float) -> int:
        """The real pixel size of text of logical size ``size_logical`` (large text applied)."""
        return self.px(size_logical * self.text_scale)

    def font(self, size_logical: float, bold: bool = False) -> pygame.font.Font:
        """A cached DejaVu Sans font for logical size ``size_logical``."""
        return self.fonts.get(self.font_px(size_logical), bold)

    def font_real(self, size_px: int, bold: bool = False) -> pygame.font.Font:
        """A cached font by real pixel size (used by the text fitter)."""
        return self.fonts.get(size_px, bold)

    def floor_px(self, size_px: int) -> int:
        """The least real size a text asked at ``size_px`` may be drawn at: the readable minimum of this
        window, and with large text never below the text's size without it (ui.text, docs/ui.md)."""
        return smallest_size(size_px, self.text_scale, self.layout.scale)

    def overflowed(self, text: str) -> None:
        """A text did not fit its box even at the readable minimum (kept in ``fonts.overflows``)."""
        self.fonts.overflowed(text)

    def drawn(self, drawn: Drawn) -> None:
        """A text was drawn (see :attr:`text_log`)."""
        self.text_log.add(drawn)

    @property
    def theme(self) -> Palette:
        return palette(self.settings.high_contrast)

    def draw_backdrop(self, layer: pygame.Surface) -> None:
        """Cover ``layer`` with the menu background. It is drawn once per size and palette into ``surfaces``,
        at most ``BACKDROP_KEPT`` large: a bigger window gets it scaled up (a smooth gradient loses nothing),
        so a 4K window keeps 4 MB for it instead of 33 MB."""
        w, h = layer.get_size()
        size, pal = (min(w, BACKDROP_KEPT[0]), min(h, BACKDROP_KEPT[1])), self.theme
        kept = self.surfaces.get(("backdrop", size, pal.name), lambda: backdrop(size, pal))
        if kept.get_size() == (w, h):
            layer.blit(kept, (0, 0))
        else:
            pygame.transform.smoothscale(kept, (w, h), layer)

    def window_changed(self) -> None:
        """The window has a new size (``layout`` is already the new one): forget every picture and font made
        for the old size, and the unused layer."""
        self.surfaces.clear(budget_for(self.screen_rect.size))
        self.layers.clear()
        self.fonts.forget_fonts()
        self.assets.missing.clear()

    # ------------------------------------------------------------------ game
    @property
    def state(self) -> GameState:
        """The state of the game being played (scenes of the game only: there is none before the room)."""
        if self.session is None:
            raise RuntimeError("no game is being played: the engine session starts with the first room")
        return self.session.state

    def dispatch(self, action: Action) -> list[Event]:
        """Apply an engine action through the session; the app journals it and tells the scenes."""
        if self.session is None:
            return []
        for hook in list(self.before_dispatch):
            hook(action)
        events = self.session.apply(action)
        for listener in list(self.after_dispatch):
            listener(action, events)
        return events
