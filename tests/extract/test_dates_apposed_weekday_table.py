"""kg/extract/dates.py: a weekday in apposition with a calendar date ("on Friday, July 10", "Friday evening (November 5,
2021)") names that date; the calendar date governs and the weekday, counted back from publication, is dropped. A month
followed by a comma is a date only with its year ("November, 5, 2021"), never "in March, 12 soldiers"."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract import dates

PUBLISHED = dt.date(2026, 12, 2)  # a Wednesday, weeks after the dates below

# (why, text, resolved dates expected, in order)
ROWS = [
    ("weekday-comma-date", "The ministers met on Friday, November 6, in Nairobi.", [dt.date(2026, 11, 6)]),
    ("weekday-evening-comma-date", "He spoke by phone on Friday evening, November 6, with his counterpart.",
     [dt.date(2026, 11, 6)]),
    ("weekday-bracketed-date", "They signed the pact on Friday (November 6, 2026).", [dt.date(2026, 11, 6)]),
    ("month-comma-day-year", "On Friday, November, 6, 2026, the delegation arrived.", [dt.date(2026, 11, 6)]),
    ("month-comma-count-not-a-day", "In March, 12 soldiers were killed near the border.", []),
    ("weekday-apart-from-date", "They met on Monday and will meet again on 20 December.",
     [dt.date(2026, 11, 30), dt.date(2026, 12, 20)]),
]


@pytest.mark.parametrize("why,text,expected", ROWS, ids=[r[0] for r in ROWS])
def test_apposed_weekday(why, text, expected):
    assert [d.date for d in dates.find(text, published=PUBLISHED) if d.date] == expected
