"""Round 21 (x21titles): posts the titles table lacked (data/reference/titles.tsv), audited by kind of post, and the
`coordinating-grade` of posts.py. Sentences written for the tests in news style.
Each row: (table row, text, the person's name, posts that must be there, posts that must not)."""

from __future__ import annotations

import pytest
from extract_support import check_posts

from kg.extract import reference

_LEAD = "Ghana and Togo held talks on border security on Tuesday. "

CASES = [
    # ministries' second rank written as one word (Spanish/Portuguese style); its field or remit follows
    ("Undersecretary", _LEAD + "The talks were led by Ghana's Undersecretary of Foreign Affairs Ama Mensah.",
     "Ama Mensah", ["Undersecretary of Foreign Affairs"], []),
    ("Undersecretary", _LEAD + "Officials met the Undersecretary for Immigration, Kofi Addo, in Accra.", "Kofi Addo",
     ["Undersecretary of Immigration"], []),
    ("Undersecretary of State", _LEAD + "The visitors were hosted by Undersecretary of State Kwame Owusu.",
     "Kwame Owusu", ["Undersecretary of State"], []),
    # diplomatic posts
    ("Special Representative", _LEAD + "Ghana's Special Representative for the Sahel, Yaw Boateng, joined them.",
     "Yaw Boateng", ["Special Representative for the Sahel"], []),
    ("Chief Diplomatic Officer", _LEAD + "The ministry's Chief Diplomatic Officer Esi Asante spoke after the talks.",
     "Esi Asante", ["Chief Diplomatic Officer"], []),
    # those who lead a side at talks
    ("delegate", _LEAD + "Togolese delegate Koffi Agbo said the talks had gone well.", "Koffi Agbo", ["delegate"], []),
    ("chief delegate", _LEAD + "Ghana's chief delegate Kojo Darko said a deal was close.", "Kojo Darko",
     ["chief delegate"], []),
    ("head negotiator", _LEAD + "Afterwards Togo's head negotiator, Edem Kodjo, spoke to reporters.", "Edem Kodjo",
     ["head negotiator"], []),
    ("presidential aide", _LEAD + "Ghanaian presidential aide Nana Ofori led the delegation.", "Nana Ofori",
     ["presidential aide"], []),
]


@pytest.mark.parametrize("row,text,name,present,absent", CASES)
def test_title_row(extract, row, text, name, present, absent):
    assert row.lower() in reference.titles().normal
    check_posts(extract, text, name, present, absent)


@pytest.mark.parametrize("text,name,present,absent", [
    # `coordinating-grade`: a coordinating minister heads other ministers; the grade is part of the post, and the
    # remit's fields may be joined by commas ("Political, Legal and Security Affairs")
    (_LEAD + "Ghana's Coordinating Minister for Political, Legal and Security Affairs Kofi Ansah met them.", "Kofi Ansah",
     ["Coordinating Minister of Political, Legal and Security Affairs"], ["Minister for Political"]),
    (_LEAD + "They met Ghana's Senior Minister and Coordinating Minister for National Security, Kwesi Ampofo.",
     "Kwesi Ampofo", ["Senior Minister", "Coordinating Minister of National Security"], []),
])
def test_coordinating_grade(extract, text, name, present, absent):
    check_posts(extract, text, name, present, absent)


@pytest.mark.parametrize("text", [
    _LEAD + "Delegates from twenty countries met in Lome.",   # the plural is no post
    _LEAD + "A delegate from Togo said the talks went well.",  # no name: no person
])
def test_no_holder(extract, text):
    x, _ = extract(text)
    assert not [r for p in x.persons for r in p.roles if "delegate" in r.title.lower()]
