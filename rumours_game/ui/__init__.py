"""The pygame-ce front end: app loop, scene stack, scenes, layout scaling, theme, fonts and assets.

It draws engine state and turns input (mouse, touch, keyboard) into engine actions; it holds no game rules.
"""

import os

os.environ.setdefault(
    "PYGAME_HIDE_SUPPORT_PROMPT", "1"
)  # before pygame is first imported: no banner on stdout
