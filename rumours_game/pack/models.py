"""The scenario pack format, version 1: the one source of truth.

Every model forbids unknown keys, so a typo in a pack is an error, never silently ignored.
The JSON Schema in ``scenarios/schema/pack.schema.json`` is generated from these models.
The building blocks live in :mod:`rumours_game.pack.base`, rooms and items in :mod:`rumours_game.pack.room_models`
and the puzzle types in :mod:`rumours_game.pack.puzzle_types`; all are re-exported here, so ``pack.models``
names every model.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Annotated, Any, Literal, TypeVar, cast, overload

from pydantic import (
    Field,
    PrivateAttr,
    field_validator,
    model_validator,
)

from rumours_game.pack.base import (
    ID_PATTERN as ID_PATTERN,
    LANG_PATTERN as LANG_PATTERN,
    Fraction as Fraction,
    Id as Id,
    Lang as Lang,
    LocalText as LocalText,
    LocalTextList as LocalTextList,
    Model as Model,
    Rect as Rect,
    Requires as Requires,
    Rewards as Rewards,
)
from rumours_game.pack.puzzle_types import (
    PUZZLE_MODELS as PUZZLE_MODELS,
    PUZZLE_TYPES as PUZZLE_TYPES,
    ChoicePuzzle as ChoicePuzzle,
    Cipher as Cipher,
    CipherPuzzle as CipherPuzzle,
    CodePuzzle as CodePuzzle,
    CombinePuzzle as CombinePuzzle,
    Hint as Hint,
    MatchPuzzle as MatchPuzzle,
    Option as Option,
    OrderPuzzle as OrderPuzzle,
    Pair as Pair,
    Puzzle as Puzzle,
    PuzzleBase as PuzzleBase,
    PuzzleModel as PuzzleModel,
    SearchPuzzle as SearchPuzzle,
    SolvedBy as SolvedBy,
    Target as Target,
    TextPuzzle as TextPuzzle,
)
from rumours_game.pack.room_models import (
    ArtText as ArtText,
    Exit as Exit,
    Hotspot as Hotspot,
    Item as Item,
    ItemUse as ItemUse,
    Overlay as Overlay,
    Room as Room,
    exit_id as exit_id,
)
from rumours_game.pack.survey_models import (
    ITEM_KINDS as ITEM_KINDS,
    AttentionCheck as AttentionCheck,
    Scale as Scale,
    Survey as Survey,
    SurveyItem as SurveyItem,
)
from rumours_game.pack.walkthroughs import (
    STEP_KINDS as STEP_KINDS,
    EscapeStep as EscapeStep,
    GoStep as GoStep,
    HintStep as HintStep,
    LookStep as LookStep,
    SolveStep as SolveStep,
    Step as Step,
    SurveyAnswers as SurveyAnswers,
    UseStep as UseStep,
    WaitStep as WaitStep,
    Walkthrough as Walkthrough,
)

T = TypeVar("T")

FORMAT_VERSION = 1
"""The newest pack ``format_version`` this engine understands."""

# --------------------------------------------------------------------------- metadata


class AgeRange(Model):
    min: Annotated[int, Field(ge=6, le=99)] = 14
    max: Annotated[int, Field(ge=6, le=99)] = 18

    @model_validator(mode="after")
    def _ordered(self) -> AgeRange:
        if self.min > self.max:
            raise ValueError("the youngest age ('min') is bigger than the oldest ('max')")
        return self


class Timer(Model):
    """A countdown for the whole game. Hints add their penalty to the time used."""

    minutes: Annotated[float, Field(gt=0, le=240)]


# --------------------------------------------------------------------------- rumours


class Source(Model):
    """Where a fact comes from. Every fact shown to players must have one."""

    publisher: Annotated[str, Field(min_length=1)]
    title: Annotated[str, Field(min_length=1)]
    year: Annotated[int, Field(ge=1900, le=2100)]
    url: str | None = None


class Fact(Model):
    text: LocalText
    source: Source
    nuance: LocalText | None = Field(
        default=None, description="What the fact does not say: limits, caveats, what is still debated."
    )


class Rumour(Model):
    id: Id
    statement: LocalText = Field(description="The rumour as people say it, e.g. 'They take our jobs'.")
    facts: Annotated[list[Fact], Field(min_length=1)] = Field(
        description="One or more sourced facts that bust the rumour."
    )
    debrief: LocalText | None = Field(default=None, description="Shown per rumour at the end of the game.")


# --------------------------------------------------------------------------- endings


class Ending(Model):
    title: LocalText
    text: LocalText


class Endings(Model):
    escaped: Ending
    out_of_time: Ending | None = None


# --------------------------------------------------------------------------- the pack


class PackMeta(Model):
    """What ``pack.yaml`` says about the pack as a whole."""

    id: Id
    title: LocalText
    summary: LocalText
    version: Annotated[str, Field(pattern=r"^\d+(\.\d+){0,2}([-+][0-9A-Za-z.-]+)?$")]
    format_version: int = Field(ge=1, description="The pack format version; this engine reads version 1.")
    languages: Annotated[list[Lang], Field(min_length=1)]
    default_language: Lang
    authors: Annotated[list[str], Field(min_length=1)] = Field(
        description="Group names (a school, a youth club), never personal names of minors."
    )
    age: AgeRange = AgeRange()
    minutes: Annotated[int, Field(ge=1, le=240)] = Field(description="How long a game usually takes.")
    licence: str
    start_room: Id | None = Field(
        default=None, description="Where players start; defaults to the first room."
    )

    @field_validator("version", mode="before")
    @classmethod
    def _version_str(cls, value: Any) -> Any:
        return str(value) if isinstance(value, int | float) and not isinstance(value, bool) else value

    @model_validator(mode="after")
    def _default_in_languages(self) -> PackMeta:
        if self.default_language not in self.languages:
            raise ValueError(f"the default language '{self.default_language}' is not in 'languages'")
        return self


class Pack(PackMeta):
    """A whole scenario pack, all its files merged."""

    timer: Timer | None = None
    rumours: list[Rumour] = []
    rooms: Annotated[list[Room], Field(min_length=1)]
    items: list[Item] = []
    puzzles: list[Puzzle] = []
    endings: Endings
    walkthroughs: list[Walkthrough] = []
    survey: Survey | None = None
    strings: dict[Lang, dict[str, str]] = Field(
        default={}, description="Overrides of the game's own interface texts, per language."
    )

    _lookup: PackIndex | None = PrivateAttr(default=None)
    _derived: dict[str, object] = PrivateAttr(default_factory=dict)

    def _index(self) -> PackIndex:
        """Id look-up tables, built on first use (the pack is immutable)."""
        # read the private attribute directly: pydantic's __getattr__ is slow on this hot path (the solver)
        cached: PackIndex | None = self.__pydantic_private__["_lookup"]  # type: ignore[index]
        if cached is None:
            cached = self._lookup = PackIndex.of(self)
        return cached

    def derived(self, key: str, factory: Callable[[Pack], T]) -> T:
        """Data computed once from this (immutable) pack, e.g. by the engine: ``factory(self)`` cached by key."""
        table: dict[str, object] = self.__pydantic_private__["_derived"]  # type: ignore[index]  # fast, as above
        if key not in table:
            table[key] = factory(self)
        # Each key is only ever filled by its one factory, so the cached value has the factory's type.
        return cast(T, table[key])

    @overload
    def lookup(self, kind: Literal["room"], id_: str) -> Room | None: ...
    @overload
    def lookup(self, kind: Literal["item"], id_: str) -> Item | None: ...
    @overload
    def lookup(self, kind: Literal["puzzle"], id_: str) -> Puzzle | None: ...
    @overload
    def lookup(self, kind: Literal["rumour"], id_: str) -> Rumour | None: ...
    @overload
    def lookup(self, kind: Literal["hotspot"], id_: str) -> Hotspot | None: ...
    @overload
    def lookup(self, kind: Literal["exit"], id_: str) -> Exit | None: ...
    def lookup(self, kind: LookupKind, id_: str) -> Room | Item | Puzzle | Rumour | Hotspot | Exit | None:
        """The room/item/puzzle/rumour/hotspot/exit with this id, or None when there is none."""
        table: Mapping[str, Room | Item | Puzzle | Rumour | Hotspot | Exit] = getattr(self._index(), kind)
        return table.get(id_)

    def room(self, room_id: str) -> Room:
        return self._index().room[room_id]

    def item(self, item_id: str) -> Item:
        return self._index().item[item_id]

    def puzzle(self, puzzle_id: str) -> Puzzle:
        return self._index().puzzle[puzzle_id]

    def rumour(self, rumour_id: str) -> Rumour:
        return self._index().rumour[rumour_id]

    def hotspot(self, hotspot_id: str) -> Hotspot:
        return self._index().hotspot[hotspot_id]

    def hotspot_room(self, hotspot_id: str) -> str:
        return self._index().hotspot_room[hotspot_id]

    def exits(self) -> dict[str, Exit]:
        """Every exit in the pack by its id."""
        return self._index().exit

    def exit_room(self, exit_id_: str) -> str:
        return self._index().exit_room[exit_id_]

    @property
    def first_room(self) -> str:
        return self.start_room or self.rooms[0].id


LookupKind = Literal["room", "item", "puzzle", "rumour", "hotspot", "exit"]


@dataclass(frozen=True)
class PackIndex:
    """A pack's things by id (what ``Pack.lookup`` and friends answer from)."""

    room: dict[str, Room]
    item: dict[str, Item]
    puzzle: dict[str, Puzzle]
    rumour: dict[str, Rumour]
    hotspot: dict[str, Hotspot]
    hotspot_room: dict[str, str]
    exit: dict[str, Exit]
    exit_room: dict[str, str]

    @classmethod
    def of(cls, pack: Pack) -> PackIndex:
        """Build the tables of one pack."""
        return cls(
            room={r.id: r for r in pack.rooms},
            item={i.id: i for i in pack.items},
            puzzle={p.id: p for p in pack.puzzles},
            rumour={r.id: r for r in pack.rumours},
            hotspot={h.id: h for r in pack.rooms for h in r.objects},
            hotspot_room={h.id: r.id for r in pack.rooms for h in r.objects},
            exit={exit_id(r, e): e for r in pack.rooms for e in r.exits},
            exit_room={exit_id(r, e): r.id for r in pack.rooms for e in r.exits},
        )


TOP_LEVEL_LISTS: tuple[str, ...] = ("rumours", "rooms", "items", "puzzles", "walkthroughs")
"""Keys whose lists are merged across all the pack's files."""
TOP_LEVEL_SINGLE: tuple[str, ...] = ("timer", "endings", "survey", "strings")
"""Keys that may appear in one file of the pack only."""
META_KEYS: tuple[str, ...] = tuple(PackMeta.model_fields)

ID_RE = re.compile(ID_PATTERN)
