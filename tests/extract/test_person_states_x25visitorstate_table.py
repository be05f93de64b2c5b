"""Round x25 (x25visitorstate): the home-state fallback gave the visitor the host's state.

`visitor-of-host` (person_states.visitor_states): a person whose state is only the home-state fallback, who is
received, welcomed or hosted by someone of that same state, called "visiting", or named as the one making a trip to
that state, is away from home and takes the report's other main state. Vetoes: `visitor-received-own` (the one
received accompanies the visitor, or the host is an envoy abroad) and a host that is not the reception's subject.
Sentences are invented for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.rules import RuleExtractor
from kg.sources import Document

_TR_NG = " Turkey and Nigeria agreed to expand defence industry cooperation. Nigeria will send officers to Turkey."
_GB_PL = " The United Kingdom and Poland agreed to deepen defence ties. " \
         "Poland will send officers to the United Kingdom."
_RS_CN = " Serbia and China agreed to expand military training. Serbia will send officers to China next year."

# (rule, text, person, the person's state)
ROWS = [
    ("visitor-of-host",  # host and visitor both unqualified: the host is at home, the visitor is not
     "Defence Minister Kemal Arslan received Defence Minister Musa Bello with an official ceremony at the ministry."
     + _TR_NG,
     "Musa Bello", "NG"),
    ("visitor-of-host",  # two hosts and a list of visitors
     "Foreign Secretary Tom Hardy and Defence Secretary Alan Moss hosted Foreign Minister Piotr Zalewski and "
     "Defence Minister Marek Nowak in London." + _GB_PL,
     "Marek Nowak", "PL"),
    ("visitor-of-host",  # "visiting"
     "BELGRADE, March 10 -- President Milan Petrovic and visiting Vice Chairman Zhang Wei agreed to promote "
     "cooperation in defence." + _RS_CN,
     "Zhang Wei", "CN"),
    ("visitor-of-host",  # a trip to the home state by the person
     "The agreements were signed during an official trip to London by Defence Minister Marek Nowak on Thursday."
     + _GB_PL,
     "Marek Nowak", "PL"),
    ("visitor-received-own",  # the one received came with the visitor: the host's own
     "President Kemal Arslan received Interior Minister Ahmet Kaya, accompanying the visiting delegation, at the "
     "palace." + _TR_NG,
     "Ahmet Kaya", "TR"),
    ("visitor-not-host-subject",  # the one named ahead of "received" is not its subject
     "Ambassador Ahmet Kaya will present his credentials to President Musa Bello, after having received Interior "
     "Minister Kemal Arslan." + _TR_NG,
     "Kemal Arslan", "TR"),
]


@pytest.mark.parametrize(("rule", "text", "name", "state"), ROWS)
def test_visitor_state(rule, text, name, state):
    doc = Document(id="t", text=text, path="t.txt", published=dt.date(2026, 3, 12), publisher="Daily Bulletin")
    x = RuleExtractor().extract(doc)
    person = next(p for p in x.persons if p.name == name)
    assert person.country == state, rule
    assert {r.country for r in person.roles} == {state}
