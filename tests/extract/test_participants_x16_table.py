"""kg/extract/participants/, round 16 (branch x16partners): partners the participant finder missed although the
people layer found them — a coordinated partner behind a long or lowercase title ("titled-partner"), a pronoun
coordinated with a named subject ("pronoun-partner"), and the people of a meeting noun told by a participle or a
relative clause ("noun-attended-by": "the retreat attended by A and B", "the session, which was chaired by A",
"the meeting brought together A and B", "a meeting was held in X between A and B"), and the subject of a meeting
noun whose "with" names the subject's own counterpart ("own-counterpart": "A reviewed the talks with his B
counterpart C").
The twins keep a verb or clause between the two people: the second is no partner."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_support import participants
from kg.extract.participants import titled_partner_gap

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday

# (why, text, participants of one occasion expected)
ROWS = [
    ("titled-partner-possessive-lowercase-post",
     "Fishermen were freed soon after Kenya's president Daniel Mwangi and Uganda's new prime minister Grace Akello "
     "held talks on the lake border.", ["Daniel Mwangi", "Grace Akello"]),
    ("titled-partner-counterpart-rank",
     "Officials recalled last month's meeting between President Daniel Mwangi and his Ugandan counterpart, Gen. "
     "Peter Okello, which set up a border force.", ["Daniel Mwangi", "Peter Okello"]),
    ("titled-partner-head-of-body-rank",
     "The plan came out of Monday's meeting between Kenya's President Daniel Mwangi and the head of the Transitional "
     "Council of Uganda Gen. Peter Okello in Nairobi.", ["Daniel Mwangi", "Peter Okello"]),
    ("titled-partner-mixed-case-title",
     "Colonel Hugo Quispe and Tacna Border District chief Major General Rosa Vidal had a meeting at the crossing.",
     ["Hugo Quispe", "Rosa Vidal"]),
    ("titled-partner-lowercase-titles-subject",
     "The commander of the Kenyan Navy, Admiral John Otieno, and the chief of general staff of the Armed Forces of "
     "Uganda, General Peter Okello, chaired the meeting.", ["John Otieno", "Peter Okello"]),
    ("pronoun-partner-after-named-subject",
     "Defence Minister John Otieno on Monday handed over two patrol boats in Kampala as he and Ugandan President "
     "Grace Akello held talks on lake security.", ["Grace Akello", "John Otieno"]),
    ("pronoun-partner-clause-after-speaker",
     "The deal will follow soon, Otieno said after he and Akello signed the letters. Kenyan Defence Minister John "
     "Otieno arrived on Monday; Ugandan Defence Minister Grace Akello met him.", ["Grace Akello", "John Otieno"]),
    ("noun-attended-by-participle",
     "The pact was drafted at the leaders' retreat meeting attended by Kenyan President Daniel Mwangi and Prime "
     "Minister Grace Akello on Tuesday.", ["Daniel Mwangi", "Grace Akello"]),
    ("noun-which-was-attended-by",
     "A joint statement followed the consultative meeting, which was attended by the Head of the Presidential "
     "Council, Hugo Quispe, Chilean President Rosa Vidal, and Peruvian President Pedro Soto.",
     ["Hugo Quispe", "Pedro Soto", "Rosa Vidal"]),
    ("noun-brought-together",
     "The meeting brought together John Otieno, the Inspector General of the Kenyan Armed Forces, and Peter Okello, "
     "Commander of the Ugandan Army.", ["John Otieno", "Peter Okello"]),
    ("noun-was-held-between-titled-list",
     "On Monday, a meeting was held in Osh between the chairman of the State Committee for Security of Kyrgyzstan "
     "Bakyt Asanov, the chairman of the State Committee for Security of Tajikistan Rustam Nazarov and the chairman of "
     "the State Security Service of Uzbekistan Timur Aliev.", ["Bakyt Asanov", "Rustam Nazarov", "Timur Aliev"]),
    ("own-counterpart-noun",
     "Kenyan Foreign Minister John Otieno summed up the results of the talks with his Ugandan counterpart Grace "
     "Akello, the ministry reported.", ["Grace Akello", "John Otieno"]),
    ("own-counterpart-plural",
     "Kenyan Interior Minister Grace Akello conducted talks with her Ugandan counterparts Interior Minister Peter "
     "Okello and Police Minister John Mugisha on border policing.", ["Grace Akello", "John Mugisha", "Peter Okello"]),
]


@pytest.mark.parametrize("why,text,people", ROWS, ids=[r[0] for r in ROWS])
def test_partner_takes_part(extract, why, text, people):
    x, _ = extract(text, published=PUBLISHED)
    got = [participants(x, e) for e in x.events]
    assert any(set(people) <= set(p) for p in got), [(participants(x, e), e.support.rule) for e in x.events]


# A verb or a clause between the two people: the second one is no partner of the first one's occasion.
NO_ROWS = [
    ("verb-between",
     "Kenyan President Daniel Mwangi met Ugandan Defence Minister Grace Akello and praised Peter Okello for the "
     "border force.", "Peter Okello", "Daniel Mwangi"),
    ("clause-after-comma",
     "Kenyan President Daniel Mwangi met Ugandan Defence Minister Grace Akello on Monday, the chief of staff told "
     "reporters after Peter Okello arrived.", "Peter Okello", "Daniel Mwangi"),
]


@pytest.mark.parametrize("why,text,outsider,insider", NO_ROWS, ids=[r[0] for r in NO_ROWS])
def test_a_clause_ends_the_partners(extract, why, text, outsider, insider):
    x, _ = extract(text, published=PUBLISHED)
    got = [participants(x, e) for e in x.events]
    assert any(insider in p for p in got), got
    assert not any(outsider in p and insider in p for p in got), got


@pytest.mark.parametrize("gap,ok", [
    (" and India's new prime minister ", True),
    (" and his Ugandan counterpart, Gen. ", True),
    (" and the head of the Transitional Council of Uganda Gen. ", True),
    (", the chairman of the State Committee for Security of Tajikistan ", True),
    (" and praised ", False),
    (" and said that ", False),
    (", the capital of ", False),
    (" and then met ", False),
])
def test_titled_partner_gap(gap, ok):
    assert titled_partner_gap(gap) is ok
