"""What front ends show, decided once: what a hotspot's puzzle does now, the clock, a cipher's key.

The window (``ui/``) and the terminal (``text/``) draw these answers; they never re-decide them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from rumours_game.engine.ciphers import alphabet_for, key_pairs
from rumours_game.engine.queries import cipher_text, met, next_hint, time_left
from rumours_game.engine.state import GameState
from rumours_game.pack.models import CipherPuzzle, Ending, Hint, Pack, Puzzle

HURRY_SECONDS = 60.0
"""Seconds left at which players are told to hurry (the clock turns red; the terminal warns once)."""


class Access(StrEnum):
    """What looking at a hotspot does about its puzzle, now."""

    NONE = "none"
    """No puzzle here (or the game is over)."""
    ANSWER = "answer"
    """The puzzle opens: players answer it."""
    USE = "use"
    """The puzzle is solved by using items (on this hotspot or on each other): show it, take no answers."""
    LOCKED = "locked"
    """The hotspot's or the puzzle's requirements do not hold yet."""
    SOLVED = "solved"
    """The puzzle was solved already."""


@dataclass(frozen=True)
class SpotPuzzle:
    """A hotspot's puzzle and what looking at the hotspot does about it now."""

    access: Access
    puzzle: Puzzle | None = None


def spot_puzzle(pack: Pack, state: GameState, hotspot_id: str) -> SpotPuzzle:
    """What looking at ``hotspot_id`` does about the puzzle it opens (see :class:`Access`)."""
    spot = pack.lookup("hotspot", hotspot_id)
    puzzle = pack.lookup("puzzle", spot.puzzle) if spot is not None and spot.puzzle else None
    if spot is None or puzzle is None or state.over:
        return SpotPuzzle(Access.NONE)
    if puzzle.id in state.solved:
        return SpotPuzzle(Access.SOLVED, puzzle)
    if not (met(spot.requires, state) and met(puzzle.requires, state)):
        return SpotPuzzle(Access.LOCKED, puzzle)
    return SpotPuzzle(Access.ANSWER if puzzle.solved_by == "answer" else Access.USE, puzzle)


def hint_offer(pack: Pack, state: GameState, puzzle_id: str) -> Hint | None:
    """The hint players can take for this puzzle now: None once it is solved, the game is over or every
    hint was taken (the engine refuses a ``Hint`` then)."""
    if puzzle_id in state.solved or state.over or pack.lookup("puzzle", puzzle_id) is None:
        return None
    return next_hint(pack, state, puzzle_id)


def ending_for(pack: Pack, state: GameState) -> Ending | None:
    """The pack's ending for how the game ended; None while playing, or out of time in a pack that wrote
    no ``out_of_time`` ending (front ends then show their own out-of-time text, never the escape's)."""
    if state.phase == "escaped":
        return pack.endings.escaped
    return pack.endings.out_of_time if state.phase == "out_of_time" else None


@dataclass(frozen=True)
class Clock:
    """The game clock as players see it."""

    left: float | None
    """Seconds left (hint penalties count), or None when the pack has no timer."""
    used: float
    """Seconds used: play time plus hint penalties."""

    @property
    def hurry(self) -> bool:
        """True when little time is left (at most :data:`HURRY_SECONDS`)."""
        return self.left is not None and self.left <= HURRY_SECONDS


def clock(pack: Pack, state: GameState, pending: float = 0.0) -> Clock:
    """The clock, counting ``pending`` seconds a front end has not sent to the engine yet (as a ``Tick``)."""
    left = time_left(pack, state)
    return Clock(
        None if left is None else max(0.0, left - pending),
        state.time_used + pending,
    )


@dataclass(frozen=True)
class CipherView:
    """What a cipher puzzle shows: the coded message and, once players hold the key item, its key."""

    coded: str
    needs_item: str | None
    """The key item players do not hold yet (the key stays hidden), or None."""
    backwards: bool
    """The message is written backwards (no letter table)."""
    pairs: tuple[tuple[str, str], ...]
    """(coded letter, plain letter) for every letter of the players' alphabet; empty when backwards or hidden."""


def cipher_view(pack: Pack, state: GameState, puzzle: CipherPuzzle, lang: str) -> CipherView:
    """The coded message in ``lang`` and the key players see in this state."""
    needs = puzzle.key_item if puzzle.key_item and puzzle.key_item not in state.inventory else None
    backwards = puzzle.cipher.kind == "reverse"
    pairs = () if needs or backwards else key_pairs(puzzle.cipher, alphabet_for(lang))
    return CipherView(cipher_text(pack, puzzle, lang), needs, backwards, pairs)
