"""The survey plan of one session: its items, its players and each player's item order."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from rumours_game.pack.digest import data_hash
from rumours_game.pack.models import LocalText, Scale, Survey
from rumours_game.survey.answers import SCALE_MIN, Answer, Phase, check_value
from rumours_game.survey.codes import new_player_code

MAX_PLAYERS = 6


@dataclass(frozen=True)
class PlanItem:
    """One statement players rate, with the scale it uses."""

    id: str
    statement: LocalText
    scale: Scale
    reverse_coded: bool = False
    rumour: str | None = None
    is_check: bool = False
    """The attention-check item: kept with the answers, never part of the index."""
    expect: int | None = None
    """For the attention check: the value a reading player picks."""
    kind: str = "rumour"
    """'rumour', 'fact', 'attitude' or 'check' (the attention check)."""

    @property
    def scale_max(self) -> int:
        return self.scale.points

    @property
    def item_hash(self) -> str:
        """A hash of what players read and rate (statement in every language, scale, coding, kind): an item
        whose hash differs between pack versions is not pooled across them by the index."""
        statement = self.statement if isinstance(self.statement, str) else dict(self.statement)
        return data_hash([statement, self.scale.points, self.reverse_coded, self.kind])[:16]

    def answer(self, player_code: str, phase: Phase, value: object) -> Answer:
        """An :class:`Answer` for ``value``; raises ``InvalidAnswer`` when it is not on the scale."""
        return Answer(
            player_code=player_code,
            item_id=self.id,
            phase=phase,
            value=check_value(self.scale, value),
            scale_min=SCALE_MIN,
            scale_max=self.scale.points,
            reverse_coded=self.reverse_coded,
            rumour_id=self.rumour,
            is_check=self.is_check,
        )


@dataclass(frozen=True)
class PlannedPlayer:
    """A player slot of the team: number (1-6), random code, and the seed of their item order."""

    number: int
    code: str
    order_seed: int


def plan_items(survey: Survey) -> tuple[PlanItem, ...]:
    """The items of a pack's survey in pack order, the attention check last."""
    items = [
        PlanItem(
            id=it.id,
            statement=it.statement,
            scale=it.scale or survey.scale,
            reverse_coded=it.reverse_coded,
            rumour=it.rumour,
            kind=it.kind,
        )
        for it in survey.items
    ]
    check = survey.attention_check
    if check is not None:
        items.append(
            PlanItem(
                id=check.id,
                statement=check.statement,
                scale=survey.scale,
                is_check=True,
                expect=check.expect,
                kind="check",
            )
        )
    return tuple(items)


@dataclass(frozen=True)
class SurveyPlan:
    """What a team answers before and after the game. Every player answers every item in both phases."""

    items: tuple[PlanItem, ...]
    players: tuple[PlannedPlayer, ...]
    age_bands: tuple[str, ...] = ()

    @classmethod
    def build(cls, survey: Survey, players: int, rng: random.Random) -> SurveyPlan:
        """A plan for a team of ``players`` (1-6): fresh player codes and order seeds drawn from ``rng``."""
        if not 1 <= players <= MAX_PLAYERS:
            raise ValueError(f"a team has 1 to {MAX_PLAYERS} players, not {players}")
        made: list[PlannedPlayer] = []
        for number in range(1, players + 1):
            code = new_player_code(rng, taken={p.code for p in made})
            made.append(PlannedPlayer(number=number, code=code, order_seed=rng.randrange(2**31)))
        return cls.restore(survey, made)

    @classmethod
    def restore(cls, survey: Survey, players: Sequence[PlannedPlayer]) -> SurveyPlan:
        """The plan of players recorded earlier (to resume a session)."""
        return cls(items=plan_items(survey), players=tuple(players), age_bands=tuple(survey.age_bands))

    def order(self, player: PlannedPlayer, phase: Phase) -> list[PlanItem]:
        """The player's item order in ``phase``: a shuffle seeded by their recorded seed and the phase."""
        items = list(self.items)
        random.Random(f"{player.order_seed}:{phase}").shuffle(items)
        return items

    def item(self, item_id: str) -> PlanItem:
        """The item with this id (``KeyError`` when there is none)."""
        for it in self.items:
            if it.id == item_id:
                return it
        raise KeyError(item_id)
