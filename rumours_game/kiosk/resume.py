"""After a crash or a power cut: the interrupted game resumes from its journal, or closes as incomplete.

A game that was being played (its journal has actions and replaying them leaves it playing) goes on in
its room with the same team, clock and inventory; the answers after the game are asked as usual. Any
other unfinished session (cut off in the survey before the game, or older ones) is closed as
'incomplete', keeping every answer it recorded.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rumours_game.engine import Session
from rumours_game.store import Store, StoreError, UnfinishedSession
from rumours_game.survey import SurveyPlan

if TYPE_CHECKING:
    from rumours_game.kiosk.game import Kiosk

log = logging.getLogger("rumours.kiosk")


def open_store(data_dir: Path, kiosk_id: str | None) -> Store:
    """The answers store of the data folder; problems found on opening go to the log."""
    from rumours_game.kiosk.run import KioskStartError

    try:
        store = Store.open(data_dir, kiosk_id=kiosk_id)
    except StoreError as err:
        raise KioskStartError(f"cannot open the answers store in {data_dir}: {err}", 1) from None
    for problem in store.problems:
        log.warning("%s", problem)
    return store


def _replayed(kiosk: Kiosk, unfinished: UnfinishedSession) -> tuple[int, Session] | None:
    """(pack index, replayed session) when ``unfinished`` is a game in progress of an offered pack."""
    if not unfinished.actions:
        return None
    for index, (_, pack) in enumerate(kiosk.packs):
        if (pack.id, pack.version) == (unfinished.pack_id, unfinished.pack_version):
            if unfinished.language not in pack.languages:
                return None
            try:
                session = Session.replay(pack, list(unfinished.actions), unfinished.seed)
            except ValueError as err:
                log.warning("session %s cannot be replayed: %s", unfinished.session_id, err)
                return None
            return (index, session) if session.state.phase == "playing" else None
    return None


def resume_session(kiosk: Kiosk, store: Store) -> bool:
    """Resume the latest interrupted game if it can be; close every other unfinished session as
    'incomplete'. True when a game was resumed."""
    try:
        unfinished = store.unfinished_sessions()
    except StoreError as err:
        log.error("interrupted sessions cannot be read: %s", err)
        return False
    resumed: Any = None
    if unfinished:
        found = _replayed(kiosk, unfinished[-1])
        if found is not None:
            resumed = (unfinished[-1], *found)
    for session in unfinished:
        if resumed is None or session is not resumed[0]:
            _close(store, session.session_id)
    if resumed is None:
        return False
    info, index, session = resumed
    if index != kiosk.pack_index:
        kiosk.choose_pack(index)
    store.resume_session(info, session.pack)  # typed answers judged, play figures kept as before the cut
    _enter(kiosk, info, session)
    log.info("resumed session %s after an interruption (%d actions)", info.session_id, len(info.actions))
    return True


def _close(store: Store, session_id: str) -> None:
    try:
        store.end_session(session_id, "incomplete")
        log.info("closed interrupted session %s as incomplete", session_id)
    except StoreError as err:
        log.error("session %s cannot be closed yet: %s", session_id, err)


def _enter(kiosk: Kiosk, info: UnfinishedSession, session: Session) -> None:
    """Put the app back in the room of the resumed game, as the team left it."""
    from rumours_game.ui.scenes.room import RoomScene

    app, ctx = kiosk.app, kiosk.app.ctx
    flow = app.flow
    ctx.lang = info.language
    survey = ctx.pack.survey
    flow.recorder.session_id, flow.recorder.journalled = info.session_id, len(session.log)
    flow.seed = info.seed
    flow.plan = SurveyPlan.restore(survey, info.players) if survey is not None and info.players else None
    flow.agreed = list(info.players)
    flow.survey, flow.cards, flow.game_over, flow.pending = None, [], False, 0.0
    ctx.session = session
    app.reset(RoomScene(ctx))
