"""Escape Rumours: an engine for anti-rumour escape games."""

__version__ = "0.1.0"
