"""The scenario pack format, version 1: the one source of truth.

Every model forbids unknown keys, so a typo in a pack is an error, never silently ignored.
The JSON Schema in ``scenarios/schema/pack.schema.json`` is generated from these models.
The building blocks live in :mod:`rumours_game.pack.base` and the puzzle types in
:mod:`rumours_game.pack.puzzle_types`; both are re-exported here, so ``pack.models`` names every model.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Annotated, Any, Literal, TypeVar, cast, overload

from pydantic import (
    Discriminator,
    Field,
    PrivateAttr,
    Tag,
    field_validator,
    model_validator,
)

from rumours_game.pack.base import (
    ID_PATTERN as ID_PATTERN,
)
from rumours_game.pack.base import (
    LANG_PATTERN as LANG_PATTERN,
)
from rumours_game.pack.base import (
    Fraction as Fraction,
)
from rumours_game.pack.base import (
    Id as Id,
)
from rumours_game.pack.base import (
    Lang as Lang,
)
from rumours_game.pack.base import (
    LocalText as LocalText,
)
from rumours_game.pack.base import (
    LocalTextList as LocalTextList,
)
from rumours_game.pack.base import (
    Model as Model,
)
from rumours_game.pack.base import (
    Rect as Rect,
)
from rumours_game.pack.base import (
    Requires as Requires,
)
from rumours_game.pack.base import (
    Rewards as Rewards,
)
from rumours_game.pack.puzzle_types import (
    PUZZLE_MODELS as PUZZLE_MODELS,
)
from rumours_game.pack.puzzle_types import (
    PUZZLE_TYPES as PUZZLE_TYPES,
)
from rumours_game.pack.puzzle_types import (
    ChoicePuzzle as ChoicePuzzle,
)
from rumours_game.pack.puzzle_types import (
    Cipher as Cipher,
)
from rumours_game.pack.puzzle_types import (
    CipherPuzzle as CipherPuzzle,
)
from rumours_game.pack.puzzle_types import (
    CodePuzzle as CodePuzzle,
)
from rumours_game.pack.puzzle_types import (
    CombinePuzzle as CombinePuzzle,
)
from rumours_game.pack.puzzle_types import (
    Hint as Hint,
)
from rumours_game.pack.puzzle_types import (
    MatchPuzzle as MatchPuzzle,
)
from rumours_game.pack.puzzle_types import (
    Option as Option,
)
from rumours_game.pack.puzzle_types import (
    OrderPuzzle as OrderPuzzle,
)
from rumours_game.pack.puzzle_types import (
    Pair as Pair,
)
from rumours_game.pack.puzzle_types import (
    Puzzle as Puzzle,
)
from rumours_game.pack.puzzle_types import (
    PuzzleBase as PuzzleBase,
)
from rumours_game.pack.puzzle_types import (
    PuzzleModel as PuzzleModel,
)
from rumours_game.pack.puzzle_types import (
    SearchPuzzle as SearchPuzzle,
)
from rumours_game.pack.puzzle_types import (
    SolvedBy as SolvedBy,
)
from rumours_game.pack.puzzle_types import (
    Target as Target,
)
from rumours_game.pack.puzzle_types import (
    TextPuzzle as TextPuzzle,
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


# --------------------------------------------------------------------------- rooms and items


class ItemUse(Model):
    """What happens when players use one item on an object."""

    item: Id = Field(description="The item players use on the object.")
    text: LocalText | None = Field(default=None, description="What players read when they use it.")
    puzzle: Literal["open", "solve"] | None = Field(
        default=None,
        description="'open' shows the object's puzzle; 'solve' solves it at once (its rewards are given).",
    )
    gives: list[Id] = Field(default=[], description="Items players get the first time they use it.")
    flags: list[Id] = Field(default=[], description="Flags set the first time they use it.")


class Hotspot(Model):
    """Something in a room players can look at: it may show text, give items or open a puzzle."""

    id: Id
    name: LocalText
    description: LocalText | None = None
    rect: Rect
    puzzle: Id | None = Field(default=None, description="The puzzle this object opens.")
    gives: list[Id] = Field(default=[], description="Items a player picks up by looking here (once).")
    requires: Requires = Requires()
    hidden: bool = Field(default=False, description="Invisible until 'requires' holds.")
    uses: list[ItemUse] = Field(
        default=[], description="Items that can be used on this object, and what they do."
    )
    wrong_item: LocalText | None = Field(
        default=None, description="What the object answers when players use an item that does not help."
    )

    @model_validator(mode="after")
    def _uses(self) -> Hotspot:
        if any(u.puzzle for u in self.uses) and self.puzzle is None:
            raise ValueError("a use says 'puzzle: open' or 'puzzle: solve', but this object opens no puzzle")
        items = [u.item for u in self.uses]
        twice = sorted({i for i in items if items.count(i) > 1})
        if twice:
            raise ValueError(f"the item '{twice[0]}' is listed twice in 'uses'; list each item once")
        return self


class Exit(Model):
    """A way out of a room: to another room, or out of the escape room itself when ``escape`` is true."""

    id: Id | None = Field(default=None, description="Defaults to '<room>-to-<to>'.")
    to: Id | None = None
    escape: bool = False
    label: LocalText | None = None
    rect: Rect | None = None
    requires: Requires = Requires()
    locked_text: LocalText | None = Field(default=None, description="Shown when players try it too early.")

    @model_validator(mode="after")
    def _target(self) -> Exit:
        if self.escape == (self.to is not None):
            raise ValueError("an exit needs either 'to: <room>' or 'escape: true' (exactly one of them)")
        return self


class Room(Model):
    id: Id
    name: LocalText
    description: LocalText | None = None
    background: str | None = Field(default=None, description="Image file inside the pack's assets/ folder.")
    music: str | None = None
    objects: list[Hotspot] = []
    exits: list[Exit] = []


class Item(Model):
    id: Id
    name: LocalText
    description: LocalText | None = None
    icon: str | None = None


# --------------------------------------------------------------------------- walkthroughs


class GoStep(Model):
    go: Id = Field(description="Walk to this room through an open exit.")


class LookStep(Model):
    look: Id = Field(description="Look at this object (picks up what it gives).")


class SolveStep(Model):
    solve: Id
    answer: Any = Field(default=None, description="The answer to give; omitted means the right one.")


class UseStep(Model):
    use: Id
    on: Id = Field(description="A hotspot id, or another item id to combine with.")


class HintStep(Model):
    hint: Id


class WaitStep(Model):
    wait: Annotated[float, Field(gt=0, le=100_000)] = Field(description="Seconds that pass.")


class EscapeStep(Model):
    escape: Id = Field(description="The id of the escape exit to go through.")


def _step_kind(value: Any) -> str | None:
    if isinstance(value, dict):
        for key in ("go", "look", "solve", "use", "hint", "wait", "escape"):
            if key in value:
                return key
        return None
    return _STEP_TAGS.get(type(value))


Step = Annotated[
    Annotated[GoStep, Tag("go")]
    | Annotated[LookStep, Tag("look")]
    | Annotated[SolveStep, Tag("solve")]
    | Annotated[UseStep, Tag("use")]
    | Annotated[HintStep, Tag("hint")]
    | Annotated[WaitStep, Tag("wait")]
    | Annotated[EscapeStep, Tag("escape")],
    Discriminator(
        _step_kind,
        custom_error_type="walkthrough_step",
        custom_error_message="a step starts with one of go, look, solve, use, hint, wait or escape",
    ),
]
_STEP_TAGS: dict[type, str] = {
    GoStep: "go",
    LookStep: "look",
    SolveStep: "solve",
    UseStep: "use",
    HintStep: "hint",
    WaitStep: "wait",
    EscapeStep: "escape",
}
STEP_KINDS: tuple[str, ...] = tuple(_STEP_TAGS.values())


class SurveyAnswers(Model):
    """Scripted survey answers for headless runs: per phase, item id to value; missing ones are seeded."""

    seed: int = 0
    players: Annotated[int, Field(ge=1, le=6)] = 1
    pre: dict[Id, int] = {}
    post: dict[Id, int] = {}


class Walkthrough(Model):
    name: Id
    ending: Literal["escaped", "out_of_time"] = "escaped"
    steps: Annotated[list[Step], Field(min_length=1)]
    survey: SurveyAnswers | None = None


# --------------------------------------------------------------------------- endings


class Ending(Model):
    title: LocalText
    text: LocalText


class Endings(Model):
    escaped: Ending
    out_of_time: Ending | None = None


# --------------------------------------------------------------------------- survey


class Scale(Model):
    """A Likert scale: 5 or 7 points, with labels for at least both ends."""

    points: Literal[5, 7] = 5
    anchors: dict[int, LocalText] = Field(
        description="Labels for scale points, at least the lowest and highest."
    )

    @model_validator(mode="after")
    def _anchors(self) -> Scale:
        if 1 not in self.anchors or self.points not in self.anchors:
            raise ValueError(f"the scale needs labels for point 1 and point {self.points}")
        bad = [k for k in self.anchors if not 1 <= k <= self.points]
        if bad:
            raise ValueError(f"scale labels for points outside 1..{self.points}: {bad}")
        return self


ITEM_KINDS: tuple[str, ...] = ("rumour", "fact", "attitude")
"""What a survey statement is: a false claim to reject, a true statement to accept, or an attitude."""


class SurveyItem(Model):
    id: Id
    statement: LocalText
    kind: Literal["rumour", "fact", "attitude"] = Field(
        default="rumour",
        description="'rumour': a false claim players should reject; 'fact': a true statement they should "
        "accept (with rumour items it measures truth discernment); 'attitude': an opinion, reported apart.",
    )
    reverse_coded: bool = Field(
        default=False, description="True for a pro-diversity statement (agreeing is good)."
    )
    rumour: Id | None = None
    scale: Scale | None = Field(default=None, description="Overrides the survey's scale for this item.")


class AttentionCheck(Model):
    id: Id
    statement: LocalText = Field(description="e.g. 'To show you are reading, choose \"Agree\".'")
    expect: int


class Survey(Model):
    scale: Scale
    items: Annotated[list[SurveyItem], Field(min_length=1)]
    attention_check: AttentionCheck | None = None
    consent: LocalText | None = Field(
        default=None, description="Overrides the default intro and consent text."
    )
    age_bands: list[Annotated[str, Field(pattern=r"^\d{1,2}-\d{1,2}$")]] = Field(
        default=[], description="Optional coarse age bands players may pick, e.g. '14-15'."
    )


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


def exit_id(room: Room, exit_: Exit) -> str:
    """The id of an exit: its own, or '<room>-to-<to>' ('<room>-escape' for an escape exit)."""
    if exit_.id:
        return exit_.id
    return f"{room.id}-to-{exit_.to}" if exit_.to else f"{room.id}-escape"


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
