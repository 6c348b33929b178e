"""The puzzle types of the pack format: one pydantic model per type, each declaring what solves it.

A type is declared here once: its model (with ``type: Literal["<name>"]``) joins :data:`PuzzleModel`, and
``solved_by`` says whether players solve it with an answer (a hotspot opens it) or by using items.
:data:`PUZZLE_TYPES` and every registry (engine rules, window widgets, text forms) follow this list; a test
fails when one lacks a type (see CONTRIBUTING.md, "A new puzzle type").
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Annotated, Any, ClassVar, Literal, TypeAlias, get_args

from pydantic import Field, field_validator, model_validator

from rumours_game.pack.base import Id, LocalText, LocalTextList, Model, Rect, Requires, Rewards

SolvedBy = Literal["answer", "use"]
"""``answer``: a hotspot opens the puzzle and players answer it (``Answer`` actions); ``use``: players use
items on things (``Use`` actions), no hotspot needs to open it and answers are refused."""


class Hint(Model):
    text: LocalText
    penalty: Annotated[int, Field(ge=0, le=3600)] = Field(
        default=30, description="Seconds added to the time used when this hint is taken."
    )


class PuzzleBase(Model):
    """What every puzzle has. A type's model also declares ``solved_by`` (see :data:`SolvedBy`)."""

    solved_by: ClassVar[SolvedBy] = "answer"
    id: Id
    title: LocalText
    prompt: LocalText
    hints: list[Hint] = []
    requires: Requires = Requires()
    rewards: Rewards = Rewards()
    rumour: Id | None = Field(default=None, description="The rumour this puzzle busts when solved.")
    success: LocalText | None = Field(default=None, description="Shown when the puzzle is solved.")


class CodePuzzle(PuzzleBase):
    """A digit or letter lock."""

    type: Literal["code"]
    answer: Annotated[str, Field(min_length=1, max_length=12)]
    alphabet: Literal["digits", "letters"] = "digits"

    @field_validator("answer", mode="before")
    @classmethod
    def _int_to_str(cls, value: Any) -> Any:
        return str(value) if isinstance(value, int) and not isinstance(value, bool) else value

    @model_validator(mode="after")
    def _fits_alphabet(self) -> CodePuzzle:
        if self.alphabet == "digits" and not self.answer.isdigit():
            raise ValueError(f"the code '{self.answer}' has something that is not a digit (0-9)")
        if self.alphabet == "letters" and not self.answer.isalpha():
            raise ValueError(f"the code '{self.answer}' has something that is not a letter")
        return self


class Option(Model):
    id: Id
    text: LocalText


class ChoicePuzzle(PuzzleBase):
    """Multiple choice, including 'rumour or fact?'. ``answer`` is one option id or a list of them."""

    type: Literal["choice"]
    options: Annotated[list[Option], Field(min_length=2)]
    answer: Id | Annotated[list[Id], Field(min_length=1)]

    def answer_ids(self) -> list[str]:
        return [self.answer] if isinstance(self.answer, str) else list(self.answer)


class OrderPuzzle(PuzzleBase):
    """Put things in sequence. ``entries`` are written in the right order; players see them shuffled."""

    type: Literal["order"]
    entries: Annotated[list[Option], Field(min_length=2)]


class Pair(Model):
    id: Id
    left: LocalText
    right: LocalText


class MatchPuzzle(PuzzleBase):
    """Pair things up. Each pair is written together; players see the right-hand sides shuffled."""

    type: Literal["match"]
    pairs: Annotated[list[Pair], Field(min_length=2)]


class TextPuzzle(PuzzleBase):
    """A typed answer. Case, accents, punctuation and extra spaces do not matter."""

    type: Literal["text"]
    answers: LocalTextList = Field(description="Every accepted answer (in each language).")


class Cipher(Model):
    kind: Literal["caesar", "reverse", "atbash"] = "caesar"
    shift: Annotated[int, Field(ge=1, le=40)] = 3


class CipherPuzzle(PuzzleBase):
    """Decode a message. The encoded text is made from ``answer`` with the cipher, in each language."""

    type: Literal["cipher"]
    answer: LocalText = Field(description="The decoded message players must type.")
    cipher: Cipher = Cipher()
    key_item: Id | None = Field(default=None, description="The item that shows the key (players need it).")


class Target(Model):
    id: Id
    name: LocalText
    rect: Rect


class SearchPuzzle(PuzzleBase):
    """Find things on a picture: every target must be found."""

    type: Literal["search"]
    image: str | None = None
    targets: Annotated[list[Target], Field(min_length=1)]


class CombinePuzzle(PuzzleBase):
    """Use an item on something in a room (``on`` a hotspot), or combine two items (``use`` lists both)."""

    type: Literal["combine"]
    solved_by: ClassVar[SolvedBy] = "use"
    use: Annotated[list[Id], Field(min_length=1, max_length=2)]
    on: Id | None = Field(default=None, description="The hotspot the item is used on.")
    consume: bool = Field(default=True, description="Whether the used items are used up.")

    @model_validator(mode="after")
    def _shape(self) -> CombinePuzzle:
        if len(self.use) == 1 and self.on is None:
            raise ValueError("with one item in 'use', say what it is used 'on' (a hotspot id)")
        if len(self.use) == 2 and self.on is not None:
            raise ValueError("combine two items ('use' lists two) or use one item 'on' a hotspot, not both")
        return self


class SequencePuzzle(PuzzleBase):
    """A button lock: press buttons (symbols, floors, steps of a story) in the right order. Players see the
    buttons in the order written and one slot per press; a button may be pressed more than once."""

    type: Literal["sequence"]
    buttons: Annotated[list[Option], Field(min_length=2, max_length=12)] = Field(
        description="The buttons players can press (2 to 12), shown in this order."
    )
    answer: Annotated[list[Id], Field(min_length=1, max_length=12)] = Field(
        description="The button ids in the order players must press them (1 to 12 presses)."
    )

    @model_validator(mode="after")
    def _presses_known_buttons(self) -> SequencePuzzle:
        ids = [b.id for b in self.buttons]
        twice = sorted({i for i in ids if ids.count(i) > 1})
        if twice:
            raise ValueError(f"two buttons have the id '{twice[0]}'; give each button its own id")
        unknown = [a for a in self.answer if a not in ids]
        if unknown:
            raise ValueError(
                f"the answer presses '{unknown[0]}', which is not a button here (the buttons: {', '.join(ids)})"
            )
        return self


PuzzleModel: TypeAlias = (
    CodePuzzle
    | ChoicePuzzle
    | OrderPuzzle
    | MatchPuzzle
    | TextPuzzle
    | CipherPuzzle
    | SearchPuzzle
    | CombinePuzzle
    | SequencePuzzle
)
"""Every puzzle type's model: the one list of types (the registries and PUZZLE_TYPES follow it)."""
Puzzle = Annotated[PuzzleModel, Field(discriminator="type")]


def _type_name(model: type[PuzzleBase]) -> str:
    return str(get_args(model.model_fields["type"].annotation)[0])


PUZZLE_MODELS: Mapping[str, type[PuzzleBase]] = MappingProxyType(
    {_type_name(model): model for model in get_args(PuzzleModel)}
)
"""Each puzzle type's name (its ``type:`` in a pack) and model, in the order of :data:`PuzzleModel`."""
PUZZLE_TYPES: tuple[str, ...] = tuple(PUZZLE_MODELS)
