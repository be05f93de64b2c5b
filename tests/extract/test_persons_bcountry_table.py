"""Round 13 (issue 8), the state of an unqualified post whose only fallback is the report's home state
(`_home_fallback` in kg/extract/persons.py). On a bank of unannotated news two of three such posts were another
state's when their sentence named another state ahead of the person and not the home one ("Malaysia was
represented by Foreign Minister X" in an Indonesian report): there the post is left without a state rather than
given a likely wrong one. Sentences written for the tests in news style. Each row: (text, name, expected state)."""

from __future__ import annotations

import pytest
from extract_support import the_person

HOME = "NAIROBI, March 11 -- Kenya hosted regional talks on border security in Nairobi on Tuesday. "

ROWS = [
    # another state ahead of the post, the home state not named: no state
    (HOME + "Tanzania was represented at the talks by Foreign Minister Omari Juma and senior officials.",
     "Omari Juma", None),
    (HOME + "During his visit to Dodoma last month, Mudavadi called on President Samia Hassan.",
     "Samia Hassan", None),
    # the home state named in the post's sentence: the home state stays
    (HOME + "Kenya and Tanzania were represented by Foreign Minister Musalia Mudavadi and others.",
     "Musalia Mudavadi", "KE"),
    # the other state only after the person: what the post acts on, the home state stays
    (HOME + "Interior Minister Kipchumba Murkomen said the patrols with Tanzania would resume next week.",
     "Kipchumba Murkomen", "KE"),
    # the other state ahead is another person's, explicitly ("Ugandan President Y"): the home state stays
    (HOME + "Ugandan President Yoweri Museveni will receive Defence Minister Soipan Tuya in Entebbe.",
     "Soipan Tuya", "KE"),
    # the other state ahead is inside a quotation: the home state stays
    (HOME + "\"Uganda has to act on the smuggling,\" spokesman Isaac Mwaura told reporters.",
     "Isaac Mwaura", "KE"),
]


@pytest.mark.parametrize(("text", "name", "country"), ROWS)
def test_home_fallback(extract, text, name, country):
    x, _ = extract(text)
    person = the_person(x, name)
    assert person.roles and all(r.country == country for r in person.roles), [(r.title, r.country) for r in person.roles]
