"""kg/extract/events/ (placing, drafts, orphans), round 25 (branch x25pastvisit): a visit elsewhere, or in the past,
takes no dateline city.
- row "visited-arrived-in" (placing._TRAVEL_TO): "A visited Nepal", "arrived in Kathmandu" say where the traveller
  went, as "a visit to Nepal" does: a report datelined NEW DELHI about talks on that trip is not on the spot.
- veto "past-visit-no-dateline" (drafts.PAST_VISIT, past_occasion): "after A's visit", "following A's trip", "A's
  recent visit" name a visit that is over; it is no visit under way in the dateline's country.
- veto "lead-talks-not-a-call" (orphans._carry_lead): the lead's talks noun is not carried to a phone call recalled
  further down (as in merging._compatible, a call is an occasion of its own).
- control: a meeting whose own sentence names another state's city keeps it under any dateline."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_support import participants

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday

# (why, text, people of the event, expected place)
ROWS = [
    ("visited-state-not-on-the-spot",
     "NEW DELHI -- India and Nepal agreed on Wednesday to deepen defence cooperation after extensive talks.\n\n"
     "The ministry said Indian Army Chief General Rajan Mehra visited Nepal as part of a five-day official trip.\n\n"
     "Mehra met Nepali Defence Minister Hari Thapa on Wednesday.",
     {"Rajan Mehra", "Hari Thapa"}, None),
    ("arrived-in-state-not-on-the-spot",
     "NEW DELHI -- Indian Army Chief General Rajan Mehra, who arrived in Nepal on Monday, met Nepali Defence "
     "Minister Hari Thapa on Wednesday.",
     {"Rajan Mehra", "Hari Thapa"}, None),
    ("control-visit-to-dateline-state-on-the-spot",
     "NEW DELHI -- Indian Army Chief General Rajan Mehra met Nepali Defence Minister Hari Thapa on Wednesday.",
     {"Rajan Mehra", "Hari Thapa"}, "New Delhi"),
    ("control-visited-city-is-the-place",
     "NEW DELHI -- Indian Army Chief General Rajan Mehra visited Kathmandu on Wednesday and met Nepali Defence "
     "Minister Hari Thapa.",
     {"Rajan Mehra", "Hari Thapa"}, "Kathmandu"),
    ("control-own-sentence-city-kept",
     "NEW DELHI -- Indian Army Chief General Rajan Mehra met Nepali Defence Minister Hari Thapa in Kathmandu on "
     "Wednesday.",
     {"Rajan Mehra", "Hari Thapa"}, "Kathmandu"),
    ("after-named-visit-no-dateline",
     "PHNOM PENH, Cambodia -- The leaders discussed regional tensions.\n\n"
     "The tensions stemmed from China's anger after US House Speaker Nancy Pelosi's visit, officials said.",
     {"Nancy Pelosi"}, None),
    ("following-named-trip-no-dateline",
     "PHNOM PENH, Cambodia -- The leaders discussed regional tensions.\n\n"
     "The two governments issued a statement following US Secretary of State Marco Rubio's trip, officials said.",
     {"Marco Rubio"}, None),
    ("control-visit-under-way-dateline",
     "PHNOM PENH, Cambodia -- US Secretary of State Marco Rubio, on a visit to Cambodia, said on Thursday that the "
     "talks went well.",
     {"Marco Rubio"}, "Phnom Penh"),
]


@pytest.mark.parametrize("why,text,people,place", ROWS, ids=[r[0] for r in ROWS])
def test_visit_elsewhere_or_past_takes_no_dateline(extract, why, text, people, place):
    x, _ = extract(text, published=PUBLISHED)
    got = [e for e in x.events if set(participants(x, e)) == people]
    assert got, [(participants(x, e), e.support.rule) for e in x.events]
    assert (got[0].place.name if got[0].place else None) == place, (got[0].place, got[0].support.rule)


def test_lead_talks_noun_stays_with_its_sentence(extract):
    """"A and B are holding talks here": the lead's noun names that meeting, not the phone call recalled later (on
    main it turned the call into talks placed in New Delhi)."""
    text = ('New Delhi/UNI: National Security Advisor (NSA) Rajan Mehra and Russian security chief Ivan Sokolov are holding talks here on Wednesday as part of the intergovernmental consultations on the developments in Afghanistan.\n'
            'Secretary of the Security Council of Russia, General Ivan Sokolov, is on a two-day visit to India on the invitation of NSA Rajan Mehra for talks on Afghanistan. He is accompanied by a high-level delegation from different ministries and departments.\n'
            "“Russia-India consultations on security issues have started in New Delhi. Russia's Security Council Secretary Ivan Sokolov is meeting with India's National Security Advisor Rajan Mehra,” the Russian embassy tweeted.\n"
            'The India-Russia Intergovernmental Consultations on Afghanistan are a follow-up to the telephone conversation between Prime Minister Arun Varma and President Pavel Orlov on August 24 following the developments in Afghanistan, where the Taliban have seized power and formed their government.\n'
            'Mehra, welcoming the Russian delegation at the beginning of the talks, said that this is a very special meeting being held as “a follow up to the telephonic talk that Prime Minister Varma had with President Orlov, and we attach great importance to this meeting”.\n')
    x, _ = extract(text, published=None)  # (undated, as the report it comes from: the call's day is no day)
    call = [e for e in x.events if {"Arun Varma", "Pavel Orlov"} <= set(participants(x, e))]
    assert call, [(participants(x, e), e.support.rule) for e in x.events]
    assert call[0].kind == "call" and call[0].place is None, (call[0].kind, call[0].place, call[0].support.rule)
