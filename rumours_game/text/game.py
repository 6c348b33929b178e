"""The game loop of text play: the room, numbered choices, typed commands and puzzles, on the engine.

Every line read first lets time pass (a ``Tick`` from the injected clock); the engine decides what each
action does, this module only turns lines into actions and events into lines.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rumours_game.engine import (
    Access,
    Answer,
    Escape,
    Event,
    ExitView,
    GameState,
    Go,
    Hint,
    K,
    Look,
    Session,
    SpotPuzzle,
    Tick,
    Use,
    clock,
    next_hint,
    puzzle_open,
    spot_puzzle,
    visible_objects,
)
from rumours_game.engine.actions import Action
from rumours_game.engine.guide import what_now
from rumours_game.pack.models import CombinePuzzle, Hotspot, Puzzle
from rumours_game.strings.wording import guide_text
from rumours_game.survey import SessionRecorder
from rumours_game.text.context import QuitGame, TextContext, parse_number
from rumours_game.text.names import Named, resolve
from rumours_game.text.puzzles import FORMS
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

    def _command(self, word: str) -> str | None:
        return next((c for c in _COMMANDS if self.ctx.is_word(word, f"text.cmd.{c}")), None)

    def handle(self, line: str) -> None:
        """Do what one input line asks."""
        if self.puzzle is not None:
            self.handle_puzzle(self.puzzle, line)
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
        match self._command(word):
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
                self.hint_here()
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
            self.open_puzzle(found, spot)
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
            self.open_puzzle(spot_puzzle(self.ctx.pack, self.state, target.thing.id), target.thing)
        elif self._view() != before and not self.state.over:
            self.show_room()

    # ------------------------------------------------------------ puzzles

    def open_puzzle(self, found: SpotPuzzle, spot: Hotspot) -> None:
        """Show a hotspot's puzzle and take the following lines as answers (puzzles solved by using items
        show their prompt and how to use an item)."""
        ctx, puzzle = self.ctx, found.puzzle
        if puzzle is None or found.access is Access.LOCKED:
            self.say(ctx.t("text.puzzle_locked"))
            return
        if found.access is Access.USE:
            self.say(ctx.t("text.puzzle", title=ctx.tr(puzzle.title)))
            self.say(ctx.tr(puzzle.prompt))
            self.say(ctx.t("text.puzzle_combine", name=ctx.tr(spot.name)))
            return
        self.puzzle = puzzle
        self.show_puzzle(puzzle)

    def show_puzzle(self, puzzle: Puzzle) -> None:
        """The puzzle: title, prompt, its form (options, key, places...) and how to leave it."""
        self.say(self.ctx.t("text.puzzle", title=self.ctx.tr(puzzle.title)))
        self.say(self.ctx.tr(puzzle.prompt))
        self.show_form(puzzle)
        self.say(self.ctx.t("text.puzzle_leave"))

    def show_form(self, puzzle: Puzzle) -> None:
        """The puzzle's form: options, key, places..."""
        self.ctx.console.say_all(FORMS[puzzle.type].lines(self.ctx, self.state, puzzle))

    def leave_puzzle(self) -> None:
        """Back to the room."""
        self.puzzle = None
        self.show_room()

    def handle_puzzle(self, puzzle: Puzzle, line: str) -> None:
        """A line typed while a puzzle is open: a command or an answer."""
        command = self._command(line.strip()) if " " not in line.strip() else None
        if command == "back":
            self.leave_puzzle()
        elif command == "look":
            self.show_puzzle(puzzle)
        elif command in ("help", "inv", "time", "quit"):
            self.handle_command(line)
        elif command == "hint":
            self.hint_for(puzzle)
        else:
            self.answer(puzzle, line)

    def answer(self, puzzle: Puzzle, line: str) -> None:
        """Send the answer(s) a line stands for, and say how it went."""
        parsed = FORMS[puzzle.type].parse(self.ctx, self.state, puzzle, line)
        if isinstance(parsed, str):
            self.say(parsed)
            return
        found = wrong = False
        for value in parsed:
            events = self.apply(Answer(puzzle.id, value))
            self.report(events)
            found = found or any(e.kind == K.TARGET_FOUND for e in events)
            wrong = wrong or any(e.kind == K.WRONG_ANSWER for e in events)
            if self.state.over or puzzle.id in self.state.solved or any(e.kind == K.REFUSED for e in events):
                break
        if self.state.over:
            return
        if puzzle.id in self.state.solved or not puzzle_open(self.ctx.pack, self.state, puzzle.id):
            self.leave_puzzle()
        elif found:
            self.show_form(puzzle)
        elif wrong:  # the question and its options again, under the verdict: no scrolling back to them
            self.say(self.ctx.tr(puzzle.prompt))
            self.show_form(puzzle)

    # ------------------------------------------------------------ hints

    def _puzzles_here(self) -> list[Puzzle]:
        """Unsolved puzzles players can work on here: opened by an object here, or combine puzzles whose
        item and target are at hand."""
        pack, state = self.ctx.pack, self.state
        here = {h.id for h in visible_objects(pack, state)}
        found: list[Puzzle] = []
        for puzzle in pack.puzzles:
            if not puzzle_open(pack, state, puzzle.id):
                continue
            if isinstance(puzzle, CombinePuzzle):
                at_hand = (puzzle.on in here) if puzzle.on else all(i in state.inventory for i in puzzle.use)
                if at_hand and any(i in state.inventory for i in puzzle.use):
                    found.append(puzzle)
            elif any(h.puzzle == puzzle.id for h in visible_objects(pack, state)):
                found.append(puzzle)
        return found

    def hint_here(self) -> None:
        """``hint`` in the room: what now (the next useful step, free), then the hint of its puzzle, or a
        numbered choice of the puzzles here."""
        step = what_now(self.ctx.pack, self.state)
        self.say(self.ctx.t("guide.title") + " " + guide_text(self.ctx, step))
        puzzles = self._puzzles_here()
        if not puzzles:
            return
        index: int | None = 0
        if len(puzzles) > 1:
            index = self.ctx.pick(self.ctx.t("text.hint_which"), [self.ctx.tr(p.title) for p in puzzles])
        if index is not None:
            self.hint_for(puzzles[index])

    def hint_for(self, puzzle: Puzzle) -> None:
        """Offer the puzzle's next hint with its cost; take it when the player says yes."""
        ctx = self.ctx
        title = ctx.tr(puzzle.title)
        hint = next_hint(ctx.pack, self.state, puzzle.id)
        if hint is None:
            self.say(ctx.t("text.no_more_hints", title=title))
        elif ctx.confirm(ctx.t("text.hint_cost", title=title, seconds=hint.penalty)):
            self.report(self.apply(Hint(puzzle.id)))
        else:
            self.say(ctx.t("text.hint_kept"))
