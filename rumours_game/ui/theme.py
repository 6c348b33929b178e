"""Colour palettes (normal and high contrast) and the matching pygame_gui theme."""

from __future__ import annotations

from dataclasses import dataclass

from rumours_game.ui.fonts import BOLD, REGULAR

GUI_FONT = "dejavu"
"""The name pygame_gui knows the shipped DejaVu Sans by (regular and bold files)."""


@dataclass(frozen=True)
class Palette:
    """The colours every scene draws with (RGB tuples)."""

    name: str
    bg: tuple[int, int, int]
    bg2: tuple[int, int, int]
    panel: tuple[int, int, int]
    panel_edge: tuple[int, int, int]
    text: tuple[int, int, int]
    muted: tuple[int, int, int]
    accent: tuple[int, int, int]
    accent_text: tuple[int, int, int]
    button: tuple[int, int, int]
    button_hover: tuple[int, int, int]
    button_text: tuple[int, int, int]
    disabled: tuple[int, int, int]
    focus: tuple[int, int, int]
    good: tuple[int, int, int]
    bad: tuple[int, int, int]
    hotspot: tuple[int, int, int]
    shade_alpha: int


NORMAL = Palette(
    name="normal",
    bg=(22, 27, 45),
    bg2=(48, 32, 70),
    panel=(30, 36, 58),
    panel_edge=(92, 104, 150),
    text=(240, 240, 245),
    muted=(186, 192, 212),
    accent=(255, 196, 64),
    accent_text=(28, 22, 8),
    button=(56, 70, 118),
    button_hover=(78, 98, 160),
    button_text=(250, 250, 255),
    disabled=(80, 84, 100),
    focus=(255, 214, 92),
    good=(104, 214, 130),
    bad=(255, 120, 110),
    hotspot=(255, 232, 150),
    shade_alpha=170,
)

HIGH_CONTRAST = Palette(
    name="high_contrast",
    bg=(0, 0, 0),
    bg2=(0, 0, 0),
    panel=(0, 0, 0),
    panel_edge=(255, 255, 255),
    text=(255, 255, 255),
    muted=(255, 255, 255),
    accent=(255, 255, 0),
    accent_text=(0, 0, 0),
    button=(0, 0, 0),
    button_hover=(40, 40, 0),
    button_text=(255, 255, 0),
    disabled=(150, 150, 150),
    focus=(0, 255, 255),
    good=(0, 255, 0),
    bad=(255, 80, 80),
    hotspot=(0, 255, 255),
    shade_alpha=220,
)


def palette(high_contrast: bool) -> Palette:
    """The palette for the current setting."""
    return HIGH_CONTRAST if high_contrast else NORMAL


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def gui_theme(pal: Palette, font_px: int, border_px: int) -> dict:
    """A pygame_gui theme matching ``pal``: text boxes in DejaVu Sans (``font_px`` real pixels) on the
    shell's own panels, and scroll bars with an accent-coloured handle that shows in both palettes."""
    font = {
        "name": GUI_FONT,
        "size": str(font_px),
        "bold": "0",
        "regular_path": str(REGULAR),
        "bold_path": str(BOLD),
    }
    return {
        "defaults": {
            "colours": {
                "normal_bg": _hex(pal.button),
                "hovered_bg": _hex(pal.button_hover),
                "disabled_bg": _hex(pal.disabled),
                "selected_bg": _hex(pal.accent),
                "active_bg": _hex(pal.accent),
                "dark_bg": _hex(pal.panel),
                "normal_text": _hex(pal.text),
                "hovered_text": _hex(pal.button_text),
                "selected_text": _hex(pal.accent_text),
                "active_text": _hex(pal.accent_text),
                "disabled_text": _hex(pal.muted),
                "normal_border": _hex(pal.panel_edge),
                "hovered_border": _hex(pal.focus),
                "selected_border": _hex(pal.focus),
                "active_border": _hex(pal.focus),
                "text_cursor": _hex(pal.text),
                "link_text": _hex(pal.accent),
            },
        },
        "text_box": {
            "font": font,
            "colours": {"dark_bg": "#00000000", "normal_border": "#00000000"},
            "misc": {
                "border_width": "0",
                "shadow_width": "0",
                "padding": "0,0",
                "line_spacing": "1.15",
                "shape": "rectangle",
            },
        },
        "vertical_scroll_bar": {
            "colours": {"dark_bg": _hex(pal.bg), "normal_border": _hex(pal.panel_edge)},
            "misc": {
                "enable_arrow_buttons": "0",
                "border_width": str(border_px),
                "shadow_width": "0",
                "shape": "rectangle",
            },
        },
        "vertical_scroll_bar.#sliding_button": {
            "colours": {
                "normal_bg": _hex(pal.accent),
                "hovered_bg": _hex(pal.focus),
                "active_bg": _hex(pal.focus),
                "normal_border": _hex(pal.accent_text),
            },
            "misc": {"border_width": "0", "shadow_width": "0", "shape": "rectangle"},
        },
    }
