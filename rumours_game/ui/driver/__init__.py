"""The headless driver: plays the product from outside, as Textual's Pilot drives an app.

It reads what a screen shows (its buttons, spots and puzzle widget) and answers with real input events:
mouse clicks, finger taps or key presses. ``rumours play --headless --walkthrough`` and the tests use it;
the scenes and widgets never import it.
"""

from rumours_game.ui.driver.inputs import input_script, press_controls
from rumours_game.ui.driver.moves import keys_to, next_move
from rumours_game.ui.driver.plan import Plan
from rumours_game.ui.driver.run import Driver
from rumours_game.ui.driver.script import VIAS, Script
from rumours_game.ui.driver.steps import Advance, Inputs, Press, Step

__all__ = [
    "VIAS",
    "Advance",
    "Driver",
    "Inputs",
    "Plan",
    "Press",
    "Script",
    "Step",
    "input_script",
    "keys_to",
    "next_move",
    "press_controls",
]
