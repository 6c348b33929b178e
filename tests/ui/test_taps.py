"""Fewer taps to the room: the screens and taps from the title to the room for teams of 1, 2 and 6.

The figures are in docs/ui.md ("Screens and taps before the room"). Survey screens (consent, age band, one
statement per screen) are the survey itself; every other screen before the room is overhead.
"""

from __future__ import annotations

import pytest

from rumours_game.pack import load_pack

from .helpers import TUTORIAL, headless

SURVEY_SCREENS = {"survey-consent", "survey-age", "survey-question"}


def to_the_room(players: int, lang: str = "en") -> tuple[list[str], int]:
    """The screens shown from the title to the room (the room excluded) and the taps made, for a team of
    ``players`` who all agree to answer and play in ``lang``, with real taps by the headless driver."""
    driver = headless(TUTORIAL, via="touch")  # the game starts in the pack's language
    driver.plan.lang = lang
    wt = driver.plan.walkthrough
    assert wt.survey is not None
    driver.plan.walkthrough = wt.model_copy(
        update={"survey": wt.survey.model_copy(update={"players": players})}
    )
    taps = 0
    press = driver._press

    def counting(target):
        nonlocal taps
        taps += 1
        return press(target)

    driver._press = counting
    screens: list[str] = []
    driver.start()
    seen = -1
    for _ in range(3000):
        app = driver.app
        if app.shown != seen:
            seen = app.shown
            screens.append(app.top.name)
        if app.top.name == "room":
            return screens[:-1], taps
        assert driver.step() is None
    raise AssertionError(f"the room was not reached; on the {driver.app.top.name} screen")


def statements() -> int:
    """How many statements each player answers in the tutorial (attention check included)."""
    survey = load_pack(TUTORIAL).survey
    assert survey is not None
    return len(survey.items) + (survey.attention_check is not None)


@pytest.mark.parametrize("players", [1, 2, 6])
def test_screens_and_taps_from_the_title_to_the_room(players):
    screens, tapped = to_the_room(players)
    other = [s for s in screens if s not in SURVEY_SCREENS]
    assert other == ["title", "briefing"], "only the title and the briefing stand before the room"
    survey = players * (2 + statements())  # consent, age band, one screen per statement
    assert (len(other), len(screens) - len(other), tapped) == (2, survey, 2 + survey)
    assert screens.count("survey-question") == statements() * players, "one statement per screen"


def test_a_team_that_changes_the_language_taps_once_more():
    screens, tapped = to_the_room(1, lang="el")
    assert screens[:2] == ["title", "survey-consent"] and tapped == 2 + 2 + statements() + 1
