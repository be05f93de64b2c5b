"""rule "credit-day" (kg/extract/lead.py): a lead whose only day is its credit's ("..., the ministry said on Monday")
dates its meeting by the credit's day, before the dateline's. Sentences written for these tests in news style."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2026, 3, 4)  # a Wednesday

# (report text, the meeting's participants, its expected date)
ROWS = [
    pytest.param("VIENNA, March 4 (Agency) - Austria's interior minister Karl Huber has discussed border controls "
                 "with Slovenia's foreign minister Ana Kos in Vienna, the Austrian Interior Ministry said on Tuesday.",
                 ["Ana Kos", "Karl Huber"], dt.date(2026, 3, 3), id="credit-day-before-the-datelines-day"),
    pytest.param("Kenyan President John Otieno and Ugandan President Grace Akello held talks on border security in "
                 "Nairobi, the Kenyan presidency said on Monday.",
                 ["Grace Akello", "John Otieno"], dt.date(2026, 3, 2), id="credit-day-of-an-undated-lead"),
    pytest.param("Chile and Peru agreed to set up a joint border patrol, Chilean Foreign Minister Rosa Vidal told "
                 "reporters on Tuesday.\n\nVidal met Peruvian Foreign Minister Hugo Quispe in Lima to discuss smuggling.",
                 ["Hugo Quispe", "Rosa Vidal"], dt.date(2026, 3, 3), id="credit-day-of-the-next-paragraphs-meeting"),
    pytest.param("Kenyan President John Otieno met Ugandan President Grace Akello in Nairobi on Monday, the Kenyan "
                 "presidency said on Tuesday.",
                 ["Grace Akello", "John Otieno"], dt.date(2026, 3, 2), id="own-day-governs-over-the-credit"),
]


def _events(x):
    names = {p.key: p.name for p in x.persons}
    return {tuple(sorted(names.get(k, k) for k in e.participants)): e.date for e in x.events}


@pytest.mark.parametrize(("text", "people", "day"), ROWS)
def test_credit_day_row(extract, text, people, day):
    x, _ = extract(text, published=PUBLISHED)
    assert _events(x).get(tuple(people)) == day
