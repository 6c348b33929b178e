"""The seam between a scene and the app that shows it: what a scene may ask of the app.

As in Textual, messages go up and attributes come down: the app hands each scene its context (``ctx``:
pack, language, session, settings, layout) when it builds it, and a scene asks the app for everything
else through this small protocol: show another scene, close itself, move the game on (``flow``), change
a setting, or be drawn again. Scenes never see the concrete :class:`rumours_game.ui.app.App`, so what
they can do to it is exactly what is written here, and mypy checks every call.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from rumours_game.pack.models import Pack
    from rumours_game.ui.context import UiContext
    from rumours_game.ui.flow import Flow
    from rumours_game.ui.scene import Scene


class SceneHost(Protocol):
    """What a scene may ask of the app that shows it."""

    dirty: bool
    """Set to True when the scene needs drawing again (a hover changed, a text moved)."""

    pack_index: int
    """Which of ``packs`` is played now."""

    @property
    def packs(self) -> Sequence[tuple[Path, Pack]]:
        """Every pack the app offers (path, pack); the title lets a team choose when there are several."""
        ...

    @property
    def ctx(self) -> UiContext:
        """The context the app built the scene with."""
        ...

    @property
    def flow(self) -> Flow:
        """The order of screens in a game: scenes move the game on through it (``flow.play()``, ...)."""
        ...

    @property
    def stack(self) -> Sequence[Scene]:
        """The scenes shown now, the top one last."""
        ...

    def push(self, scene: Scene) -> None:
        """Show ``scene`` over this one (this one comes back when it closes)."""

    def pop(self) -> None:
        """Close the top scene."""

    def replace(self, scene: Scene) -> None:
        """Show ``scene`` instead of the top scene."""

    def changed(self) -> None:
        """The top scene now shows a different page (a new screen for screenshots and the input guard)."""

    def later(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the current input has been handled (e.g. to change scenes)."""

    def rebuild(self) -> None:
        """Lay every scene out again (a setting that changes sizes or colours changed)."""

    def reload(self) -> bool:
        """Load the pack again from disk (F5 or a Retry button); True when it loaded."""
        ...

    def choose_pack(self, index: int) -> None:
        """Play pack ``index`` of ``packs`` from now on (the caller lays itself out again)."""

    def toggle_sound(self) -> None:
        """Sound off when on, on when off."""

    def toggle_large_text(self) -> None:
        """Large text on or off."""

    def toggle_contrast(self) -> None:
        """The high-contrast theme on or off."""
