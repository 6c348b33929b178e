"""Long texts in a pygame_gui UITextBox: wrapped at their intended size, and scrolled when they do not fit.

Players scroll with the mouse wheel, by dragging the text or the scroll bar's handle (mouse or finger), and
with the keyboard: the text box is a stop of the scene's focus ring when there is more to read, and then
Up/Down (a line), PageUp/PageDown/Space/Enter (a page), Home and End scroll it.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

import pygame
from pygame_gui.elements import UITextBox

from rumours_game.ui.text import Drawn
from rumours_game.ui.theme import GUI_FONT

if TYPE_CHECKING:
    from rumours_game.ui.context import UiContext
    from rumours_game.ui.gui import GuiManager

SCROLL_BAR = 26
"""Width of the scroll bar in logical pixels (a comfortable touch target)."""
WHEEL_LINES = 3
"""Lines scrolled per notch of the mouse wheel."""
LINE_KEYS = {pygame.K_UP: -1, pygame.K_DOWN: 1}
PAGE_KEYS = {pygame.K_PAGEUP: -1, pygame.K_PAGEDOWN: 1}
END_KEYS = {pygame.K_HOME: -1, pygame.K_END: 1}


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


class Rich:
    """The markup of a text box: paragraphs of pack or interface text, escaped (pygame_gui reads a little
    HTML, so "<b>" or "&" in a pack shows as typed), each in DejaVu Sans at a logical size."""

    def __init__(self, ctx: UiContext) -> None:
        self.ctx = ctx
        self._parts: list[tuple[str, str]] = []
        self.fonts: set[tuple[int, bool]] = set()
        """(real pixel size, bold) of every run, for preloading."""
        self.line = 1
        """Height in real pixels of the first paragraph's lines (the keyboard's scrolling step)."""
        self.paragraphs: list[tuple[str, int, int]] = []
        """(text, real pixel size, least size allowed) of each paragraph, for the record of drawn texts."""

    def add(
        self,
        text: str,
        size: float,
        colour: tuple[int, int, int] | None = None,
        bold: bool = False,
        gap: bool = True,
    ) -> Rich:
        """Append ``text`` as a paragraph; ``gap`` leaves an empty line before the next one."""
        asked = self.ctx.font_px(size)
        floor = self.ctx.floor_px(asked)
        px = max(asked, floor)
        self.paragraphs.append((text, px, floor))
        if not self._parts:
            self.line = self.ctx.font_real(px, bold).get_linesize()
        self.fonts |= {(px, False), (px, bold)}  # line breaks after a bold run are set in the regular face
        body = html.escape(text.strip("\n"), quote=False)
        if bold:
            body = f"<b>{body}</b>"
        colour = colour or self.ctx.theme.text
        self._parts.append((f"<font pixel_size={px} color={_hex(colour)}>{body}", "\n\n" if gap else "\n"))
        return self

    @property
    def html(self) -> str:
        """The markup; each paragraph break is set in its paragraph's own size."""
        out = []
        for i, (run, after) in enumerate(self._parts):
            out.append(run + (after if i + 1 < len(self._parts) else "") + "</font>")
        return "".join(out)


class _TextBox(UITextBox):
    """A UITextBox that holds two pictures of its size instead of four, and builds them once.

    At 4K a fact card's box is 3060x1474 pixels, 17 MB a picture. The scroll bar is ``bar_px`` wide from the
    first build (pygame_gui starts at 20 px, and setting it afterwards builds everything again); the first
    layout's picture goes before the second is made; the empty background pictures are dropped before the
    box's own picture is drawn; a killed box lets its pictures go at once. These hooks follow pygame_gui 0.6 (pinned below 0.7 in pyproject.toml);
    tests/ui/test_text_boxes.py drives scrolling and tests/ui/test_memory.py checks what the box keeps.
    """

    def __init__(self, html_text: str, rect: pygame.Rect, manager: GuiManager, bar_px: int) -> None:
        self._bar_px = bar_px
        super().__init__(html_text, rect, manager)

    @property
    def scroll_bar_width(self) -> int:
        return self._bar_px

    @scroll_bar_width.setter
    def scroll_bar_width(self, value: int) -> None:
        """pygame_gui's own default is ignored: the width was given when the box was made."""

    def _setup_final_text_box_image(self, drawable_area: pygame.Rect) -> None:
        self._forget_empty_background()  # before the box's picture is made: never all three at once
        super()._setup_final_text_box_image(drawable_area)

    def parse_html_into_style_data(self) -> None:
        """Lay the text out again (pygame_gui does it twice when a scroll bar turns out to be needed): the old
        layout's picture, as large as the whole text, is let go first rather than at the next collection."""
        self._forget_layout()
        super().parse_html_into_style_data()

    def kill(self) -> None:
        """Remove the box and let its pictures go now: pygame_gui's elements sit in reference cycles that only
        a full collection frees, and the next box is often made at once (a fact card's next page)."""
        super().kill()
        self._forget_layout()
        self.image = self.ui_manager.get_universal_empty_surface()
        self._pre_clipped_image = None

    def _forget_layout(self) -> None:
        old = self.text_box_layout
        if old is None:
            return
        old.finalised_surface = None
        for row in old.layout_rows:
            row.target_surface = None
            for item in row.items:
                if hasattr(item, "target_surface"):
                    item.target_surface = None

    def _forget_empty_background(self) -> None:
        """The theme gives text boxes no background, border or shadow, so pygame_gui's two background
        pictures (each as large as the box: 17 MB for a fact card at 4K) are empty: the manager's one empty
        surface stands in for both once the box is drawn (a resize or scroll draws it the same)."""
        shape, colour = self.drawable_shape, self.background_colour
        plain = isinstance(colour, pygame.Color) and colour.a == 0
        if shape is None or not plain or self.shadow_width or any(self.border_width.values()):
            return
        empty = self.ui_manager.get_universal_empty_surface()
        shape.base_surface = None
        for state in shape.states.values():
            state.surface = empty
        self.background_surf = empty


