"""Walkthroughs: an author's list of steps that proves a pack can be finished, replayed on the engine."""

from __future__ import annotations

from dataclasses import dataclass, field

from rumours_game.analysis.refusals import explain, in_words
from rumours_game.engine.actions import Action, Answer, Escape, Go, Hint, Look, Tick, Use
from rumours_game.engine.events import Event, K
from rumours_game.engine.queries import describe_value, solution
from rumours_game.engine.session import Session
from rumours_game.pack.i18n import tr
from rumours_game.pack.models import (
    EscapeStep,
    GoStep,
    HintStep,
    LookStep,
    Pack,
    SearchPuzzle,
    SolveStep,
    UseStep,
    WaitStep,
    Walkthrough,
)


def step_actions(pack: Pack, step: object) -> list[Action]:
    """The engine actions one walkthrough step stands for ([] when it names an unknown puzzle)."""
    match step:
        case GoStep(go=room):
            return [Go(room)]
        case LookStep(look=spot):
            return [Look(spot)]
        case UseStep(use=item, on=on):
            return [Use(item, on)]
        case HintStep(hint=pid):
            return [Hint(pid)]
        case WaitStep(wait=seconds):
            return [Tick(seconds)]
        case EscapeStep(escape=exit_id):
            return [Escape(exit_id)]
        case SolveStep(solve=pid, answer=answer):
            puzzle = pack.lookup("puzzle", pid)
            if answer is None:
                return solution(pack, pid) if puzzle is not None else [Answer(pid, None)]
            if isinstance(puzzle, SearchPuzzle):
                targets = {t.id: t for t in puzzle.targets}
                names = answer if isinstance(answer, list) else [answer]
                return [Answer(pid, targets[n].rect.centre if n in targets else (-1.0, -1.0)) for n in names]
            return [Answer(pid, tuple(answer) if isinstance(answer, list) else answer)]
    raise TypeError(f"not a walkthrough step: {step!r}")


def walkthrough_actions(pack: Pack, walkthrough: Walkthrough) -> list[Action]:
    """Every engine action of a walkthrough, in order."""
    return [a for s in walkthrough.steps for a in step_actions(pack, s)]


def describe_event(pack: Pack, event: Event) -> str:
    """A one-line text form of an event for transcripts; texts in the pack's default language."""
    if event.kind in (K.LOOKED, K.PUZZLE_SOLVED) and event.value is not None:
        event = Event(event.kind, event.id, tr(event.value, pack.default_language, pack.default_language))
    return str(event)


def describe_action(action: Action) -> str:
    """A one-line text form of an action, for transcripts."""
    name = type(action).__name__.lower()
    args = " ".join(describe_value(v) for v in vars(action).values())
    return f"{name} {args}"


@dataclass
class WalkthroughRun:
    """The result of replaying a walkthrough."""

    ok: bool
    ending: str | None
    session: Session
    problem: str | None = None
    transcript: list[str] = field(default_factory=list)
    step_index: int | None = None
    """0-based index of the step that went wrong, when one did."""


def run_walkthrough(pack: Pack, walkthrough: Walkthrough, seed: int = 0) -> WalkthroughRun:
    """Replay a walkthrough; it passes when no step is refused and the declared ending is reached.

    A failure names the step that went wrong and says in words what the game expected; when a refusal comes
    from an earlier wrong answer, that earlier step is blamed.
    """
    session = Session(pack, seed)
    transcript: list[str] = []
    wrong: dict[str, tuple[int, Action]] = {}
    for index, step in enumerate(walkthrough.steps):
        for action in step_actions(pack, step):
            transcript.append(f"> {describe_action(action)}")
            before = session.state
            events: list[Event] = session.apply(action)
            transcript += [f"  {describe_event(pack, e)}" for e in events]
            for event in events:
                if event.kind == K.WRONG_ANSWER:
                    wrong.setdefault(event.id, (index, action))
                elif event.kind == K.PUZZLE_SOLVED:
                    wrong.pop(event.id, None)
            refused = next((e for e in events if e.kind == K.REFUSED), None)
            if refused is not None:
                why = explain(pack, before, action, refused.value, refused.id)
                problem = f"step {index + 1} ({in_words(action)}) was refused: {why}"
                culprit = next(((pid, w) for pid, w in wrong.items() if f"'{pid}'" in why), None)
                if culprit is not None:
                    pid, (at, answer) = culprit
                    problem = (
                        f"step {at + 1} ({in_words(answer)}) is a wrong answer, so '{pid}' stays unsolved "
                        f"and step {index + 1} ({in_words(action)}) was refused: {why}"
                    )
                    index = at
                return WalkthroughRun(False, _ending(session), session, problem, transcript, index)
    ending = _ending(session)
    if ending != walkthrough.ending:
        got = ending or "no ending (the game is still going after the last step)"
        problem = f"it should end '{walkthrough.ending}' but ends with {got}"
        at = len(walkthrough.steps) - 1
        if wrong and walkthrough.ending == "escaped":
            pid, (at, answer) = next(iter(wrong.items()))
            problem += (
                f"; step {at + 1} ({describe_action(answer)}) is a wrong answer and '{pid}' stays unsolved"
            )
        return WalkthroughRun(False, ending, session, problem, transcript, at)
    return WalkthroughRun(True, ending, session, None, transcript)


def _ending(session: Session) -> str | None:
    return session.state.phase if session.state.over else None
