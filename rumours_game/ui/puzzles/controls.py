"""Tappable controls and shape icons shared by the puzzle widgets.

A :class:`Control` is a rectangle players can tap, click or reach with the keyboard. Its label is rendered
once per build (never per frame); state (focus, selection, marks) is drawn with shapes so it never depends
on colour alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pygame

from rumours_game.ui.text import fit, render_lines
from rumours_game.ui.theme import Palette

Colour = tuple[int, int, int]
TRANSPARENT = (255, 0, 254)
"""The colour key of cached control faces (the corners outside their rounded rectangle)."""


@dataclass(eq=False)
class Control:
    """One focusable, tappable element of a widget."""

    key: str
    rect: pygame.Rect
    on_activate: Callable[[], None]
    label: pygame.Surface | None = None
    enabled: bool = True
    selected: bool = False
    mark: str | None = None
    badge: pygame.Surface | None = None
    style: str = "button"
    mark_space: bool = False
    badge_space: bool = False
    cache: tuple | None = field(default=None, repr=False)

    @property
    def center(self) -> tuple[int, int]:
        return self.rect.center

    def activate(self) -> None:
        """Press this control (a tap, a click, or Enter/Space while it has the focus)."""
        if self.enabled:
            self.on_activate()


def mark_size(ctx) -> int:
    """The size of a mark (tick, cross, box) drawn at a control's left edge."""
    return ctx.px(28)


def badge_size(ctx) -> int:
    """The diameter of a badge drawn at a control's right edge."""
    return ctx.px(34)


def content_box(ctx, rect: pygame.Rect, mark_space: bool = False, badge_space: bool = False) -> pygame.Rect:
    """The part of a control left for its label once room for a mark and a badge is set aside."""
    pad = ctx.px(8)
    left = rect.x + pad + (mark_size(ctx) + ctx.px(10) if mark_space else 0)
    right = rect.right - pad - (badge_size(ctx) + ctx.px(8) if badge_space else 0)
    return pygame.Rect(left, rect.y + ctx.px(4), max(1, right - left), max(1, rect.h - ctx.px(8)))


def control_box(ctx, control: Control) -> pygame.Rect:
    """The label box of ``control``."""
    return content_box(ctx, control.rect, control.mark_space, control.badge_space)


def unbroken_size(ctx, text: str, width: int, size_px: int, bold: bool = False) -> int:
    """The largest real size (at most ``size_px``, at least the readable minimum) at which every word of
    ``text`` fits ``width``, so wrapping never has to cut a word in two."""
    words = text.split() or [""]
    smallest = ctx.floor_px(size_px)
    size_px = max(size_px, smallest)
    while size_px > smallest and max(ctx.font_real(size_px, bold).size(w)[0] for w in words) > width:
        size_px = max(smallest, int(size_px * 0.9))
    return size_px


def label_surface(
    ctx,
    text: str,
    width: int,
    height: int,
    size: float,
    colour: Colour,
    bold: bool = False,
    align: str = "center",
) -> pygame.Surface:
    """``text`` wrapped and shrunk (down to the readable minimum) to fit ``width`` x ``height``."""
    width, height = max(1, width), max(1, height)
    real = unbroken_size(ctx, text, width, ctx.font_px(size), bold)
    font, lines = fit(ctx, text, width, height, real, bold)
    return render_lines(font, lines, colour, width, align)


def fitted_size(
    ctx, texts: list[str], width: int, height: int | list[int], size: float, bold: bool = False
) -> int:
    """The largest real font size at which every text fits ``width`` x ``height`` (shared by a group;
    ``height`` may be one per text)."""
    real = ctx.font_px(size)
    heights = height if isinstance(height, list) else [height] * len(texts)
    for text, h in zip(texts, heights, strict=True):
        font, _ = fit(
            ctx,
            text,
            max(1, width),
            max(1, h),
            unbroken_size(ctx, text, max(1, width), real, bold),
            bold,
        )
        real = min(real, font.point_size)
    return real


def group_labels(
    ctx,
    texts: list[str],
    width: int,
    height: int | list[int],
    size: float,
    colour: Colour,
    bold: bool = False,
    align: str = "center",
) -> list[pygame.Surface]:
    """Labels for a group of similar controls, all at one font size so the group looks even (``height``:
    one for all, or one per text when the controls are as tall as their texts need)."""
    real = fitted_size(ctx, texts, width, height, size, bold)
    heights = height if isinstance(height, list) else [height] * len(texts)
    out = []
    for text, h in zip(texts, heights, strict=True):
        font, lines = fit(ctx, text, max(1, width), max(1, h), real, bold)
        out.append(render_lines(font, lines, colour, max(1, width), align))
    return out


