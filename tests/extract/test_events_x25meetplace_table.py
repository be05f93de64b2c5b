"""kg/extract/places.py and kg/extract/events/, round 25 (branch x25meetplace): the meeting's city as the text names it.
- row "long-name": a place of three words or more, or joined by a lowercase particle ("Dar es Salaam", "Ho Chi Minh
  City", "Port of Spain"), read whole when the tables or the gazetteer know it; a known city it starts with wins
  ("Santiago de Chile" is Santiago).
- row "city-suffix": "in Lubango City" is Lubango when only the gazetteer knows the town (as "Manila City" is Manila).
- row "capital-as-named": "in Tanzania's capital, Dar es Salaam": the city the text names as the capital, not the
  table's capital; a single unknown name is read as written, unless it is the table's capital misspelt ("Asghabat").
- rule "visited-place": "During his visit, A is expected to hold talks with B" (capitalised) is within the visit.
- row "past-lends-no-place": "During A’s last visit to Nairobi" folded into the meeting the report tells gives it no
  place."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_support import participants

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday
PAIR = {"Grace Akello", "Daniel Mwangi"}
MEET = "Kenyan Defence Minister Daniel Mwangi met Tanzanian Defence Minister Grace Akello {} on Tuesday."

# (why, text, expected place)
ROWS = [
    ("long-name-particle", MEET.format("in Dar es Salaam"), "Dar es Salaam"),
    ("long-name-three-words", MEET.format("in Ho Chi Minh City"), "Ho Chi Minh City"),
    ("long-name-of", MEET.format("in Port of Spain"), "Port of Spain"),
    ("long-name-known-prefix-wins", MEET.format("in Santiago de Chile"), "Santiago"),
    ("city-suffix-gazetteer-town", MEET.format("in Lubango City"), "Lubango"),
    ("control-city-suffix-table-name", MEET.format("in Mexico City"), "Mexico City"),
    ("capital-as-named-known", MEET.format("in Tanzania's capital, Dar es Salaam,"), "Dar es Salaam"),
    ("capital-as-named-as-written", MEET.format("in Tanzania's capital, Dar-es-Slaam,"), "Dar-es-Slaam"),
    ("capital-misspelt-is-the-capital", MEET.format("in Turkmenistan's capital Asghabat"), "Ashgabat"),
    ("control-capital-unnamed", MEET.format("in the Kenyan capital"), "Nairobi"),
    ("control-capital-then-a-day", MEET.format("in the Kenyan capital, Tuesday"), "Nairobi"),
    ("during-his-visit-capitalised",
     "Kenyan Defence Minister Daniel Mwangi and a delegation arrived in Addis Ababa, Ethiopia, on Wednesday.\n"
     "During his visit, Mwangi is expected to hold talks with his counterpart, Tanzanian Defence Minister Grace Akello.",
     "Addis Ababa"),
    ("past-visit-lends-no-place",
     "After Kenyan Defence Minister Daniel Mwangi met Tanzanian Defence Minister Grace Akello, the ministry issued a "
     "statement.\n"
     "During Akello’s last visit to Nairobi, Mwangi had offered to barter oil for goods.",
     None),
]


@pytest.mark.parametrize("why,text,place", ROWS, ids=[r[0] for r in ROWS])
def test_meeting_place_as_named(extract, why, text, place):
    x, _ = extract(text, published=PUBLISHED)
    got = [e for e in x.events if PAIR <= set(participants(x, e))]
    assert got, [(participants(x, e), e.support.rule) for e in x.events]
    assert (got[0].place.name if got[0].place else None) == place, (got[0].place, got[0].support.rule)
