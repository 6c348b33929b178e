"""One module per screen of the game (see rumours_game.ui.flow for their order)."""
