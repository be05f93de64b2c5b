"""kg/extract/events/, round 17 (branch x17place): a meeting's place from the words that send its traveller abroad.
- veto "destination-elsewhere": a meeting whose own sentence says its traveller is visiting, on a visit to, or has
  arrived in a state or city (a name, never an adjective) does not take a place of another state that sentence does
  not name: not the dateline's city, not a city carried from a later sentence's other trip.
- rule "destination-place": an unplaced meeting whose own sentence says its traveller is in a known city ("arrived in
  Doha to hold talks", "visiting the Kenyan capital Nairobi") took place in that city; a state's name places no city."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_support import participants

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday

# (why, text, the pair, expected place)
ROWS = [
    ("elsewhere-dateline-visiting-state",
     "KAMPALA: Ugandan Defence Minister Grace Akello is officially visiting Tanzania.\n"
     "Akello was received at the airport by Tanzanian Defence Minister Daniel Mwangi.",
     {"Grace Akello", "Daniel Mwangi"}, None),
    ("elsewhere-carried-from-another-trip",
     "Ugandan President Grace Akello held a meeting with Kenyan Defence Minister Daniel Mwangi, who arrived in Uganda "
     "for an official visit.\n"
     "Akello recalled the agreements reached during his own visit to Nairobi in May 2024.",
     {"Grace Akello", "Daniel Mwangi"}, None),
    ("destination-city-arrived-in",
     "Kenyan Defence Minister Daniel Mwangi has arrived in Kampala to hold talks with Ugandan Defence Minister Grace "
     "Akello on border security.",
     {"Grace Akello", "Daniel Mwangi"}, "Kampala"),
    ("destination-city-visiting-the-capital",
     "Kenyan Foreign Minister Daniel Mwangi was visiting the Ugandan capital Kampala, and Ugandan President Grace "
     "Akello met with him on Tuesday.",
     {"Grace Akello", "Daniel Mwangi"}, "Kampala"),
    ("control-state-places-no-city",
     "Kenyan Foreign Minister Daniel Mwangi met Ugandan President Grace Akello during an official visit to Uganda.",
     {"Grace Akello", "Daniel Mwangi"}, None),
    ("control-place-named-in-its-own-sentence",
     "Kenyan Foreign Minister Daniel Mwangi, visiting Uganda, met Ugandan President Grace Akello in Doha on the way.",
     {"Grace Akello", "Daniel Mwangi"}, "Doha"),
    ("control-adjective-is-no-destination",
     "NAIROBI - Kenyan President Daniel Mwangi on Wednesday received the visiting Ugandan Defence Minister Grace "
     "Akello at State House.",
     {"Grace Akello", "Daniel Mwangi"}, "Nairobi"),
]


@pytest.mark.parametrize("why,text,pair,place", ROWS, ids=[r[0] for r in ROWS])
def test_meeting_place_from_the_destination(extract, why, text, pair, place):
    x, _ = extract(text, published=PUBLISHED)
    got = [e for e in x.events if pair <= set(participants(x, e))]
    assert got, [(participants(x, e), e.support.rule) for e in x.events]
    assert (got[0].place.name if got[0].place else None) == place, (got[0].place, got[0].support.rule)
