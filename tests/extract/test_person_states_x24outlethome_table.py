"""Round x24 (person_states.outlet_home_states, `outlet-home-post`): with no dateline of the report's own states, a
national outlet writes its own officials unqualified, so a person whose state is only the home-state fallback takes the
state the outlet's name carries, when it is one of the two main states. It runs after the events (meetings merge on
their people's states); a government's own site, which lists both sides' officials bare, is no outlet for it.
Sentences are invented for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.rules import RuleExtractor
from kg.sources import Document

# (round x25: the minister no longer sits in a "called on" sentence, which `called-on-host` now settles by itself)
TEXT = ("Defence Minister Arvind Mehra reviewed a guard of honour on Monday. Chief of the Bangladesh Navy Admiral "
        "Rahim Uddin toured naval bases. The Bangladesh Navy chief also met cadets. Bangladesh and India agreed to "
        "hold joint exercises. India will host the next round.")

# (publisher, the unqualified minister's state)
ROWS = [
    ("The Indian Express", "IN"),                 # the outlet's state, one of the two main states
    ("Daily Bulletin", "BD"),                     # no state in the outlet's name: the state named first
    ("Japan Times", "BD"),                        # a third state is no side of the report
    ("Indian Ministry of Defence", "BD"),         # a government's own site: no outlet state for people
]


@pytest.mark.parametrize(("publisher", "state"), ROWS)
def test_an_outlets_own_officials(publisher, state):
    doc = Document(id="t", text=TEXT, path="t.txt", published=dt.date(2026, 3, 12), publisher=publisher)
    x = RuleExtractor().extract(doc)
    person = next(p for p in x.persons if p.name == "Arvind Mehra")
    assert person.country == state
    assert {r.country for r in person.roles} == {state}
    # the visitor named with his state keeps it
    assert next(p.country for p in x.persons if p.name == "Rahim Uddin") == "BD"
