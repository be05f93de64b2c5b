"""Organisations, nineteenth round (x19orgnoise): a post is no body. Veto post-in-name: a person's post inside a
shaped name ("Director General Border Guard", "... Defence Minister Army" of "Army General <name>", a header's
"Australian Minister for Trade"), or a post that begins before the name and ends inside it ("the Chiefs of Staff
Council" → "Staff Council"), makes the words a post read as a body. A body named inside a post stays a body (the
studied golds keep it: "Chief of Staff of the <X> Armed Forces", "<X> Army Chief"), as do offices a post owns
("Prime Minister's Office", "Office of the National Security Adviser").
Rows: (text, the words that must not stand as a body) and (text, the body that stays)."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.rules import RuleExtractor
from kg.sources import Document

POST_ROWS = [
    # a post inside the name (post-in-name)
    ("Belarusian Defence Minister Army General Pavel Volkov toured the border posts.", "Belarusian Defence Minister Army"),
    ("The talks were opened by Director General Border Guard Ahmed Karimov on Monday.", "Director General Border Guard"),
    ("Commander Joint Task Force 552 Air Commodore Lee Brown said the ships would stay a week.",
     "Commander Joint Task Force"),
    ("The Inspectors General of Police (IGPs) of both states signed the plan.", "Inspectors General of Police"),
    # a post running into the name's first words, in the singular or the plural
    ("The Chiefs of Staff Council of the alliance met in Bamako.", "Staff Council"),
    ("Chairman Joint Chiefs of Staff Committee General Adil Raza received the visitors.", "Staff Committee"),
    ("He also met the Chief of General Staff Omani Armed Forces General Salim in Muscat.",
     "General Staff Omani Armed Forces"),
]

BODY_ROWS = [
    # a body named with the post its head holds, or inside the post
    ("The Nepal Army Chief met his Indian counterpart in Kathmandu.", "Nepal Army"),
    ("Ethiopian Federal Police Commissioner General Demelash Gebre spoke to reporters.", "Ethiopian Federal Police"),
    ("He met the Chief of Staff of the Djiboutian Armed Forces, General Zakaria, on Friday.", "Djiboutian Armed Forces"),
    # an office a post owns, or whose remit a post is
    ("A statement from the Prime Minister's Office said the talks went well.", "Prime Minister's Office"),
    ("The visit was coordinated by the Office of the National Security Adviser.", "Office of the National Security Adviser"),
    ("The General Border Committee will meet in Kuala Lumpur next month.", "General Border Committee"),
]


@pytest.mark.parametrize(("text", "post"), POST_ROWS)
def test_a_post_is_no_body(extract, text, post):
    x, _ = extract(text)
    assert post not in {o.name for o in x.organizations}


@pytest.mark.parametrize(("text", "body"), BODY_ROWS)
def test_a_body_beside_a_post_stays(extract, text, body):
    x, _ = extract(text)
    assert body in {o.name for o in x.organizations}


def test_a_header_that_names_a_post_is_no_outlet():
    """The header's publisher is a minister's own site: the post in the text is no outlet."""
    doc = Document(id="t", text="The Australian Minister for Trade, Senator Jo Bell, met her Japanese counterpart in Perth.",
                   path="t.txt", publisher="Australian Minister for Trade", published=dt.date(2026, 3, 12))
    x = RuleExtractor().extract(doc)
    assert "Australian Minister for Trade" not in {o.name for o in x.organizations}
    assert "Jo Bell" in {p.name for p in x.persons}
