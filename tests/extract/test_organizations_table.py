"""Organisations, one row per shape and per veto: (sentence, name expected or None, rule or veto name)."""

from __future__ import annotations

import pytest

# (sentence, the body's name, its rule); name None: the words in the third column name no body (a veto).
ROWS = [
    ("The talks were hosted by the Shanghai Cooperation Organisation.", "Shanghai Cooperation Organisation",
     "org/known"),
    ("Officers of the Rapid Reaction Service (RRS) arrived at dawn.", "Rapid Reaction Service", "org/acronym-defined"),
    ("Officials from the Ministries of Fisheries and Marine Affairs attended.", "Ministry of Fisheries Affairs",
     "org/coordinated-heads"),
    ("Officials from the Ministries of Fisheries and Marine Affairs attended.", "Ministry of Marine Affairs",
     "org/coordinated-heads"),
    ("She studied at the Technical University of Lisbon before joining.", "Technical University of Lisbon",
     "org/of-shape"),
    ("The Coastal Protection Directorate issued a warning.", "Coastal Protection Directorate", "org/head-shape"),
    ("A note was handed to the Chilean Embassy in Lima on Monday.", "Chilean Embassy in Lima",
     "org/head-shape"),
    ("The Kenyan armed forces moved north.", "Kenyan armed forces", "org/armed-forces"),
    ("The Chilean foreign ministry summoned the envoy.", "Chilean foreign ministry", "org/state-body"),
    ("He thanked the Malian government and national army for their help.", "Malian national army", "org/state-body"),
    ("Two envoys met, according to the Harbour Gazette newspaper.", "Harbour Gazette", "org/cue"),
    ("The talks went well, the KNA news agency reported.", "KNA", "org/cue"),
    ("According to Lakeside TV, the talks ended early.", "Lakeside TV", "org/cue"),
    ("Police said members of the Red Scorpions had fled.", "Red Scorpions", "org/named-group"),
    # vetoes
    ("The leaders met in the Oval Office on Friday.", None, "room"),
    ("The Deputy National Security Advisors (DNSA) met in Colombo.", None, "title"),
    ("Both sides signed the Joint Record of Discussions (JRD).", None, "document"),
]


@pytest.mark.parametrize(("sentence", "name", "rule"), ROWS)
def test_organization_row(extract, sentence, name, rule):
    x, _ = extract(sentence)
    found = {o.name: o.support.rule for o in x.organizations}
    if name is None:
        assert found == {}, f"veto {rule}: {found}"
        return
    assert found.get(name) == rule, found


def test_a_defined_acronym_names_the_body_later(extract):
    x, _ = extract("The Coastal Patrol Agency (CPA) was set up in May. Two weeks later the CPA seized a boat.")
    org = next(o for o in x.organizations if o.name == "Coastal Patrol Agency")
    assert "CPA" in org.aliases
    assert len([m for m in x.organizations if m.name == "CPA"]) == 0
