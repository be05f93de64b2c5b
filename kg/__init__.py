"""kg: a knowledge graph of security and diplomatic relations between states, built from news reports."""

__version__ = "0.1.0"
