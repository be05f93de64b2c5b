"""Round 14, wave 2 (issue 8): the state of a post whose chain names none, by an order of evidence
(kg/extract/persons.py). On a bank of news, posts that took the person's state took it mostly from the report's
home state; a state written right after the holder — "X of STATE", or the holder's own apposition "X, head of
STATE's agency" — names the post's state better (`state-after-holder`, `_state_after_holder`). Sentences written
for the tests in news style. Each row: (text, name, expected state)."""

from __future__ import annotations

import pytest
from extract_support import the_person

HOME = "NAIROBI, March 11 -- Kenya hosted regional talks on border security in Nairobi on Tuesday. "

ROWS = [
    # state-after-holder: "X of STATE" right after the name
    (HOME + "Kenya welcomed Vice President Ali Hassan Mwinyi of Tanzania and other guests.", "Ali Hassan Mwinyi", "TZ"),
    (HOME + "Ruto later met Major-General Samuel Kato of Uganda who commands the regional force.", "Samuel Kato", "UG"),
    # state-after-holder: the holder's apposition names the state's body
    (HOME + "The delegation includes Gen. Faisal Rahman, head of Pakistan's intelligence agency, and others.",
     "Faisal Rahman", "PK"),
    (HOME + "Kenya also met Rear Admiral John Miller, commander of the U.S. Navy's Africa fleet, on Monday.",
     "John Miller", "US"),
    (HOME + "The minister also met Mr Arvind Ramdin, Permanent Secretary, Mauritius.", "Arvind Ramdin", "MU"),
    # the apposition after the state belongs to the next person of the list: the home state stays
    (HOME + "It was signed by the Regional Minister, Peter Otieno, the Governor of Lindi Region of Tanzania, "
     "Mr Juma Said Ali, and others.", "Peter Otieno", "KE"),
    # a state after a verb or a destination is what the post acts on: the home state stays
    (HOME + "Interior Minister Kipchumba Murkomen of the ruling party said talks with Tanzania went well.",
     "Kipchumba Murkomen", "KE"),
    (HOME + "Defence Minister Soipan Tuya, on a visit to Uganda, signed the pact.", "Soipan Tuya", "KE"),
]


@pytest.mark.parametrize(("text", "name", "country"), ROWS)
def test_state_after_holder(extract, text, name, country):
    x, _ = extract(text)
    person = the_person(x, name)
    assert person.roles and all(r.country == country for r in person.roles), [(r.title, r.country) for r in person.roles]


REPRESENTED = [
    # represented-by: the state a delegation frame names for the holder(s) it lists
    (HOME + "Kenya was represented by Interior Minister Kipchumba Murkomen, while Tanzania was represented by "
     "Foreign Affairs Minister Omari Juma and Army chief General Jacob Mkunda.", "Jacob Mkunda", "TZ"),
    (HOME + "At the talks Uganda was represented by Samuel Kato, Minister of Security and Civil Protection.",
     "Samuel Kato", "UG"),
    # the frame ends at a clause break: not Uganda for the holder after it (no state: `_home_fallback`, another
    # state ahead)
    (HOME + "Uganda was represented by its envoy; Foreign Minister Musalia Mudavadi opened the talks.",
     "Musalia Mudavadi", None),
]


@pytest.mark.parametrize(("text", "name", "country"), REPRESENTED)
def test_represented_by(extract, text, name, country):
    x, _ = extract(text)
    person = the_person(x, name)
    assert person.roles and all(r.country == country for r in person.roles), [(r.title, r.country) for r in person.roles]


VISITS = [
    # visitor-not-host: the holder travels to the home state, so the post is not the home state's (no state)
    (HOME + "Army chief General Tariq Mahmood on his first official visit to Kenya discussed border security.",
     "Tariq Mahmood", None),
    (HOME + "Defence Minister Ahmed Salim on Monday embarked upon a two-day visit to Kenya.", "Ahmed Salim", None),
    (HOME + "The talks were held with President Ali Bongo, who is paying a state visit to Kenya.", "Ali Bongo", None),
    # the home state's own holder receives the visitor: the home state stays
    (HOME + "Interior Minister Kipchumba Murkomen met the visiting delegation on its visit to Kenya.",
     "Kipchumba Murkomen", "KE"),
    # one the visitor met, before "his arrival": the subject arrived, the host keeps the home state
    (HOME + "The Saudi minister held talks with President William Ruto and Army chief General Charles Kahariri soon "
     "after his arrival in Kenya on Sunday night.", "Charles Kahariri", "KE"),
]


@pytest.mark.parametrize(("text", "name", "country"), VISITS)
def test_visitor_not_host(extract, text, name, country):
    x, _ = extract(text)
    person = the_person(x, name)
    assert person.roles and all(r.country == country for r in person.roles), [(r.title, r.country) for r in person.roles]


KOSOVO = [
    # a state outside ISO 3166 in the states table (Kosovo, XK): its own words give the post its state
    ("PRISTINA -- Serbia and Kosovo resumed talks. Kosovo Prime Minister Albin Kurti met Serbian President "
     "Aleksandar Vucic in Brussels.", "Albin Kurti", "XK"),
    ("BELGRADE -- Serbia hosted no talks. Borrell met Kosovo's Prime Minister Albin Kurti on Monday.",
     "Albin Kurti", "XK"),
]


@pytest.mark.parametrize(("text", "name", "country"), KOSOVO)
def test_kosovo_is_a_state(extract, text, name, country):
    x, _ = extract(text)
    person = the_person(x, name)
    assert person.roles and all(r.country == country for r in person.roles), [(r.title, r.country) for r in person.roles]
