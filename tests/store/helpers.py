"""Shared helpers for the store tests: a ticking clock and a played-through session."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from rumours_game.pack.models import Pack
from rumours_game.store import Store
from rumours_game.survey import AgeBand, Question, SurveyPlan, SurveyRun
from tests.survey.helpers import make_pack


class TickingClock:
    """A clock that moves on one second every time it is read."""

    def __init__(self, start: datetime = datetime(2026, 3, 5, 10, 0, tzinfo=UTC)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def play_session(
    store: Store,
    *,
    players: int = 2,
    seed: int = 0,
    event: str = "",
    end: bool = True,
    pack: Pack | None = None,
) -> str:
    """A team answers everything before and after (values from ``seed``) of ``pack`` (default: the small
    test pack); returns the session id."""
    pack = pack or make_pack()
    rng = random.Random(seed)
    session = store.start_session(pack, "en", seed=seed, event=event)
    plan = SurveyPlan.build(pack.survey, players, rng)  # type: ignore[arg-type]
    pre = SurveyRun(plan, store, session, "pre")
    for _ in plan.players:
        pre.consent(True)  # the next player's consent screen is also the hand-over (no separate pass screen)
        if isinstance(pre.step, AgeBand):
            pre.age_band(None)
        while isinstance(pre.step, Question):
            pre.answer(rng.randint(1, pre.step.item.scale_max))
    post = SurveyRun(plan, store, session, "post", players=pre.agreed)
    while post.step is not None:
        if isinstance(post.step, Question):
            post.answer(rng.randint(1, post.step.item.scale_max))
        else:
            post.ready()
    if end:
        store.end_session(session, "escaped")
    return session
