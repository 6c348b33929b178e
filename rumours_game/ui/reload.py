"""F5: read the pack again from disk while playing, keeping progress wherever its ids still exist."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rumours_game.engine import Session
from rumours_game.pack import PackError, load_pack

if TYPE_CHECKING:
    from rumours_game.ui.app import App


def reload_pack(app: App) -> bool:
    """Reload ``app.ctx.pack_path``; on errors show them on screen (never raise). True when reloaded."""
    from rumours_game.ui.scenes.pack_error import PackErrorScene
    from rumours_game.ui.scenes.room import RoomScene

    ctx = app.ctx
    try:
        pack = load_pack(ctx.pack_path)
    except PackError as err:
        scene = PackErrorScene(ctx, err.problems)
        if isinstance(app.top, PackErrorScene):
            app.replace(scene)
        else:
            app.push(scene)
        return False
    ctx.pack = pack
    app.packs[app.pack_index] = (ctx.pack_path, pack)
    ctx.assets.clear()
    ctx.audio.forget()
    while isinstance(app.top, PackErrorScene):
        app.pop()
    session = ctx.session
    if session is not None and session.state.phase == "playing":
        # Replaying the log on the new pack keeps every step whose ids still exist (others are refused).
        ctx.session = Session.replay(pack, session.log_dicts(), session.seed)
        if ctx.session.state.phase == "playing":
            app.reset(RoomScene(ctx))
            return True
        app.flow.game_over = True
        app.flow.advance()
        return True
    app.rebuild()
    return True
