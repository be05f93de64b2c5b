"""kg/extract/participants/ rules "each-predicate" and "each-with" (x21metlist), applied in events._separate: a
visitor who meets several hosts, each named by a verb or a "with" of its own, meets each of them; the first verb's host
is neither the second verb's subject nor one of its guests, and the place of the sentence goes to each meeting.
Twins: one verb and one "with" before a list of two keep one meeting (the corpus: "Rubio met with Mexican President A
and Foreign Secretary B" is one meeting of the three)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_support import participants

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday

# (why, text, expected meetings as (participants, place, rule suffix))
ROWS = [
    ("called-on-and-met",
     "French Defence Minister Florence Parly arrived in New Delhi on Thursday. Parly also called on Prime Minister "
     "Narendra Modi and met NSA Ajit Doval.",
     [(["Florence Parly", "Narendra Modi"], "New Delhi", "call-on-each-predicate"),
      (["Ajit Doval", "Florence Parly"], "New Delhi", "meet-verb-each-predicate")]),
    ("will-call-on-and-meet",
     "Secretary of Russia's Security Council Nikolai Patrushev will arrive in Delhi on Tuesday. Patrushev will also "
     "call on Prime Minister Narendra Modi and meet External Affairs Minister S. Jaishankar in Delhi.",
     [(["Narendra Modi", "Nikolai Patrushev"], "Delhi", "call-on-each-predicate-expected"),
      (["Nikolai Patrushev", "S. Jaishankar"], "Delhi", "meet-verb-each-predicate-expected")]),
    ("pronoun-subject-two-verbs",
     "Pakistan's Foreign Minister Ishaq Dar arrived in Kabul on Saturday. During the visit, he called on Prime "
     "Minister Hassan Akhund and held talks with Foreign Minister Amir Khan Muttaqi and Interior Minister Sirajuddin "
     "Haqqani.",
     [(["Hassan Akhund", "Ishaq Dar"], "Kabul", "call-on-each-predicate"),
      (["Amir Khan Muttaqi", "Ishaq Dar", "Sirajuddin Haqqani"], "Kabul", "held-talks-each-predicate")]),
    ("with-said-again",
     "Mauritanian Interior Minister Mohamed Ould Ahmed Salem paid a visit to Rabat on Monday, during which he held "
     "talks with his Moroccan counterpart, Mohamed Hassad, and with Prime Minister Abdelilah Benkirane.",
     [(["Mohamed Hassad", "Mohamed Ould Ahmed Salem"], "Rabat", "held-talks-each-with"),
      (["Abdelilah Benkirane", "Mohamed Ould Ahmed Salem"], "Rabat", "held-talks-each-with")]),
]


@pytest.mark.parametrize("why,text,expected", ROWS, ids=[r[0] for r in ROWS])
def test_each_host_meets_the_visitor(extract, why, text, expected):
    x, _ = extract(text, published=PUBLISHED)
    got = [(participants(x, e), e.place.name if e.place else None, e.support.rule) for e in x.events if e.kind != "visit"]
    for people, place, rule in expected:
        assert (people, place, f"meeting/{rule}") in got, got


# One verb, one "with", a list of two hosts: one meeting of the three (the corpus's convention), no split.
ONE_ROWS = [
    ("one-verb-two-hosts",
     "US Secretary of State Marco Rubio met with Mexican President Claudia Sheinbaum and Foreign Secretary Juan Ramon "
     "de la Fuente in Mexico City on Wednesday.",
     ["Claudia Sheinbaum", "Juan Ramon de la Fuente", "Marco Rubio"]),
    ("two-subjects-one-verb",
     "Indian Defence Minister Rajnath Singh and External Affairs Minister S. Jaishankar met US Secretary of State "
     "Antony Blinken in New Delhi on Friday.",
     ["Antony Blinken", "Rajnath Singh", "S. Jaishankar"]),
]


@pytest.mark.parametrize("why,text,people", ONE_ROWS, ids=[r[0] for r in ONE_ROWS])
def test_one_verb_one_meeting(extract, why, text, people):
    x, _ = extract(text, published=PUBLISHED)
    meetings = [e for e in x.events if e.kind != "visit"]
    assert [participants(x, e) for e in meetings] == [people], [(participants(x, e), e.support.rule) for e in meetings]


@pytest.mark.parametrize("gap,ok", [
    (", and with Prime Minister ", True),
    (", with the President of the Parliament of the Republic of Moldova, ", True),
    (" and with his Moroccan counterpart, ", True),
    (" and ", False),
    (", with whom he discussed ", False),
    (", who met with ", False),
])
def test_with_again(gap, ok):
    from kg.extract.participants import with_again
    assert with_again(gap) is ok
