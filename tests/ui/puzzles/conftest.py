"""Fixtures for the puzzle widgets: a pack with every puzzle type, a real UiContext and a widget harness."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from rumours_game.engine import Look, Session
from rumours_game.pack.models import Pack
from rumours_game.ui.context import UiContext
from rumours_game.ui.layout import Layout
from rumours_game.ui.puzzles import WIDGETS

PACK = {
    "id": "widget-test",
    "title": "Widget test",
    "summary": "Every puzzle type once.",
    "version": "1.0",
    "format_version": 1,
    "languages": ["en", "el", "uk", "es"],
    "default_language": "en",
    "authors": ["Test group"],
    "minutes": 20,
    "licence": "CC-BY-4.0",
    "rooms": [
        {
            "id": "hall",
            "name": "Hall",
            "objects": [
                {
                    "id": "desk",
                    "name": {"en": "Old desk", "el": "Παλιό γραφείο", "uk": "Старий стіл"},
                    "rect": {"x": 0.1, "y": 0.5, "w": 0.2, "h": 0.2},
                },
                {
                    "id": "poster",
                    "name": {"en": "Poster", "el": "Αφίσα", "uk": "Плакат"},
                    "rect": {"x": 0.5, "y": 0.1, "w": 0.2, "h": 0.3},
                },
                {
                    "id": "drawer",
                    "name": "Drawer",
                    "gives": ["lamp", "battery", "key-card"],
                    "rect": {"x": 0.7, "y": 0.6, "w": 0.1, "h": 0.1},
                },
                *(
                    {
                        "id": f"at-{pid}",
                        "name": pid,
                        "puzzle": pid,
                        "rect": {"x": 0.0, "y": 0.0, "w": 0.05, "h": 0.05},
                    }
                    for pid in (
                        "lock",
                        "word-lock",
                        "quiz",
                        "multi",
                        "timeline",
                        "pairs",
                        "capital",
                        "secret",
                        "spot",
                        "steps",
                    )
                ),
            ],
        }
    ],
    "items": [
        {"id": "lamp", "name": {"en": "Torch", "el": "Φακός", "uk": "Ліхтарик"}},
        {"id": "battery", "name": {"en": "Battery", "el": "Μπαταρία", "uk": "Батарейка"}},
        {
            "id": "key-card",
            "name": {"en": "Key card with a secret shift", "el": "Κάρτα κλειδί", "uk": "Картка-ключ"},
        },
    ],
    "puzzles": [
        {"id": "lock", "type": "code", "title": "Lock", "prompt": "Open the lock.", "answer": "1951"},
        {
            "id": "word-lock",
            "type": "code",
            "title": "Word lock",
            "prompt": "Spell it.",
            "answer": "SOL",
            "alphabet": "letters",
        },
        {
            "id": "quiz",
            "type": "choice",
            "title": "Quiz",
            "prompt": "Rumour or fact?",
            "options": [
                {
                    "id": "rumour",
                    "text": {
                        "en": "It is a rumour: most people who migrate to Europe move to work or "
                        "study and pay taxes like everyone else",
                        "el": "Είναι φήμη",
                        "uk": "Це чутка",
                    },
                },
                {"id": "fact", "text": {"en": "It is a fact", "el": "Είναι γεγονός", "uk": "Це факт"}},
                {
                    "id": "unsure",
                    "text": {"en": "Nobody knows", "el": "Κανείς δεν ξέρει", "uk": "Ніхто не знає"},
                },
            ],
            "answer": "rumour",
            "success": "Well busted!",
        },
        {
            "id": "multi",
            "type": "choice",
            "title": "Sources",
            "prompt": "Which are reliable sources?",
            "options": [
                {"id": "a", "text": "Eurostat"},
                {"id": "b", "text": "A chain message"},
                {"id": "c", "text": "OECD report"},
                {"id": "d", "text": "A rumour at the bus stop"},
            ],
            "answer": ["a", "c"],
        },
        {
            "id": "timeline",
            "type": "order",
            "title": "Timeline",
            "prompt": "Oldest first.",
            "entries": [
                {
                    "id": "e1",
                    "text": {
                        "en": "1951: Refugee Convention",
                        "el": "1951: Σύμβαση για τους πρόσφυγες",
                        "uk": "1951: Конвенція про статус біженців",
                    },
                },
                {"id": "e2", "text": "1957: Treaty of Rome"},
                {"id": "e3", "text": "1985: Schengen Agreement signed by five countries"},
                {"id": "e4", "text": "2008: Intercultural Cities programme starts"},
            ],
        },
        {
            "id": "pairs",
            "type": "match",
            "title": "Pairs",
            "prompt": "Match the word to its meaning.",
            "pairs": [
                {
                    "id": "p1",
                    "left": "Rumour",
                    "right": {
                        "en": "A story passed on without proof",
                        "el": "Μια ιστορία χωρίς απόδειξη",
                        "uk": "Історія без доказів",
                    },
                },
                {"id": "p2", "left": "Fact", "right": "Something shown by evidence"},
                {"id": "p3", "left": "Source", "right": "Where information comes from"},
            ],
        },
        {
            "id": "capital",
            "type": "text",
            "title": "City",
            "prompt": "Which city?",
            "answers": {"en": ["Lisbon"], "el": ["Λισαβόνα"], "uk": ["Лісабон"], "es": ["Lisboa"]},
        },
        {
            "id": "secret",
            "type": "cipher",
            "title": "Secret",
            "prompt": "Decode the note.",
            "answer": {
                "en": "WELCOME ALL",
                "el": "ΚΑΛΩΣ ΗΡΘΑΤΕ",
                "uk": "ЛАСКАВО ПРОСИМО",
                "es": "BIENVENIDOS",
            },
            "cipher": {"kind": "caesar", "shift": 3},
            "key_item": "key-card",
        },
        {
            "id": "spot",
            "type": "search",
            "title": "Spot",
            "prompt": "Find the three clues.",
            "targets": [
                {
                    "id": "t1",
                    "name": {"en": "Newspaper", "el": "Εφημερίδα", "uk": "Газета"},
                    "rect": {"x": 0.1, "y": 0.1, "w": 0.1, "h": 0.1},
                },
                {"id": "t2", "name": "Map", "rect": {"x": 0.6, "y": 0.5, "w": 0.15, "h": 0.2}},
                {"id": "t3", "name": "Ticket", "rect": {"x": 0.8, "y": 0.8, "w": 0.1, "h": 0.1}},
            ],
        },
        {
            "id": "steps",
            "type": "sequence",
            "title": {"en": "The route", "el": "Η διαδρομή", "uk": "Маршрут"},
            "prompt": "Press the ways Amira travelled, in order.",
            "buttons": [
                {"id": "bus", "text": {"en": "Bus", "el": "Λεωφορείο", "uk": "Автобус"}},
                {"id": "boat", "text": {"en": "Boat", "el": "Πλοίο", "uk": "Човен"}},
                {"id": "train", "text": {"en": "Train", "el": "Τρένο", "uk": "Потяг"}},
                {"id": "walk", "text": {"en": "On foot", "el": "Με τα πόδια", "uk": "Пішки"}},
            ],
            "answer": ["bus", "boat", "train", "bus", "walk"],
        },
        {
            "id": "light",
            "type": "combine",
            "title": "Light",
            "prompt": "Light up the desk.",
            "use": ["lamp"],
            "on": "desk",
        },
        {
            "id": "power",
            "type": "combine",
            "title": "Power",
            "prompt": "Put power in the torch.",
            "use": ["lamp", "battery"],
            "consume": False,
        },
    ],
    "endings": {"escaped": {"title": "Out", "text": "You made it."}},
}

SIZES = {"hd": (1280, 720), "uhd": (3840, 2160)}


def make_pack() -> Pack:
    """The test pack (the widgets' interface texts come from the shipped catalogs)."""
    return Pack.model_validate(PACK)


class Harness:
    """A widget inside a window as the puzzle scene hosts it: events go in, dispatched actions are recorded
    and their engine events come back to the widget."""

    def __init__(
        self,
        puzzle_id: str,
        size: tuple[int, int] = (1280, 720),
        lang: str = "en",
        carrying: bool = False,
        high_contrast: bool = False,
        large_text: bool = False,
    ) -> None:
        self.screen = pygame.display.set_mode(size)
        pack = make_pack()
        self.ctx = UiContext(
            pack=pack, pack_path=Path("/nonexistent-pack"), lang=lang, layout=Layout(size), sink=None
        )
        self.ctx.settings.high_contrast = high_contrast
        self.ctx.settings.large_text = large_text
        self.ctx.session = Session(pack)
        if carrying:  # the drawer gives the torch, the battery and the key card
            self.ctx.session.apply(Look("drawer"))
        self.actions: list = []
        self.events: list = []
        self.ctx.after_dispatch.append(self._dispatched)
        self.puzzle = pack.puzzle(puzzle_id)
        self.rect = self.ctx.rect(40, 110, 1200, 590)
        self.widget = WIDGETS[self.puzzle.type](self.ctx, self.rect, self.puzzle)

    def _dispatched(self, action, events) -> None:
        self.actions.append(action)
        self.events.extend(events)
        self.widget.on_events(events)

    def post(self, events: list[pygame.event.Event]) -> None:
        """Send events through SDL's queue (so they are real pygame events) and on to the widget."""
        pygame.event.clear()
        for event in events:
            pygame.event.post(event)
            for got in pygame.event.get():
                self.widget.handle_event(got)
            self.widget.update(1 / 60)

    @property
    def solved(self) -> bool:
        return self.puzzle.id in self.ctx.session.state.solved

    def kinds(self) -> list[str]:
        return [e.kind for e in self.events]

    def render(self) -> pygame.Surface:
        """Draw one frame (the key screens' pictures are compared in tests/ui/test_snapshots.py)."""
        self.screen.fill(self.ctx.theme.bg)
        pygame.draw.rect(self.screen, self.ctx.theme.panel_edge, self.rect, 1)
        self.widget.draw(self.screen)
        return self.screen


@pytest.fixture(autouse=True)
def _pygame():
    pygame.init()
    yield
    pygame.quit()


@pytest.fixture
def harness():
    """A factory: ``harness(puzzle_id, size=..., lang=..., held=...)``."""
    return Harness
