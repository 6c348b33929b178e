"""The game loop of text play: the room, numbered choices and typed commands, on the engine (an open puzzle
and hints: :mod:`rumours_game.text.puzzle_play`).

Every line read first lets time pass (a ``Tick`` from the injected clock); the engine decides what each
action does, this module only turns lines into actions and events into lines.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rumours_game.engine import (
    Access,
    Escape,
    Event,
    ExitView,
    GameState,
    Go,
    K,
    Look,
    Session,
    Tick,
    Use,
    clock,
    spot_puzzle,
)
from rumours_game.engine.actions import Action
from rumours_game.pack.models import Hotspot, Puzzle
from rumours_game.survey import SessionRecorder
from rumours_game.text.context import QuitGame, TextContext, parse_number
from rumours_game.text.names import Named, resolve
from rumours_game.text.puzzle_play import handle_puzzle, hint_here, open_puzzle
from rumours_game.text.render import event_lines, item_name
from rumours_game.text.room_view import (
    help_lines,
    inventory_lines,
    room_lines,
    room_menu,
    time_lines,
    view_key,
)

Clock = Callable[[], float]
_COMMANDS = ("look", "go", "use", "inv", "hint", "time", "help", "back", "quit")


class GameOver(Exception):
    """The game reached an ending while waiting for input (the time ran out)."""


class TextGame:
    """One game played in text until it ends; :meth:`run` returns the ending ('escaped' or 'out_of_time')."""

    def __init__(self, ctx: TextContext, session: Session, recorder: SessionRecorder, clock: Clock) -> None:
        self.ctx, self.session, self.recorder, self.clock = ctx, session, recorder, clock
        self.say = ctx.console.say
        self.menu: list[Named[Any]] = []
        self.puzzle: Puzzle | None = None
        self._last = 0.0
        self._warned = False

    # ------------------------------------------------------------ engine and time

    @property
    def state(self) -> GameState:
        return self.session.state

    def apply(self, action: Action) -> list[Event]:
        """Apply an action, journal it and return its events."""
        events = self.session.apply(action)
        self.recorder.journal(self.session)
        return events

    def tick(self) -> None:
        """Let the time since the last input pass."""
        now = self.clock()
        seconds, self._last = max(0.0, now - self._last), now
        if seconds > 0:
            self.apply(Tick(seconds))
        if clock(self.ctx.pack, self.state).hurry and not self.state.over and not self._warned:
            self._warned = True
            self.say(self.ctx.t("text.time_warning"))

    def read(self) -> str:
        """The next input line, after time passes; raises :class:`GameOver` when the time ran out."""
        line = self.ctx.console.read()
        self.tick()
        if self.state.over:
            raise GameOver
        return line

    def run(self) -> str:
        """Play until an ending; returns it."""
        self._last = self.clock()
        self.ctx.read = self.read
        self.show_room(describe=True)
        try:
            while not self.state.over:
                self.handle(self.read())
        except GameOver:
            pass
        finally:
            self.ctx.read = self.ctx.console.read
        return self.state.phase

    def report(self, events: list[Event]) -> None:
        """Say what the events mean to players."""
        self.ctx.console.say_all(event_lines(self.ctx, events))

    # ------------------------------------------------------------ the room

    def _view(self) -> tuple[Any, ...]:
        return view_key(self.ctx, self.state)

    def show_room(self, describe: bool = False) -> None:
        """The room as a numbered menu (see :func:`~rumours_game.text.room_view.room_lines`)."""
        self.menu = room_menu(self.ctx, self.state)
        self.ctx.console.say_all(room_lines(self.ctx, self.state, self.menu, describe))

    def show_time(self) -> None:
        """The time left, or that there is no timer."""
        self.ctx.console.say_all(time_lines(self.ctx, self.state))

    def show_inventory(self) -> None:
        """Every item held, with its description."""
        self.ctx.console.say_all(inventory_lines(self.ctx, self.state))

    def show_help(self) -> None:
        """The commands."""
        self.ctx.console.say_all(help_lines(self.ctx))

    # ------------------------------------------------------------ commands

    def command_word(self, word: str) -> str | None:
        """The command ``word`` names in the players' language ('look', 'go', ...), or None."""
        return next((c for c in _COMMANDS if self.ctx.is_word(word, f"text.cmd.{c}")), None)

    def handle(self, line: str) -> None:
        """Do what one input line asks."""
        if self.puzzle is not None:
            handle_puzzle(self, self.puzzle, line)
        elif not line:
            self.say(self.ctx.t("text.choose"))
        elif (index := parse_number(line, len(self.menu))) is not None:
            self.choose(self.menu[index])
        elif line.strip().isdigit():
            self.say(self.ctx.t("text.not_a_choice", max=len(self.menu)))
        else:
            self.handle_command(line)

    def handle_command(self, line: str) -> None:
        """A typed command such as ``look desk``, ``go hall`` or ``use card on reader``."""
        word, _, rest = line.strip().partition(" ")
        rest = rest.strip()
        match self.command_word(word):
            case "look" if rest:
                self.look_at(rest)
            case "look":
                self.show_room(describe=True)
            case "go" if rest:
                self.go_to(rest)
            case "go":
                self.say(self.ctx.t("text.go_where"))
            case "use":
                self.use(rest)
            case "inv":
                self.show_inventory()
            case "hint":
                hint_here(self)
            case "time":
                self.show_time()
            case "help":
                self.show_help()
            case "back":
                self.show_room()
            case "quit":
                raise QuitGame
            case _:
                self.choose_by_name(line)

    def _ask(self, query: str, candidates: list[Named[Any]]) -> Named[Any] | None:
        """The one candidate ``query`` names, or None after telling the player what went wrong."""
        found = resolve(query, candidates)
        if len(found) == 1:
            return found[0]
        if found:
            names = self.ctx.t("text.list_sep").join(c.label for c in found)
            self.say(self.ctx.t("text.which_one", names=names))
        else:
            self.say(self.ctx.t("text.no_such", name=query))
        return None

    def choose_by_name(self, line: str) -> None:
        """A line that only names something in the room means 'look at it' or 'go there'."""
        found = resolve(line, self.menu)
        if len(found) == 1:
            self.choose(found[0])
        else:
            self.say(self.ctx.t("text.not_understood", input=line))

    def choose(self, entry: Named[Any]) -> None:
        """Act on a room menu entry: look at an object, or go through an exit."""
        if isinstance(entry.thing, ExitView):
            self.go_through(entry.thing)
        else:
            self.look_spot(entry.thing)

    def _items(self, exclude: str = "") -> list[Named[Any]]:
        return [
            Named(i, item_name(self.ctx, i), (i, item_name(self.ctx, i)))
            for i in self.state.inventory
            if i != exclude
        ]

    def _spots(self) -> list[Named[Any]]:
        return [e for e in self.menu if isinstance(e.thing, Hotspot)]

    def look_at(self, query: str) -> None:
        """``look THING``: an object in the room or an item carried."""
        entry = self._ask(query, self._spots() + self._items())
        if entry is None:
            return
        if isinstance(entry.thing, Hotspot):
            self.look_spot(entry.thing)
            return
        item = self.ctx.pack.item(entry.thing)
        described = item.description is not None
        self.say(self.ctx.tr(item.description) if described else self.ctx.t("text.nothing_special"))

    def look_spot(self, spot: Hotspot) -> None:
        """Look at an object: its text, what it gives, and the puzzle it opens."""
        before = self._view()
        events = self.apply(Look(spot.id))
        self.report(events)
        if any(e.kind == K.REFUSED for e in events):
            return
        if len(events) == 1 and events[0].value is None and spot.puzzle is None:
            self.say(self.ctx.t("text.nothing_special"))
        found = spot_puzzle(self.ctx.pack, self.state, spot.id)
        if found.puzzle is not None and found.access is not Access.SOLVED:
            open_puzzle(self, found, spot)
        elif self._view() != before:
            self.show_room()

    def go_to(self, query: str) -> None:
        """``go PLACE``."""
        entry = self._ask(query, [e for e in self.menu if isinstance(e.thing, ExitView)])
        if entry is not None:
            self.go_through(entry.thing)

    def go_through(self, view: ExitView) -> None:
        """Walk through an exit, or escape through an escape exit."""
        to = view.exit.to
        events = self.apply(Go(to) if to is not None else Escape(view.id))
        self.report(events)
        if any(e.kind == K.ROOM_ENTERED for e in events):
            self.show_room(describe=True)

    def _pick_named(self, title: str, candidates: list[Named[Any]]) -> Named[Any] | None:
        index = self.ctx.pick(title, [c.label for c in candidates])
        return None if index is None else candidates[index]

    def _split_use(self, rest: str) -> tuple[str, str]:
        """``ITEM on THING`` -> (ITEM, THING); a connector word may also be part of a name, so the first
        cut where both sides name something wins, else the first cut."""
        words = rest.split()
        cuts = [i for i, w in enumerate(words) if self.ctx.is_word(w, "text.cmd.on")]
        targets = self._spots() + self._items()
        for cut in cuts:
            item, target = " ".join(words[:cut]), " ".join(words[cut + 1 :])
            if len(resolve(item, self._items())) == 1 and len(resolve(target, targets)) == 1:
                return item, target
        cut = cuts[0] if cuts else len(words)
        return " ".join(words[:cut]), " ".join(words[cut + 1 :])

    def use(self, rest: str) -> None:
        """``use ITEM on THING`` (asks with numbered lists for what is left out)."""
        if not self.state.inventory:
            self.say(self.ctx.t("text.nothing_to_use"))
            return
        item_query, target_query = self._split_use(rest)
        items = self._items()
        if item_query:
            item = self._ask(item_query, items)
        else:
            item = self._pick_named(self.ctx.t("text.use_what"), items)
        if item is None:
            return
        targets = self._spots() + self._items(exclude=item.thing)
        if target_query:
            target = self._ask(target_query, targets)
        else:
            target = self._pick_named(self.ctx.t("text.use_on", item=item.label), targets)
        if target is None:
            return
        on = target.thing.id if isinstance(target.thing, Hotspot) else target.thing
        before = self._view()
        events = self.apply(Use(item.thing, on))
        self.report(events)
        opened = next((e.id for e in events if e.kind == K.PUZZLE_OPENED), None)
        if opened is not None and isinstance(target.thing, Hotspot):
            open_puzzle(self, spot_puzzle(self.ctx.pack, self.state, target.thing.id), target.thing)
        elif self._view() != before and not self.state.over:
            self.show_room()

    def leave_puzzle(self) -> None:
        """Back to the room."""
        self.puzzle = None
        self.show_room()
