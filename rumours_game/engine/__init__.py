"""The headless escape-room engine: a pure, deterministic state machine.

Front ends send actions (plain data) to :func:`step` and draw the state and events it returns.
No pygame, no sqlite, no wall clock, no global random state.
"""

from rumours_game.engine.actions import (
    Action,
    Answer,
    Escape,
    Go,
    Hint,
    Look,
    Tick,
    Use,
    action_from_dict,
    action_to_dict,
)
from rumours_game.engine.events import Event, K, Why
from rumours_game.engine.queries import (
    ExitView,
    cipher_text,
    display_order,
    exit_open,
    exits_here,
    next_hint,
    overlays_shown,
    puzzle_here,
    puzzle_open,
    solution,
    time_left,
    visible_objects,
)
from rumours_game.engine.rules import new_game, step
from rumours_game.engine.session import LogEntry, Session
from rumours_game.engine.state import STATE_VERSION, GameState
from rumours_game.engine.views import (
    HURRY_SECONDS,
    Access,
    CipherView,
    Clock,
    SpotPuzzle,
    cipher_view,
    clock,
    ending_for,
    hint_offer,
    spot_puzzle,
)

__all__ = [
    "HURRY_SECONDS",
    "STATE_VERSION",
    "Access",
    "Action",
    "Answer",
    "CipherView",
    "Clock",
    "Escape",
    "Event",
    "ExitView",
    "GameState",
    "Go",
    "Hint",
    "K",
    "LogEntry",
    "Look",
    "Session",
    "SpotPuzzle",
    "Tick",
    "Use",
    "Why",
    "action_from_dict",
    "action_to_dict",
    "cipher_text",
    "cipher_view",
    "clock",
    "display_order",
    "ending_for",
    "exit_open",
    "exits_here",
    "hint_offer",
    "new_game",
    "next_hint",
    "overlays_shown",
    "puzzle_here",
    "puzzle_open",
    "solution",
    "spot_puzzle",
    "step",
    "time_left",
    "visible_objects",
]
