"""How the game played, from session journals: endings, time to escape, and per puzzle how many teams
reached it, solved it, how long it took, the hints and wrong answers, and where teams got stuck.

A journal is replayed through the engine with its pack (typed answers are journalled as the pack's own
answer when right and as wrong otherwise, so replay reproduces what happened without any player text)."""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rumours_game.engine.actions import Answer, Hint, Look, action_from_dict
from rumours_game.engine.events import K
from rumours_game.engine.rules import new_game, step
from rumours_game.pack.models import Pack

ENDINGS = ("escaped", "out_of_time", "abandoned")
"""Sessions that were quit, closed as incomplete after an interruption, or never ended are 'abandoned'."""


@dataclass
class PuzzlePlay:
    """One team on one puzzle: when it first reached it and solved it (game seconds), hints, wrong answers."""

    reached_at: float | None = None
    solved_at: float | None = None
    hints: int = 0
    wrong: int = 0


@dataclass
class SessionPlay:
    """One team's game: its ending, the game time it took, and its puzzles."""

    ending: str
    seconds: float | None = None
    puzzles: dict[str, PuzzlePlay] = field(default_factory=dict)
    problem: str | None = None
    """Why the journal could not be replayed to the end (a pack that changed, a damaged row), if so."""


def ending_of(recorded: str | None) -> str:
    """'escaped', 'out_of_time' or 'abandoned' (quit, incomplete, or never ended)."""
    return recorded if recorded in ("escaped", "out_of_time") else "abandoned"


PUZZLE_EVENTS = ("reached", "solved", "hint", "wrong")
"""What the store records of each puzzle (never what was typed): first reached, solved, a hint, a wrong
answer."""


class PlayTracker:
    """Follows one game action by action and says what happened to which puzzle. The store keeps these
    per-puzzle figures as the game is played, so play statistics need neither the pack nor a replay."""

    def __init__(self, pack: Pack, seed: int = 0) -> None:
        self.pack = pack
        self.state = new_game(pack, seed)
        self._opens = {spot.id: spot.puzzle for room in pack.rooms for spot in room.objects if spot.puzzle}
        self._reached: set[str] = set()

    @property
    def seconds(self) -> float:
        """The game time used so far (clock plus hint penalties)."""
        return self.state.time_used

    @property
    def at(self) -> float:
        """The game clock (seconds) after the last action."""
        return self.state.elapsed

    def feed(self, action: dict[str, Any]) -> list[tuple[str, str]]:
        """Apply one journalled action (``action_to_dict`` form, typed answers as journalled); returns
        (puzzle id, event) pairs, event one of :data:`PUZZLE_EVENTS`. Raises ``ValueError`` or
        ``TypeError`` for an action that cannot be applied."""
        parsed = action_from_dict(action)
        self.state, events = step(self.pack, self.state, parsed)
        out: list[tuple[str, str]] = []
        touched = parsed.puzzle if isinstance(parsed, Answer | Hint) else None
        if isinstance(parsed, Look):
            touched = self._opens.get(parsed.hotspot)
        found = [(e.id, _EVENT_NAMES[e.kind]) for e in events if e.kind in _EVENT_NAMES]
        for puzzle in [touched] if touched and self.pack.lookup("puzzle", touched) is not None else []:
            found.insert(0, (puzzle, "reached"))
        for puzzle, what in found:
            if puzzle not in self._reached:
                self._reached.add(puzzle)
                out.append((puzzle, "reached"))
            if what != "reached":
                out.append((puzzle, what))
        return out


_EVENT_NAMES: dict[str, str] = {K.PUZZLE_SOLVED: "solved", K.WRONG_ANSWER: "wrong", K.HINT_SHOWN: "hint"}


def add_event(play: SessionPlay, puzzle: str, what: str, at: float) -> None:
    """Count one puzzle event of a session at game time ``at``."""
    here = play.puzzles.setdefault(puzzle, PuzzlePlay())
    if what == "reached" and here.reached_at is None:
        here.reached_at = at
    elif what == "solved" and here.solved_at is None:
        here.solved_at = at
    elif what == "hint":
        here.hints += 1
    elif what == "wrong":
        here.wrong += 1


