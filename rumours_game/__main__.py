"""`python -m rumours_game` runs the same command line as `rumours`."""

from rumours_game.cli import main

raise SystemExit(main())
