"""The text front end: play a pack in a terminal, line by line, readable by screen readers.

Entry point: :func:`rumours_game.text.app.run_text`. Imports only pack, engine and survey (never the
store, pygame or the ui).
"""