def replay_journal(
    pack: Pack | None, recorded_ending: str | None, actions: Iterable[dict[str, Any]], seed: int = 0
) -> SessionPlay:
    """Replay a session's journalled actions (each ``{"at", "action"}``, in order) with its pack: for
    journals recorded before the store kept per-puzzle figures."""
    play = SessionPlay(ending_of(recorded_ending))
    if pack is None:
        play.problem = "the pack version this session played was not given"
        return play
    tracker = PlayTracker(pack, seed)
    for n, entry in enumerate(actions, 1):
        try:
            found = tracker.feed(entry["action"])
        except (KeyError, TypeError, ValueError) as err:
            play.problem = f"journal entry {n} cannot be replayed ({err})"
            break
        for puzzle, what in found:
            add_event(play, puzzle, what, tracker.at)
    play.seconds = tracker.seconds
    return play


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def summarize_play(plays: list[SessionPlay], puzzle_order: list[str]) -> dict[str, Any]:
    """Sessions by ending, median time to escape, per puzzle figures, and the puzzle where most teams got
    stuck (reached it but never solved it)."""
    counts = {ending: sum(1 for p in plays if p.ending == ending) for ending in ENDINGS}
    escaped = [p.seconds for p in plays if p.ending == "escaped" and p.seconds is not None]
    known = [pid for pid in puzzle_order] + sorted(
        {pid for p in plays for pid in p.puzzles} - set(puzzle_order)
    )
    puzzles: dict[str, Any] = {}
    for pid in known:
        mine = [p.puzzles[pid] for p in plays if pid in p.puzzles]
        reached = [x for x in mine if x.reached_at is not None]
        solved = [x for x in mine if x.solved_at is not None]
        times = [
            x.solved_at - x.reached_at for x in solved if x.reached_at is not None and x.solved_at is not None
        ]
        puzzles[pid] = {
            "reached": len(reached),
            "solved": len(solved),
            "stuck": len(reached) - len(solved),
            "median_seconds_to_solve": _median(times),
            "hints": sum(x.hints for x in mine),
            "wrong_answers": sum(x.wrong for x in mine),
        }
    stuck = max(puzzles, key=lambda pid: (puzzles[pid]["stuck"], -known.index(pid)), default=None)
    return {
        "sessions": len(plays),
        **counts,
        "median_seconds_to_escape": _median(escaped),
        "puzzles": puzzles,
        "most_stuck": stuck if stuck is not None and puzzles[stuck]["stuck"] > 0 else None,
        "not_replayed": sum(1 for p in plays if p.problem),
    }


def format_play(summary: dict[str, Any]) -> str:
    """The play statistics as text for a terminal."""

    def secs(value: float | None) -> str:
        return "-" if value is None else f"{value:.0f} s" if value < 90 else f"{value / 60:.1f} min"

    lines = [
        f"Sessions: {summary['sessions']}  escaped: {summary['escaped']}  out of time: {summary['out_of_time']}  "
        f"abandoned: {summary['abandoned']}  median time to escape: {secs(summary['median_seconds_to_escape'])}",
    ]
    if summary["puzzles"]:
        rows = [["puzzle", "reached", "solved", "median time", "hints", "wrong answers"]]
        for pid, f in summary["puzzles"].items():
            rows.append([pid, str(f["reached"]), str(f["solved"]), secs(f["median_seconds_to_solve"]),
                         str(f["hints"]), str(f["wrong_answers"])])  # fmt: skip
        widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
        lines += ["", *("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in
                                  enumerate(zip(r, widths, strict=True))).rstrip() for r in rows)]  # fmt: skip
    if summary["most_stuck"]:
        f = summary["puzzles"][summary["most_stuck"]]
        lines += [
            "",
            f"Most teams got stuck at '{summary['most_stuck']}': {f['stuck']} reached it and never solved it.",
        ]
    if summary["not_replayed"]:
        lines += [
            "",
            f"{summary['not_replayed']} session(s) could not be replayed to the end (another pack version?).",
        ]
    return "\n".join(lines) + "\n"
