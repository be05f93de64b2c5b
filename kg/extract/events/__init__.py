"""Meetings, visits, talks, summits and calls: who took part, where, when, and whether it happened or is planned."""

from kg.extract.events.driver import _TRIGGER_ROWS, find

__all__ = ["find"]
