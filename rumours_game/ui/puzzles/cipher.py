"""Decode a message: the coded text, a key table (once players hold the key item) and typed entry."""

from __future__ import annotations

import pygame

from rumours_game.engine import CipherView, K, cipher_view
from rumours_game.ui.puzzles.controls import label_surface
from rumours_game.ui.puzzles.entry import EntryWidget
from rumours_game.ui.text import fit, text_height


class CipherWidget(EntryWidget):
    """The message on the left with its key under it; the answer field and keyboard on the right."""

    how_to = "puzzle.how.cipher"

    @property
    def view(self) -> CipherView:
        """The engine's answer to what this cipher shows now (the message, the key once it is held)."""
        return cipher_view(self.ctx.pack, self.ctx.session.state, self.puzzle, self.ctx.lang)

    def layout(self, body: pygame.Rect) -> None:
        ctx = self.ctx
        self.own_controls = []
        gap = ctx.px(16)
        left = pygame.Rect(body.x, body.y, int(body.w * 0.44), body.h)
        right = pygame.Rect(left.right + gap, body.y, body.right - left.right - gap, body.h)
        self.left = left
        pal = self.pal
        self._caption = label_surface(
            ctx, ctx.t("puzzle.cipher.message"), left.w, ctx.px(30), 18, pal.muted, align="left"
        )
        coded_h = ctx.px(24) + self._coded_height(left.w - ctx.px(24))
        code_h = min(int(left.h * 0.36), coded_h)  # what the key table below does not need
        self._code = label_surface(
            ctx,
            self.view.coded,
            left.w - ctx.px(24),
            code_h - ctx.px(16),
            34,
            pal.accent,
            bold=True,
            align="center",
        )
        self.code_rect = pygame.Rect(left.x, left.y + self._caption.get_height() + ctx.px(6), left.w, code_h)
        aid = pygame.Rect(
            left.x, self.code_rect.bottom + gap, left.w, left.bottom - self.code_rect.bottom - gap
        )
        self.aid_rect = aid
        self._aid = self.render_aid(aid)
        field_h = ctx.px(60)
        check_w = self.check_width(min(ctx.px(180), right.w // 3))
        self.field_rect = pygame.Rect(right.x, right.y, right.w - check_w - ctx.px(10), field_h)
        self.own(self.button("field", self.field_rect, "", self.submit, style="flat"))
        self.check_button(pygame.Rect(self.field_rect.right + ctx.px(10), right.y, check_w, field_h))
        self.keyboard = self.make_keyboard()
        self.keyboard.build(pygame.Rect(right.x, right.y + field_h + gap, right.w, right.h - field_h - gap))
        self._keys_changed()
        self.focus_key("field")
        self.value_changed()

    def _coded_height(self, width: int) -> int:
        """How tall the coded message is at its size in ``width`` (it wraps rather than shrink)."""
        return text_height(self.ctx, self.view.coded, width, self.ctx.font_px(34), True)

    def render_aid(self, rect: pygame.Rect) -> pygame.Surface:
        """The key as a two-row table (coded over plain letters), or a note saying what unlocks it."""
        ctx = self.ctx
        pal = self.pal
        view = self.view
        if view.needs_item is not None:
            name = ctx.tr(ctx.pack.item(view.needs_item).name)
            return label_surface(
                ctx, ctx.t("puzzle.cipher.need_key", item=name), rect.w, rect.h, 20, pal.muted, align="left"
            )
        if view.backwards:
            return label_surface(
                ctx, ctx.t("puzzle.cipher.reverse"), rect.w, rect.h, 22, pal.text, align="left"
            )
        pairs = view.pairs
        key_text = ctx.t("puzzle.cipher.key")
        key_h = max(ctx.px(30), text_height(ctx, key_text, rect.w, ctx.font_px(18)))
        caption = label_surface(ctx, key_text, rect.w, key_h, 18, pal.muted, align="left")
        side = ctx.px(34 * ctx.text_scale)  # a key cell holds a letter of the readable size
        letter = ctx.font_real(ctx.floor_px(ctx.font_px(20)), True)
        narrow = max(letter.size(ch)[0] for pair in pairs for ch in pair) + 1
        # square cells; else narrower ones (fewer rows) and closer rows, until the letters have their height
        for width, apart in ((side, ctx.px(10)), (narrow, ctx.px(10)), (narrow, ctx.px(4))):
            cols = max(1, min(len(pairs), rect.w // width))
            blocks = -(-len(pairs) // cols)
            cols = -(-len(pairs) // blocks)
            cell_h = min(side, (rect.h - caption.get_height() - apart * blocks) // (2 * blocks))
            if cell_h >= letter.get_linesize():
                break
        cell_w = rect.w // cols
        surface = pygame.Surface(rect.size, pygame.SRCALPHA)
        surface.blit(caption, (0, 0))
        y = caption.get_height() + ctx.px(4)
        for b in range(blocks):
            chunk = pairs[b * cols : (b + 1) * cols]
            for i, (coded, plain) in enumerate(chunk):
                for row, (ch, colour, face) in enumerate(
                    ((coded, pal.accent, pal.panel), (plain, pal.text, pal.bg))
                ):
                    cell = pygame.Rect(i * cell_w, y + row * cell_h, cell_w, cell_h)
                    pygame.draw.rect(surface, face, cell)
                    pygame.draw.rect(surface, pal.panel_edge, cell, 1)
                    font, _ = fit(
                        ctx, ch, cell_w, cell_h, ctx.font_px(20), True, where=cell.move(rect.topleft)
                    )
                    img = font.render(ch, True, colour)
                    surface.blit(img, img.get_rect(center=cell.center))
            y += 2 * cell_h + apart
        return surface

    def on_engine_event(self, event) -> None:
        if event.kind == K.ITEM_GAINED and event.id == self.puzzle.key_item:
            self._aid = self.render_aid(self.aid_rect)

    def value_changed(self) -> None:
        super().value_changed()
        self._text = self.field_text(self.field_rect)

    def draw_body(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        surface.blit(self._caption, (self.left.x, self.left.y))
        pygame.draw.rect(surface, self.pal.bg, self.code_rect, border_radius=ctx.px(10))
        pygame.draw.rect(surface, self.pal.accent, self.code_rect, ctx.px(2), border_radius=ctx.px(10))
        surface.blit(self._code, self._code.get_rect(center=self.code_rect.center))
        surface.blit(self._aid, self.aid_rect)
        self.draw_field(surface, self.field_rect, self._text)
