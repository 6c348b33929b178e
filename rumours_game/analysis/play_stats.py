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


def replay_journal(
    pack: Pack | None, recorded_ending: str | None, actions: Iterable[dict[str, Any]]
) -> SessionPlay:
    """Replay a session's journalled actions (each ``{"at", "action"}``, in order) with its pack."""
    play = SessionPlay(ending_of(recorded_ending))
    if pack is None:
        play.problem = "the pack of this session was not given"
        return play
    state = new_game(pack)
    opens = {spot.id: spot.puzzle for room in pack.rooms for spot in room.objects if spot.puzzle}
    for n, entry in enumerate(actions, 1):
        try:
            action = action_from_dict(entry["action"])
            state, events = step(pack, state, action)
        except (KeyError, TypeError, ValueError) as err:
            play.problem = f"journal entry {n} cannot be replayed ({err})"
            break
        at = state.elapsed
        touched = action.puzzle if isinstance(action, Answer | Hint) else None
        if isinstance(action, Look):
            touched = opens.get(action.hotspot)
        if touched and pack.lookup("puzzle", touched) is not None:
            here = play.puzzles.setdefault(touched, PuzzlePlay())
            here.reached_at = at if here.reached_at is None else here.reached_at
        for event in events:
            if event.kind in (K.PUZZLE_SOLVED, K.WRONG_ANSWER, K.HINT_SHOWN):
                here = play.puzzles.setdefault(event.id, PuzzlePlay(reached_at=at))
                if event.kind == K.PUZZLE_SOLVED and here.solved_at is None:
                    here.solved_at = at
                elif event.kind == K.WRONG_ANSWER:
                    here.wrong += 1
                elif event.kind == K.HINT_SHOWN:
                    here.hints += 1
    play.seconds = state.time_used
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