class ScrollText:
    """A focusable text box inside ``rect`` (real pixels); a focus stop only when the text overflows."""

    def __init__(self, ctx: UiContext, manager: GuiManager, rect: pygame.Rect, rich: Rich, key: str) -> None:
        self.ctx = ctx
        self.rect = pygame.Rect(rect)
        self.key = key
        self.line = max(1, rich.line)
        fonts = manager.get_theme().get_font_dictionary()
        for px, bold in sorted(rich.fonts):
            if not fonts.check_font_preloaded(fonts.create_font_id(px, GUI_FONT, bold, False)):
                fonts.preload_font(px, GUI_FONT, bold, force_immediate_load=True)
        self.box = _TextBox(rich.html, self.rect, manager, ctx.px(SCROLL_BAR))
        for text, px, floor in rich.paragraphs:  # a text box scrolls what does not fit: nothing overflows
            ctx.drawn(Drawn(text, px, pygame.Rect(self.rect), True, floor))
        self.hover = False
        self._drag: tuple[int, float] | None = None

    # ------------------------------------------------------------------ geometry
    @property
    def enabled(self) -> bool:
        """True when there is more text than fits (the focus ring only stops at such boxes)."""
        return self.box.scroll_bar is not None

    @property
    def text_height(self) -> int:
        """The height of the whole laid-out text in real pixels."""
        layout = self.box.text_box_layout
        return layout.layout_rect.height if layout is not None else 0

    @property
    def view_height(self) -> int:
        """The height of the visible part of the text."""
        return self.box.text_wrap_rect.height

    @property
    def bar_rect(self) -> pygame.Rect | None:
        """Where the scroll bar is (None without one)."""
        bar = self.box.scroll_bar
        return pygame.Rect(bar.rect) if bar is not None else None

    @property
    def offset(self) -> float:
        """How far down the text is scrolled, in real pixels."""
        bar = self.box.scroll_bar
        return bar.start_percentage * self.text_height if bar is not None else 0.0

    @property
    def at_top(self) -> bool:
        return self.offset <= 0.5

    @property
    def at_bottom(self) -> bool:
        return self.offset >= self.text_height - self.view_height - 0.5

    # ------------------------------------------------------------------ scrolling
    def scroll_to(self, offset: float) -> bool:
        """Show the text from ``offset`` pixels down (kept in range); True when it moved."""
        bar = self.box.scroll_bar
        if bar is None:
            return False
        before = self.offset
        top = max(0.0, min(offset, self.text_height - self.view_height))
        bar.set_scroll_from_start_percentage(top / self.text_height)
        return abs(self.offset - before) > 0.5

    def scroll_by(self, dy: float) -> bool:
        """Scroll ``dy`` pixels (positive: further down the text); True when it moved."""
        return self.scroll_to(self.offset + dy)

    def page(self, direction: int) -> bool:
        """Scroll a page (the visible height less a line) down (1) or up (-1)."""
        return self.scroll_by(direction * max(self.line, self.view_height - self.line))

    def activate(self) -> None:
        """Enter or Space on the box: the next page, or back to the start from the end."""
        if not self.page(1):
            self.scroll_to(0)

    # ------------------------------------------------------------------ input
    def handle_key(self, key: int, focused: bool) -> bool:
        """Scrolling keys; Up/Down only when the box has the focus, and not past either end (so the focus
        can move on). True when handled."""
        if key in PAGE_KEYS:
            self.page(PAGE_KEYS[key])
            return True
        if key in END_KEYS:
            self.scroll_to(0 if END_KEYS[key] < 0 else self.text_height)
            return True
        if focused and key in LINE_KEYS:
            return self.scroll_by(LINE_KEYS[key] * self.line)
        return False

    def handle_wheel(self, event: pygame.event.Event) -> bool:
        """A mouse wheel notch scrolls a few lines."""
        return self.scroll_by(-event.y * WHEEL_LINES * self.line) or self.enabled

    def handle_pointer(self, event: pygame.event.Event) -> bool:
        """Drag the text itself to scroll it (mouse or finger); the scroll bar is left to pygame_gui."""
        if event.type == pygame.MOUSEMOTION:
            self.hover = self.rect.collidepoint(event.pos)
            if self._drag is not None:
                start_y, start_offset = self._drag
                self.scroll_to(start_offset - (event.pos[1] - start_y))
                return True
            return False
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            bar = self.bar_rect
            on_bar = bar is not None and bar.collidepoint(event.pos)
            if self.enabled and self.rect.collidepoint(event.pos) and not on_bar:
                self._drag = (event.pos[1], self.offset)
                return True
            return False
        if event.type == pygame.MOUSEBUTTONUP and event.button == 1 and self._drag is not None:
            self._drag = None
            return True
        return False
