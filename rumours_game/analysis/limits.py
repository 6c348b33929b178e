"""How far ``rumours check`` explores by default (a module of its own, so the command line can show it in
its help without loading the solver)."""

DEFAULT_MAX_STATES = 20_000
"""States explored before the proof stops and says so (``rumours check --max-states``)."""
