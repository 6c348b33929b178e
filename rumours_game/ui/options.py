"""The screen options players can switch (sound, large text, high contrast): one list for every screen that
offers them (the title and the pause menu)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rumours_game.ui.context import UiContext
    from rumours_game.ui.host import SceneHost


def option_toggles(ctx: UiContext, app: SceneHost) -> list[tuple[str, str, bool, Callable[[], None]]]:
    """(key, label with its state, on, toggle) for each screen option, in the order they are shown."""
    s = ctx.settings

    def label(key: str, on: bool) -> str:
        return f"{ctx.t(key)}: {ctx.t('common.on' if on else 'common.off')}"

    return [
        ("sound", label("team.sound", not s.muted), not s.muted, app.toggle_sound),
        ("large-text", label("team.large_text", s.large_text), s.large_text, app.toggle_large_text),
        ("contrast", label("team.high_contrast", s.high_contrast), s.high_contrast, app.toggle_contrast),
    ]
