"""kg/extract/event_triggers.py row "delegation-members" (x23delegation), with events' _join_last and _fold_attendees:
the named members of one side ("The Malawian delegation included A and B", "The American delegation was made up of
A, B", "A was accompanied by B and C") join the occasion just reported, a delegation's visit included. The studied
gold puts them among its people (1 of 1: "The delegation included NISS Head Redwan Hussein", blind8 et-so).
Twins: "included senior officials" names no one; one side's members with no occasion reported hold none; "accompanied
by his spouse" adds no one."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_support import participants

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday

# (why, text, expected occasions as participants, in any order)
ROWS = [
    ("delegation-included-joins-the-meeting",
     "Ghana's Defence Minister Dominic Nitiwul met Mali's Defence Minister Sadio Camara in Bamako on Tuesday. "
     "Mali's delegation included Security Minister Daoud Aly Mohammedine and other officials.",
     [["Daoud Aly Mohammedine", "Dominic Nitiwul", "Sadio Camara"]]),
    ("after-attended-by",
     "The meeting in Accra on Friday was attended by Ghana's Defence Minister Dominic Nitiwul and Chief of Army Staff "
     "Thomas Oppong-Peprah. Mali's delegation included General Sadio Camara, Minister of Defence, and other officials.",
     [["Dominic Nitiwul", "Sadio Camara", "Thomas Oppong-Peprah"]]),
    ("was-made-up-of",
     "Panamanian, Colombian and US officials met in Panama City on Tuesday. The meeting was led by Panama's Foreign "
     "Minister Janaina Tewaney and US Homeland Security Secretary Alejandro Mayorkas. The American delegation was made "
     "up of the Administrator of USAID, Samantha Power, and the Commander of Southern Command, General Laura "
     "Richardson.",
     [["Alejandro Mayorkas", "Janaina Tewaney", "Laura Richardson", "Samantha Power"]]),
    ("accompanied-by",
     "Indian Army chief General Manoj Pande called on Nepal's Prime Minister Sher Bahadur Deuba in Kathmandu on "
     "Monday. He was accompanied by Ambassador Naveen Srivastava and other delegation members.",
     [["Manoj Pande", "Naveen Srivastava", "Sher Bahadur Deuba"]]),
    ("members-join-the-delegations-visit",
     "An Ethiopian delegation led by Field Marshal Birhanu Jula, Chief of the Ethiopian National Defense Force, paid "
     "a one-day working visit to Somalia on Tuesday. The delegation included intelligence chief Redwan Hussein and "
     "other officials.",
     [["Birhanu Jula", "Redwan Hussein"]]),
    # twins
    ("no-member-named",
     "Ghana's Defence Minister Dominic Nitiwul met Mali's Defence Minister Sadio Camara in Bamako on Tuesday. "
     "Mali's delegation included senior officials from the ministries of defence and security.",
     [["Dominic Nitiwul", "Sadio Camara"]]),
    ("one-side-holds-none",
     "The Thai delegation included General Tharapong Malakam and Admiral Phairoj Fueangchan.",
     []),
    ("spouse-no-party",
     "Bangladesh Navy chief Admiral M Shaheen Iqbal called on Prime Minister Mahinda Rajapaksa on Tuesday. He was "
     "accompanied by his spouse Begum Monira Rowshan Iqbal.",
     [["M Shaheen Iqbal", "Mahinda Rajapaksa"]]),
]


@pytest.mark.parametrize("why,text,expected", ROWS, ids=[r[0] for r in ROWS])
def test_delegation_members_join_the_meeting(extract, why, text, expected):
    x, _ = extract(text, published=PUBLISHED)
    got = sorted(participants(x, e) for e in x.events)
    assert got == sorted(expected), [(participants(x, e), e.kind, e.support.rule) for e in x.events]