def badge_surface(ctx, text: str, diameter: int, pal: Palette) -> pygame.Surface:
    """A round badge with a short text (a number or letter), used to show pairs and positions."""
    surf = pygame.Surface((diameter, diameter), pygame.SRCALPHA)
    r = diameter // 2
    pygame.draw.circle(surf, pal.accent, (r, r), r)
    pygame.draw.circle(surf, pal.accent_text, (r, r), r, max(1, diameter // 14))
    font, lines = fit(ctx, text, int(diameter * 0.8), int(diameter * 0.8), int(diameter * 0.6), True)
    img = font.render(lines[0] if lines else "", True, pal.accent_text)
    surf.blit(img, img.get_rect(center=(r, r)))
    return surf


def draw_mark(surface: pygame.Surface, mark: str, box: pygame.Rect, colour: Colour, back: Colour) -> None:
    """Draw a shape inside ``box``: 'check', 'cross', 'box', 'box_checked', 'radio', 'radio_on', 'ring'
    (a selection) or 'grip' (something to drag)."""
    w = max(2, box.w // 7)
    if mark in ("box", "box_checked"):
        pygame.draw.rect(surface, colour, box, w, border_radius=max(1, box.w // 6))
        if mark == "box_checked":
            draw_mark(surface, "check", box.inflate(-box.w // 4, -box.h // 4), colour, back)
    elif mark in ("radio", "radio_on"):
        pygame.draw.circle(surface, colour, box.center, box.w // 2, w)
        if mark == "radio_on":
            pygame.draw.circle(surface, colour, box.center, max(2, box.w // 4))
    elif mark == "grip":
        for k in (0.25, 0.5, 0.75):
            y = box.y + box.h * k
            pygame.draw.line(surface, colour, (box.x + box.w * 0.1, y), (box.right - box.w * 0.1, y), w)
    elif mark == "ring":
        pygame.draw.circle(surface, colour, box.center, box.w // 2, w)
    elif mark == "check":
        points = [
            (box.x + box.w * 0.12, box.y + box.h * 0.55),
            (box.x + box.w * 0.40, box.y + box.h * 0.82),
            (box.x + box.w * 0.90, box.y + box.h * 0.20),
        ]
        pygame.draw.lines(surface, back, False, points, w + 4)
        pygame.draw.lines(surface, colour, False, points, w)
    elif mark == "cross":
        for a, b in (((0.18, 0.18), (0.82, 0.82)), ((0.82, 0.18), (0.18, 0.82))):
            start = (box.x + box.w * a[0], box.y + box.h * a[1])
            end = (box.x + box.w * b[0], box.y + box.h * b[1])
            pygame.draw.line(surface, back, start, end, w + 4)
            pygame.draw.line(surface, colour, start, end, w)


def mark_colour(mark: str, pal: Palette) -> Colour:
    """Ticks are drawn in the 'good' colour, crosses in the 'bad' one; the shape carries the meaning."""
    return pal.good if mark == "check" else pal.bad if mark == "cross" else pal.button_text


def draw_control(surface: pygame.Surface, ctx, pal: Palette, control: Control, pressed: bool) -> None:
    """Draw a control (pressed ones sit a little lower). Its look is rendered once per state and cached;
    a 'flat' control (a picture, a text field) has no face of its own, only its label."""
    if control.style == "flat":
        if control.label is not None:
            surface.blit(control.label, control.label.get_rect(midleft=control_box(ctx, control).midleft))
        return
    state = (
        control.rect.size,
        pal.name,
        control.enabled,
        control.selected,
        control.mark,
        id(control.label),
        id(control.badge),
    )
    if control.cache is None or control.cache[0] != state:
        control.cache = (state, render_control(ctx, pal, control))
    surface.blit(control.cache[1], control.rect.move(0, ctx.px(2)) if pressed else control.rect)


def render_control(ctx, pal: Palette, control: Control) -> pygame.Surface:
    """A control's face, border (thicker when selected), left mark, label and badge on its own surface."""
    rect = pygame.Rect((0, 0), control.rect.size)
    out = pygame.Surface(rect.size)
    out.fill(TRANSPARENT)
    out.set_colorkey(TRANSPARENT, pygame.RLEACCEL)  # a colour key blits much faster than per-pixel alpha
    radius = ctx.px(10)
    border = ctx.px(2)
    if not control.enabled:
        face = pal.panel
    elif control.selected:
        face = pal.button_hover
    else:
        face = pal.button
    pygame.draw.rect(out, face, rect, border_radius=radius)
    edge = pal.accent if control.selected else pal.panel_edge
    pygame.draw.rect(out, edge, rect, border * (3 if control.selected else 1), border_radius=radius)
    if control.mark:
        size = min(mark_size(ctx), rect.h - ctx.px(8))
        box = pygame.Rect(0, 0, size, size)
        box.midleft = (ctx.px(10), rect.centery)
        draw_mark(out, control.mark, box, mark_colour(control.mark, pal), pal.bg)
    if control.label is not None:
        box = control_box(ctx, control).move(-control.rect.x, -control.rect.y)
        out.blit(control.label, control.label.get_rect(midleft=box.midleft))
    if control.badge is not None:
        out.blit(control.badge, control.badge.get_rect(midright=(rect.right - ctx.px(8), rect.centery)))
    return out
