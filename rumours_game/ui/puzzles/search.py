"""Find things on a picture: each tap sends its point (fractions of the picture); found things get a ring,
a tick and their name, and the list beside the picture ticks them off."""

from __future__ import annotations

import pygame

from rumours_game.engine import K
from rumours_game.ui.puzzles.base import PuzzleWidget
from rumours_game.ui.puzzles.controls import Control, draw_mark, label_surface
from rumours_game.ui.text import fit, render_lines

STEP = 5
"""Arrow keys move the keyboard cursor 5 hundredths of the picture (1 with Shift)."""
MISS_SECONDS = 1.2
"""How long a cross marks a tap that found nothing."""


class SearchWidget(PuzzleWidget):
    """A picture players tap (or aim at with a keyboard cursor) and a list of what to find."""

    how_to = "puzzle.how.search"

    def __init__(self, ctx, rect: pygame.Rect, puzzle) -> None:
        self.cursor = [50, 50]
        self.miss: tuple[float, float] | None = None
        self.miss_time = 0.0
        super().__init__(ctx, rect, puzzle)

    @property
    def found(self) -> frozenset[str]:
        return self.ctx.session.state.found_targets(self.puzzle.id)

    def layout(self, body: pygame.Rect) -> None:
        ctx = self.ctx
        gap = ctx.px(16)
        side_w = max(ctx.px(220), body.w // 4)
        space = pygame.Rect(body.x, body.y, body.w - side_w - gap, body.h)
        w = min(space.w, space.h * 16 // 9)
        self.image_rect = pygame.Rect(0, 0, w, w * 9 // 16)
        self.image_rect.center = space.center
        self.image = ctx.assets.image(self.puzzle.image, self.image_rect.size)
        self.side = pygame.Rect(space.right + gap, body.y, side_w, body.h)
        self.controls.append(Control("image", self.image_rect, self.tap_cursor, style="flat"))
        pal = self.pal
        row_h = min(ctx.px(56), (self.side.h - ctx.px(50)) // max(1, len(self.puzzle.targets)))
        self.row_h = row_h
        text_w = self.side.w - ctx.px(44)
        self.names = {
            t.id: label_surface(ctx, ctx.tr(t.name), text_w, row_h, 20, pal.text, align="left")
            for t in self.puzzle.targets
        }
        self.tags = {t.id: self.tag(ctx.tr(t.name)) for t in self.puzzle.targets}
        self.render_progress()

    def tag(self, name: str) -> pygame.Surface:
        """A name label on a dark pill, to put next to a found thing on the picture."""
        ctx = self.ctx
        font, lines = fit(
            ctx, name, ctx.px(220 * ctx.text_scale), ctx.px(44 * ctx.text_scale), ctx.font_px(18), True
        )
        text = render_lines(font, lines, self.pal.text, max(font.size(line)[0] for line in lines), "center")
        pill = pygame.Surface((text.get_width() + ctx.px(12), text.get_height() + ctx.px(8)), pygame.SRCALPHA)
        pygame.draw.rect(pill, (*self.pal.bg, 225), pill.get_rect(), border_radius=ctx.px(8))
        pygame.draw.rect(pill, self.pal.good, pill.get_rect(), max(1, ctx.px(2)), border_radius=ctx.px(8))
        pill.blit(text, (ctx.px(6), ctx.px(4)))
        return pill

    def render_progress(self) -> None:
        text = self.ctx.t("puzzle.search.progress", found=len(self.found), total=len(self.puzzle.targets))
        self._progress = label_surface(
            self.ctx, text, self.side.w, self.ctx.px(40), 20, self.pal.muted, bold=True, align="left"
        )

    # ------------------------------------------------------------------ input
    def point(self, pos: tuple[int, int]) -> tuple[float, float]:
        r = self.image_rect
        return (min(1.0, max(0.0, (pos[0] - r.x) / r.w)), min(1.0, max(0.0, (pos[1] - r.y) / r.h)))

    def at(self, fx: float, fy: float) -> tuple[int, int]:
        r = self.image_rect
        return (round(r.x + fx * r.w), round(r.y + fy * r.h))

    def tap(self, fx: float, fy: float) -> None:
        self.miss = (fx, fy)
        self.miss_time = 0.0
        self.answer([round(fx, 4), round(fy, 4)])

    def tap_cursor(self) -> None:
        self.tap(self.cursor[0] / 100, self.cursor[1] / 100)

    def on_release(self, pos: tuple[int, int], pressed: Control | None) -> bool:
        if (
            pressed is not None
            and pressed.key == "image"
            and self.image_rect.collidepoint(pos)
            and not self.solved
        ):
            self.tap(*self.point(pos))
            return True
        return False

    def on_key(self, event: pygame.event.Event) -> bool:
        moves = {pygame.K_LEFT: (-1, 0), pygame.K_RIGHT: (1, 0), pygame.K_UP: (0, -1), pygame.K_DOWN: (0, 1)}
        current = self.focused()
        if event.key not in moves or current is None or current.key != "image" or self.solved:
            return False
        step = 1 if event.mod & pygame.KMOD_SHIFT else STEP
        dx, dy = moves[event.key]
        self.cursor = [
            min(100, max(0, self.cursor[0] + dx * step)),
            min(100, max(0, self.cursor[1] + dy * step)),
        ]
        self.ring.visible = True
        return True

    # ------------------------------------------------------------------ engine
    def wrong_text(self, detail: dict | None = None) -> str:
        return self.ctx.t("puzzle.search.miss")

    def on_engine_event(self, event) -> None:
        if event.id != self.puzzle.id:
            return
        if event.kind == K.TARGET_FOUND:
            self.miss = None
            target = next(t for t in self.puzzle.targets if t.id == event.value)
            if not self.solved:
                self.feedback.show("good", self.ctx.t("puzzle.search.found", name=self.ctx.tr(target.name)))
        if event.kind in (K.TARGET_FOUND, K.PUZZLE_SOLVED):
            self.render_progress()

    def update(self, dt: float) -> bool:
        moving = super().update(dt)
        showing = self.miss is not None and self.miss_time < MISS_SECONDS
        self.miss_time += dt
        return moving or showing

    # ------------------------------------------------------------------ drawing
    def draw_body(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        pal = self.pal
        surface.blit(self.image, self.image_rect)
        pygame.draw.rect(surface, pal.panel_edge, self.image_rect, max(1, ctx.px(2)))
        found = self.found
        width = max(2, ctx.px(4))
        for target in self.puzzle.targets:
            if target.id not in found:
                continue
            r = target.rect
            box = pygame.Rect(
                self.at(r.x, r.y), (round(r.w * self.image_rect.w), round(r.h * self.image_rect.h))
            )
            box.inflate_ip(ctx.px(10), ctx.px(10))
            pygame.draw.ellipse(surface, pal.bg, box.inflate(width * 2, width * 2), width * 3)
            pygame.draw.ellipse(surface, pal.good, box, width)
            tick = pygame.Rect(0, 0, ctx.px(30), ctx.px(30))
            tick.center = box.topright
            pygame.draw.circle(surface, pal.good, tick.center, tick.w // 2 + ctx.px(2))
            draw_mark(surface, "check", tick.inflate(-ctx.px(8), -ctx.px(8)), pal.bg, pal.good)
            tag = self.tags[target.id]
            dest = tag.get_rect(midtop=(box.centerx, box.bottom + ctx.px(4)))
            if dest.bottom > self.image_rect.bottom:
                dest.bottom = box.top - ctx.px(4)
            dest.clamp_ip(self.image_rect)
            surface.blit(tag, dest)
        if self.miss is not None and self.miss_time < MISS_SECONDS:
            spot = pygame.Rect(0, 0, ctx.px(26), ctx.px(26))
            spot.center = self.at(*self.miss)
            draw_mark(surface, "cross", spot, pal.bad, pal.bg)
        self.draw_list(surface, found)

    def draw_list(self, surface: pygame.Surface, found: frozenset[str]) -> None:
        ctx = self.ctx
        surface.blit(self._progress, self.side.topleft)
        y = self.side.y + self._progress.get_height() + ctx.px(10)
        for target in self.puzzle.targets:
            mark = pygame.Rect(self.side.x, y + (self.row_h - ctx.px(26)) // 2, ctx.px(26), ctx.px(26))
            draw_mark(
                surface,
                "check" if target.id in found else "ring",
                mark,
                self.pal.good if target.id in found else self.pal.muted,
                self.pal.bg,
            )
            name = self.names[target.id]
            surface.blit(name, name.get_rect(midleft=(mark.right + ctx.px(12), y + self.row_h // 2)))
            y += self.row_h

    def draw_over(self, surface: pygame.Surface) -> None:
        focused = self.focused()
        if not self.ring.visible or focused is None or focused.key != "image" or self.solved:
            return
        ctx = self.ctx
        x, y = self.at(self.cursor[0] / 100, self.cursor[1] / 100)
        size, width = ctx.px(22), max(2, ctx.px(3))
        for colour, w in ((self.pal.bg, width + 4), (self.pal.focus, width)):
            pygame.draw.circle(surface, colour, (x, y), size, w)
            pygame.draw.line(surface, colour, (x - size * 1.6, y), (x + size * 1.6, y), w)
            pygame.draw.line(surface, colour, (x, y - size * 1.6), (x, y + size * 1.6), w)
