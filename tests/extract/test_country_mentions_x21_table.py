"""The words news English uses for a state (x21demonyms): data/reference/countries.tsv gives every UN member and
observer its short names and demonyms, and the longest name wins where one state's name holds another's
("Equatorial Guinean" is not Guinea's, "Papua New Guineans" not Guinea's, "Guinea Bissau" is one state).

Sentences are written for these tests in the general news shapes the rules read; none is taken from the bank or an
eval set.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extract_support import check_threat

from kg.extract import context
from kg.sources import Document

# (text, states the sentence mentions)
MENTIONS = [
    # demonyms news uses besides the table's first one
    ("The Azeri defence minister said the drills would go ahead.", ["AZ"]),
    ("Kyrgyzstani and Tajikistani border guards met Uzbekistani officials.", ["KG", "TJ", "UZ"]),
    ("The Vanuatuan prime minister thanked Motswana and Mosotho delegates.", ["BW", "LS", "VU"]),
    ("Cabo Verdean and Salvadorean police attended the course.", ["CV", "SV"]),
    ("Belarussian and Luxembourger observers watched.", ["BY", "LU"]),
    # short names and initials
    ("PNG and the KSA signed on Monday, the ROK said.", ["KR", "PG", "SA"]),
    ("S. Korea, Japan agree to stay united against N. Korea threats", ["JP", "KP", "KR"]),
    ("Ties between Korea and China are strong, the ministry said.", ["CN", "KR"]),
    ("Guinea Bissau and Timor Leste sent envoys to Bosnia-Herzegovina.", ["BA", "GW", "TL"]),
    # the longest name wins: one state's name inside another's is not that state
    ("Equatorial Guinean officials met Papua New Guineans.", ["GQ", "PG"]),
    ("Guinea, Guinea-Bissau and Equatorial Guinea sent envoys.", ["GN", "GQ", "GW"]),
    ("Niger and Nigeria agreed; Nigerien troops will patrol.", ["NE", "NG"]),
    # bare "Congo" is the Democratic Republic; the Republic is named as such
    ("Rwanda and Congo signed the deal; Rwandan troops will leave eastern Congo.", ["CD", "RW"]),
    ("The Republic of the Congo and Congo-Kinshasa met in Luanda.", ["AO", "CD", "CG"]),
    ("Congo Republic and Gabon agreed.", ["CG", "GA"]),
    # left out on purpose: a region, a people, a territory's movement
    ("Leaders of the Central African States met.", []),
    ("Sahrawi refugees live in the camps.", []),
]


@pytest.mark.parametrize(("text", "states"), MENTIONS)
def test_country_mentions(text, states):
    doc = Document(id="t", text=text, title="", url="", publisher="", published=dt.date(2025, 1, 1), author="",
                   path="t.txt")
    ctx = context.build(doc)
    assert sorted({m.key for m in ctx.country_mentions}) == sorted(states)


# A post's state from a demonym (text, person, title, state)
ROLES = [
    ("Azeri Defence Minister Zakir Hasanov met his Georgian counterpart in Tbilisi on Monday.", "Zakir Hasanov",
     "Defence Minister", "AZ"),
    ("PNG Prime Minister James Marape signed the treaty in Canberra.", "James Marape", "Prime Minister", "PG"),
]


@pytest.mark.parametrize(("text", "name", "title", "state"), ROLES)
def test_demonym_gives_post_state(extract, text, name, title, state):
    x, _ = extract(text)
    person = next(p for p in x.persons if p.name == name)
    assert any(r.title == title and r.country == state for r in person.roles), person.roles


# A state before a concern stays whole in its wording: "North Korea's", not "Korea's" (text, concept, word)
WHOLE_STATE = [
    ("The ministers said North Korea's ballistic missile launches violate the resolutions.", "arms-proliferation",
     "North Korea's ballistic missile"),
]


@pytest.mark.parametrize(("text", "concept", "word"), WHOLE_STATE)
def test_whole_state_in_wording(extract, text, concept, word):
    check_threat(extract, text, concept, word)
