"""kg/extract/events/, round 14 wave 2: one modality-and-date step (_modality, _when) for occasions with and
without named people; (why, text, who, expected date) rows."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday

ROWS = [
    # the orphan-noun path (a session its holders are found for later) skips a journey's day as _draft does
    ("orphan-noun-skips-journey-day",
     "Kenyan Foreign Minister Paul Mwangi met Ugandan Foreign Minister Rose Nabirye in Kampala on Wednesday.\n"
     "They discussed trade.\n"
     "Kenyan President John Otieno will pay a two-day state visit to Kampala beginning Monday to attend the fifth "
     "session of the Kenya-Uganda Joint Permanent Commission.\n"
     "The visit comes at the invitation of Ugandan President Grace Akello, the presidency said.",
     {"John Otieno", "Grace Akello"}, None),
    # the named-people path, unchanged: the meeting's own day, not the day the visit began
    ("draft-skips-journey-day",
     "Kenyan President John Otieno met Ugandan President Grace Akello in Kampala on Tuesday during a four-day visit "
     "that began on Monday.", {"John Otieno", "Grace Akello"}, dt.date(2026, 3, 10)),
    # talks ahead in the sentence do not move a meeting the words call past ("last Tuesday's") a week forward
    ("last-weekday-stays-past",
     "The council's president announced new talks, scheduled for March 20, right after last Tuesday’s meeting of "
     "Armenian Prime Minister Aram Petrosyan and Azerbaijani President Elchin Guliyev that took place in Chisinau.",
     {"Aram Petrosyan", "Elchin Guliyev"}, dt.date(2026, 3, 10)),
]


def _names(x, e):
    names = {p.key: p.name for p in x.persons}
    return {names.get(k, k) for k in e.participants}


@pytest.mark.parametrize("why,text,people,date", ROWS, ids=[r[0] for r in ROWS])
def test_date_row(extract, why, text, people, date):
    x, _ = extract(text, published=PUBLISHED)
    got = [(_names(x, e), e.date) for e in x.events]
    assert any(names == people and d == date for names, d in got), got
