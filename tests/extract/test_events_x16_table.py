"""kg/extract/events/, round 16 (branch x16meetR): the date and place the report's first meeting of two people takes
from the lead and the dateline.
- "earlier-than-the-lead": an undated first meeting whose own words place it where the lead's day is not ("last
  week's meeting" with a lead of this week, "met earlier this month" with a lead of today, "a meeting in January"
  with a lead of March, "the previous talks") takes neither the lead's day nor the dateline's city; a time of another
  clause ("which the cabinets proposed last year") is not the occasion's own.
- "lead-place": a first meeting that takes (or shares) the lead's day takes the known city the lead names, before
  the dateline's ("NAIROBI - ... agreed yesterday ... with President A in Kampala")."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_support import participants

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday

# (why, text, the pair, expected date, expected place)
ROWS = [
    ("earlier-last-weeks-meeting",
     "Kenya and Uganda on Wednesday opened a joint border post near Busia.\n"
     "The post grew out of last week's meeting between Kenyan President Daniel Mwangi and his Ugandan counterpart, "
     "Grace Akello, which called for joint patrols.",
     {"Daniel Mwangi", "Grace Akello"}, None, None),
    ("earlier-this-month",
     "Kenya and Uganda today opened a joint border post near Busia.\n"
     "Kenyan President Daniel Mwangi and Ugandan President Grace Akello agreed on the post when they met earlier "
     "this month.",
     {"Daniel Mwangi", "Grace Akello"}, None, None),
    ("earlier-in-another-month",
     "Kenya and Uganda on Wednesday opened a joint border post near Busia.\n"
     "The post was first proposed at a meeting in January between Kenyan Defence Minister Daniel Mwangi and his "
     "Ugandan counterpart Grace Akello.",
     {"Daniel Mwangi", "Grace Akello"}, None, None),
    ("control-last-week-agrees-with-a-lead-of-last-week",
     "Kenya and Uganda last Friday agreed to open a joint border post near Busia.\n"
     "Kenyan President Daniel Mwangi and Ugandan President Grace Akello set up the post when they met last week.",
     {"Daniel Mwangi", "Grace Akello"}, dt.date(2026, 3, 6), None),
    ("control-another-clauses-time",
     "Kenya and Uganda on Wednesday agreed to open a joint border post near Busia.\n"
     "Kenyan Defence Minister Daniel Mwangi and his Ugandan counterpart Grace Akello held a meeting on the post, "
     "which the two cabinets had first proposed last year.",
     {"Daniel Mwangi", "Grace Akello"}, dt.date(2026, 3, 11), None),
    ("control-same-occasion-takes-the-lead-day",
     "Kenya and Uganda on Wednesday agreed to open a joint border post near Busia.\n"
     "Kenyan Defence Minister Daniel Mwangi and his Ugandan counterpart Grace Akello held a meeting at which they "
     "also discussed patrols.",
     {"Daniel Mwangi", "Grace Akello"}, dt.date(2026, 3, 11), None),
    ("lead-place-over-dateline",
     "NAIROBI - Kenya and Uganda agreed yesterday to boost defence ties, with Kenyan President Daniel Mwangi in "
     "Kampala on his first trip abroad since taking office.\n"
     "\"It is a big step,\" Mwangi said after meeting his counterpart Grace Akello.",
     {"Daniel Mwangi", "Grace Akello"}, dt.date(2026, 3, 11), "Kampala"),
]


@pytest.mark.parametrize("why,text,pair,date,place", ROWS, ids=[r[0] for r in ROWS])
def test_first_meeting_date_and_place(extract, why, text, pair, date, place):
    x, _ = extract(text, published=PUBLISHED)
    got = [e for e in x.events if pair <= set(participants(x, e))]
    assert got, [(participants(x, e), e.support.rule) for e in x.events]
    e = got[0]
    assert e.date == date, (e.date, e.date_text, e.support.rule)
    assert (e.place.name if e.place else None) == place, (e.place, e.support.rule)


# Trigger "call-on" (widened): "paid a courtesy call to X" is the courtesy call "paid a courtesy call on X" names.
CALL_ROWS = [
    ("courtesy-call-to",
     "Before the signing, Kenyan Defence Minister Daniel Mwangi paid a courtesy call to Ugandan President Grace Akello "
     "at the State House.", {"Daniel Mwangi", "Grace Akello"}),
    ("courtesy-calls-plural",
     "Kenyan envoy Daniel Mwangi paid courtesy calls on Ugandan Interior Minister Grace Akello and discussed border "
     "policing.", {"Daniel Mwangi", "Grace Akello"}),
]


@pytest.mark.parametrize("why,text,pair", CALL_ROWS, ids=[r[0] for r in CALL_ROWS])
def test_courtesy_call_meets(extract, why, text, pair):
    x, _ = extract(text, published=PUBLISHED)
    got = [(participants(x, e), e.support.rule) for e in x.events]
    assert any(pair <= set(p) and r.endswith("call-on") for p, r in got), got


def test_courtesy_call_urging_is_no_meeting(extract):
    x, _ = extract("Kenyan President Daniel Mwangi paid a call to Ugandan leaders to reopen the border crossing.",
                   published=PUBLISHED)
    assert not [e for e in x.events if e.support.rule.endswith("call-on")]


# Trigger "agreed-pair": two people of two states who agree together met; vetoes "agreed-elsewhere-or-unplaced-pair"
# (another occasion word in the sentence reports the occasion; "A and his deputy B" is one side).
AGREED_ROWS = [
    ("agreed-pair-counterpart",
     "Kenyan President Daniel Mwangi and his Ugandan counterpart Grace Akello on Tuesday agreed to share "
     "intelligence on the rebels.", {"Daniel Mwangi", "Grace Akello"}, dt.date(2026, 3, 10)),
    ("agreed-pair-plain-and",
     "Kenyan President Daniel Mwangi and Ugandan President Grace Akello agreed to reopen the border crossing.",
     {"Daniel Mwangi", "Grace Akello"}, None),
]


@pytest.mark.parametrize("why,text,pair,date", AGREED_ROWS, ids=[r[0] for r in AGREED_ROWS])
def test_agreed_pair_meets(extract, why, text, pair, date):
    x, _ = extract(text, published=PUBLISHED)
    got = [e for e in x.events if pair <= set(participants(x, e))]
    assert got and got[0].date == date, [(participants(x, e), e.date, e.support.rule) for e in x.events]


AGREED_NO_ROWS = [
    ("agreed-one-side",
     "Kenyan President Daniel Mwangi and his deputy Grace Akello agreed to extend the transition."),
    ("agreed-to-meet",
     "Kenyan President Daniel Mwangi and Ugandan President Grace Akello agreed to meet soon."),
]


@pytest.mark.parametrize("why,text", AGREED_NO_ROWS, ids=[r[0] for r in AGREED_NO_ROWS])
def test_agreed_pair_vetoed(extract, why, text):
    x, _ = extract(text, published=PUBLISHED)
    assert not [e for e in x.events if e.support.rule.endswith("agreed-pair")], \
        [(participants(x, e), e.support.rule) for e in x.events]


def test_agreed_pair_takes_the_occasion_its_sentence_names(extract):
    x, _ = extract("Kenyan President Daniel Mwangi and his Ugandan counterpart Grace Akello agreed on a ceasefire at "
                   "a regional summit in Arusha.", published=PUBLISHED)
    got = [e for e in x.events if {"Daniel Mwangi", "Grace Akello"} <= set(participants(x, e))]
    assert got and not got[0].support.rule.endswith("agreed-pair"), [(e.kind, e.support.rule) for e in x.events]
