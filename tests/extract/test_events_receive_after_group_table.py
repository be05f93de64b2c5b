"""Three meeting mechanisms of the eleventh round, each with a twin:
- kg/extract/event_triggers.py veto "receive-people-taken-in": "receive migrants/deportees" takes people in;
- events._BOUNDARY and participants._AFTER_OCCASION: "after a nearly three-hour meeting with B" (two modifiers before
  the occasion noun) is still the subject's own meeting;
- participants._GROUP: "the leaders of both neighbouring countries met" stands for the pair the report is about."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday


def _people(x):
    names = {p.key: p.name for p in x.persons}
    return [sorted(names.get(k, k) for k in e.participants) for e in x.events]


# (why, text, participants of a meeting expected, or [] for no meeting at all)
ROWS = [
    ("receive-deportees", "Ugandan President Grace Akello agreed on Monday to receive deported migrants from Kenya.", []),
    ("receive-a-guest", "Ugandan President Grace Akello received Kenyan Foreign Minister John Otieno on Monday.",
     [["Grace Akello", "John Otieno"]]),
    ("after-two-modifier-meeting",
     "Kenyan Foreign Minister John Otieno spoke to reporters after a nearly three-hour meeting with Ugandan Foreign "
     "Minister Grace Akello.", [["Grace Akello", "John Otieno"]]),
]


@pytest.mark.parametrize("why,text,expected", ROWS, ids=[r[0] for r in ROWS])
def test_rows(extract, why, text, expected):
    x, _ = extract(text, published=PUBLISHED)
    got = [p for p in _people(x) if len(p) > 0]
    if not expected:
        assert got == [], got
    else:
        for people in expected:
            assert people in got, got


def test_leaders_of_both_countries_is_the_pair(extract):
    x, _ = extract("Ugandan President Grace Akello welcomed Kenyan President John Otieno to Kampala.\n\n"
                   "Otieno's visit marked a turning point, as the leaders of both neighbouring countries met to "
                   "address border security.", published=PUBLISHED)
    assert ["John Otieno"] not in _people(x) and ["Grace Akello"] not in _people(x), _people(x)
    assert ["Grace Akello", "John Otieno"] in _people(x), _people(x)
