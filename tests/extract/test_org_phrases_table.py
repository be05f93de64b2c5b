"""Organisations found by general phrase mechanisms: bare acronyms, chunk boundaries, state-named bodies.
Rows: (sentence(s) written for these tests, the body expected, or None with the name that must not appear)."""

from __future__ import annotations

import pytest

from kg.evaluate.matching import fold

# A bare acronym no definition accounts for is a body; states, posts, defined things and quoted names are not.
BARE_ROWS = [
    ("Officers from customs, immigration, KRPA and NCTA will join the patrols.", "KRPA", True),
    ("Officers from customs, immigration, KRPA and NCTA will join the patrols.", "NCTA", True),
    ("The deal was signed between TOKAR and VELMET, two shipbuilders owned by the state.", "VELMET", True),
    ("At least 300 people were killed last year, according to monitoring group CRISTA.", "CRISTA", True),
    ("The forces of the CAR and Chad traded blame over the raid.", "CAR", False),
    ("The PNG team arrived on Monday.", "PNG", False),
    ("The NSA met his counterpart in Delhi.", "NSA", False),
    ("The navies held an exercise called KORAL near the strait.", "KORAL", False),
    ("They signed the Joint Patrol Agreement (JPA) on Monday. The JPA enters into force in May.", "JPA", False),
    ("The two sides renewed the MOU and the ANZAC treaty.", "ANZAC", False),
    ("He said the VOLTA HARBOUR works were delayed.", "VOLTA", False),
]


@pytest.mark.parametrize(("text", "name", "expected"), BARE_ROWS)
def test_bare_acronym_row(extract, text, name, expected):
    x, _ = extract(text)
    forms = {fold(f): o.support.rule for o in x.organizations for f in [o.name, *o.aliases]}
    if expected:
        assert forms.get(fold(name)) == "org/bare-acronym", forms
    else:
        assert fold(name) not in forms, forms


def test_a_news_agency_credited_after_its_name_is_a_source(extract):
    x, _ = extract("The AP reports that the two ministers will meet again in March.")
    assert any("AP" in [o.name, *o.aliases] for o in x.organizations)
