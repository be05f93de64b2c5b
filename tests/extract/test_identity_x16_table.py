"""Round 16 identity rules as tables: summit-day (a summit and a meeting of one person on its day and in its place)
and news-week (a dated trip and an undated meeting of it in reports of one week), each with the vetoes that keep
look-alikes apart."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.identity import match
from kg.identity.mentions import EventMention, Report
from kg.identity.resolve import lookup_keys, stored_keys

DAY = dt.date(2026, 5, 14)


def _event(name: str, persons: str, *, kind: str = "meeting", date: dt.date | None = None, place: str | None = None,
           countries: str = "", published: dt.date = DAY, expected: bool = False) -> EventMention:
    """Persons and countries as letters: "xy" is persons urn:p/x and urn:p/y."""
    doc = Report(doc=f"urn:doc:{name}", report=f"urn:report:{name}", outlet=name, published=published)
    return EventMention(iri=f"urn:m:{name}", doc=doc, kind=kind, persons=frozenset(f"urn:p/{p}" for p in persons),
                        date=date, end=None, place=place, expected=expected,
                        countries=frozenset(f"urn:c/{c}" for c in countries))


LATER = DAY + dt.timedelta(days=20)   # a visit of the 14th told on the 3rd of next month
CASES = [
    # summit-day
    ("summit-day: a leader's meeting inside the summit of its day and place",
     _event("a", "xy", date=DAY, place="capital", countries="AB"),
     _event("b", "xz", kind="summit", date=DAY, place="capital", countries="ABC"), True),
    ("summit-day veto: two bilaterals of one leader on one day, neither a summit",
     _event("a", "xy", date=DAY, place="capital", countries="AB"),
     _event("b", "xz", date=DAY, place="capital", countries="AC"), False),
    ("summit-day veto: a meeting with a state the summit does not have",
     _event("a", "xy", date=DAY, place="capital", countries="AD"),
     _event("b", "xz", kind="summit", date=DAY, place="capital", countries="ABC"), False),
    ("summit-day veto: the summit's place, another day",
     _event("a", "xy", date=DAY + dt.timedelta(days=1), place="capital", countries="AB"),
     _event("b", "xz", kind="summit", date=DAY, place="capital", countries="ABC"), False),
    ("summit-day veto: the summit's day, another place",
     _event("a", "xy", date=DAY, place="port", countries="AB"),
     _event("b", "xz", kind="summit", date=DAY, place="capital", countries="ABC"), False),
    ("summit-day veto: an undated summit",
     _event("a", "xy", date=DAY, place="capital", countries="AB"),
     _event("b", "xz", kind="summit", place="capital", countries="ABC"), False),
    # news-week
    ("news-week: a dated trip and an undated meeting of it, told in one week",
     _event("a", "x", kind="visit", date=DAY, countries="AB", published=LATER),
     _event("b", "xy", countries="AB", published=LATER + dt.timedelta(days=1)), True),
    ("news-week veto: reports three weeks apart",
     _event("a", "x", kind="visit", date=DAY, countries="AB", published=DAY + dt.timedelta(days=1)),
     _event("b", "xy", countries="AB", published=LATER + dt.timedelta(days=1)), False),
    ("news-week veto: other states",
     _event("a", "x", kind="visit", date=DAY, countries="AB", published=LATER),
     _event("b", "xy", countries="AC", published=LATER), False),
    ("news-week veto: one state only",
     _event("a", "x", kind="visit", date=DAY, countries="A", published=LATER),
     _event("b", "xy", countries="A", published=LATER), False),
    ("news-week veto: the undated meeting is still to come",
     _event("a", "x", kind="visit", date=DAY, countries="AB", published=LATER),
     _event("b", "xy", countries="AB", published=LATER, expected=True), False),
    ("news-week veto: the dated trip is still to come",
     _event("a", "x", kind="visit", date=DAY, countries="AB", published=LATER, expected=True),
     _event("b", "xy", countries="AB", published=LATER), False),
    ("news-week veto: both undated",
     _event("a", "x", kind="visit", countries="AB", published=LATER),
     _event("b", "xy", countries="AB", published=LATER - dt.timedelta(days=30)), False),
]


@pytest.mark.parametrize("name,a,b,same", CASES, ids=[c[0] for c in CASES])
def test_identity_x16_rules(name, a, b, same):
    assert match.events_compatible(a, b) is same
    assert match.events_compatible(b, a) is same
    if same:  # compatible mentions always share a block key: the index finds them
        assert stored_keys(b) & lookup_keys(a) and stored_keys(a) & lookup_keys(b)


# initial: a given name written as its initial, one word still written the same
INITIAL_CASES = [
    ("initial: an initial for the given name, the middle and family names the same",
     "J Bosco Kazura", "Jean Bosco Kazura", True),
    ("initial: an initial and the family name inside the full name", "J Kazura", "Jean Bosco Kazura", True),
    ("initial veto: the initial of another given name", "A Khan", "Imran Khan", False),
    ("initial veto: the middle names differ", "J Bosco Kazura", "Jean Pierre Kazura", False),
    ("initial veto: the family names differ", "J Bosco Kazura", "Jean Bosco Mutesi", False),
]


@pytest.mark.parametrize("name,one,other,same", INITIAL_CASES, ids=[c[0] for c in INITIAL_CASES])
def test_identity_x16_initial(name, one, other, same):
    from kg.extract.names import person_key

    a, b = f"urn:p/{person_key(one)}", f"urn:p/{person_key(other)}"
    names = {a: {one}, b: {other}}
    assert match.same_person(a, b, names) is same
    assert match.same_person(b, a, names) is same
