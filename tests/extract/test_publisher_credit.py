"""The outlet a report's header names is a body when its own text credits it (kg/extract/org_cues.publisher_forms
and the "publisher" shape in kg/extract/organizations/); a dateline credit is not. Sentences written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.org_cues import publisher_forms
from kg.extract.rules import RuleExtractor
from kg.sources import Document

FORMS = [
    ("Harbour News (Canada)", [["Harbour News"]]),
    ("KBC News (Kenya)", [["KBC News", "KBC"]]),
    ("Lakeside Wire (The Associated Press)", [["Lakeside Wire"], ["Associated Press"]]),
    ("Jamaica Gleaner (via Island Tribune)", [["Jamaica Gleaner", "Gleaner"]]),
    ("Kenya News Agency (KNA)", [["Kenya News Agency", "KNA"]]),
    ("Mirante News Agency", [["Mirante News Agency", "Mirante"]]),
    ("The Sun (Malaysia)", []),
    ("", []),
]


@pytest.mark.parametrize(("publisher", "forms"), FORMS)
def test_publisher_forms_row(publisher, forms):
    assert publisher_forms(publisher) == forms


def _orgs(text: str, publisher: str) -> dict[str, str]:
    doc = Document(id="t", text=text, path="t.txt", published=dt.date(2026, 3, 12), publisher=publisher)
    return {o.name: o.support.rule for o in RuleExtractor().extract(doc).organizations}


def test_the_outlet_credited_in_its_own_text_is_a_body():
    orgs = _orgs("NAIROBI, March 12 (KBC) - Kenya and Uganda agreed to reopen the crossing. The draft was first "
                 "revealed by KBC last month.", "KBC News (Kenya)")
    assert orgs == {"KBC News": "org/publisher"}


def test_a_dateline_credit_alone_names_no_body():
    orgs = _orgs("NAIROBI, March 12 (KBC) - Kenya and Uganda agreed to reopen the crossing.", "KBC News (Kenya)")
    assert orgs == {}


def test_a_wire_in_brackets_is_a_body_of_its_own():
    orgs = _orgs("Harare – Lakeside Wire. Zimbabwe and Zambia signed a pact, Lakeside Wire reports quoting the "
                 "Associated Press.", "Lakeside Wire (The Associated Press)")
    assert set(orgs) == {"Lakeside Wire", "Associated Press"}


# (text, publisher, names of the bodies found): the wire between a dateline's place and the dash or colon opening the story is no
# source (veto "dateline-credit"; org_words.dateline_credit), whether found by the header, by its initials or by a head.
DATELINE_ROWS = [
    ("MOMBASA, Kenya, KTN – The government denied the claim on Monday.", "Coastline Times (KTN)", set()),
    ("Harbour Mirror- KTN: The minister travelled to Lusaka for talks.", "Harbour Mirror (KTN)", set()),
    ("LUSAKA-Lakeside News Agency\nZambia and Malawi agreed to patrol the lake.", "Daily Post (Lakeside News Agency)",
     set()),
    ("The government denied the claim on Monday, KTN reported.", "Coastline Times (KTN)", {"KTN"}),
    # x21outlets: the dateline's date before the wire, the wire's initials after its name
    ("NAIROBI, March 12, KTN – The government denied the claim on Monday.", "Coastline Times (KTN)", set()),
    ("Mombasa, 12 March 2026, KTN: The minister travelled to Lusaka for talks.", "Coastline Times (KTN)", set()),
    ("Lakeside News Agency (LNA)_Zambia and Malawi agreed to patrol the lake.", "Lakeside News Agency", set()),
    ("On March 12, KTN reported that the government denied the claim.", "Coastline Times (KTN)", {"KTN"}),
    ("Zambia and Malawi agreed to patrol the lake, Lakeside News Agency (LNA) reported.", "Lakeside News Agency",
     {"Lakeside News Agency"}),
]


@pytest.mark.parametrize(("text", "publisher", "orgs"), DATELINE_ROWS)
def test_a_dateline_wire_row(text, publisher, orgs):
    assert set(_orgs(text, publisher)) == orgs
