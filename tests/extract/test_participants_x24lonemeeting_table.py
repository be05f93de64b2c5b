"""kg/extract/participants/lists.py, round 24 (x24lonemeeting): a coordinated subject "A and <title> B met" lost A, so
the meeting had one person although the report names both (blind audit 24: one-person meetings whose counterpart
the report names). Three gaps between A and B the list did not cross:
  own-title-not-a-member   a title read as a reference to A runs on into B's name through its remit words ("and
                           Secretary of the Security Council of the Russian Federation B"): it is B's title
  titled-partner-border    a border or coast force's lowercase words in B's title ("and the commander of the Tajik
                           border troops B")
  titled-partner-jr        the full stop of A's "Jr." opens the gap ("A, Jr. and Viet Nam Minister ... B")
The twins keep a verb or clause between the two: the second is no partner."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_support import participants
from kg.extract.participants import titled_partner_gap

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday

# (why, text, participants of one occasion expected)
ROWS = [
    ("own-title-not-a-member",
     "Secretary of the Security Council of Armenia Armen Sargsyan and Secretary of the Security Council of the Russian "
     "Federation Nikolay Volkov today met on the sidelines of the session in Dushanbe. In his turn, Volkov spoke of "
     "the peacekeepers.", ["Armen Sargsyan", "Nikolay Volkov"]),
    ("titled-partner-border",
     "The head of the Kenyan border service Daniel Mwangi and the commander of the Ugandan border troops Peter Okello "
     "met at the crossing on Monday.", ["Daniel Mwangi", "Peter Okello"]),
    ("titled-partner-coast-guard",
     "Kenyan Navy chief Daniel Mwangi and the head of the Ugandan coast guard Peter Okello held talks in Mombasa.",
     ["Daniel Mwangi", "Peter Okello"]),
    ("titled-partner-jr",
     "Kenyan Defence Secretary John Otieno, Jr. and Ugandan Minister of Defence General Peter Okello met in Nairobi "
     "on Monday.", ["John Otieno", "Peter Okello"]),
]


@pytest.mark.parametrize("why,text,people", ROWS, ids=[r[0] for r in ROWS])
def test_coordinated_partner_takes_part(extract, why, text, people):
    x, _ = extract(text, published=PUBLISHED)
    got = [participants(x, e) for e in x.events]
    assert any(set(people) <= {n.removesuffix(", Jr") for n in p} for p in got), \
        [(participants(x, e), e.support.rule) for e in x.events]


# A verb or a clause between the two people: the second one is no partner of the first one's occasion.
NO_ROWS = [
    ("border-words-then-verb",
     "Kenyan President Daniel Mwangi praised the border troops, and Ugandan Defence Minister Peter Okello met "
     "Grace Akello on Monday.", "Daniel Mwangi", "Peter Okello"),
]


@pytest.mark.parametrize("why,text,outsider,insider", NO_ROWS, ids=[r[0] for r in NO_ROWS])
def test_a_clause_ends_the_partners(extract, why, text, outsider, insider):
    x, _ = extract(text, published=PUBLISHED)
    got = [participants(x, e) for e in x.events]
    assert any(insider in p for p in got), got
    assert not any(outsider in p and insider in p for p in got), got


@pytest.mark.parametrize("gap,ok", [
    (" and the commander of the Tajik border troops ", True),
    (" and the head of the coast guard ", True),
    (". and Viet Nam Minister of National Defence General ", True),
    (". and then met ", False),
    (" and the border troops met ", False),
])
def test_titled_partner_gap(gap, ok):
    assert titled_partner_gap(gap) is ok
