"""Organisations, twenty-first round (x21postbody): staff-of-post — a staff named right after the post that heads it
("Chairman of the Joint Chiefs of Staff", "Chief of Army Staff (COAS)") is the post's own words, not a body; the forces
the post belongs to, and a staff that acts, stay bodies. Rows: (text, bodies that must be found, names that must not
be). Sentences invented."""

from __future__ import annotations

import pytest

ROWS = [
    # the staff inside its chairman's post; the forces after it are the body the report names
    ("General Karim Rahman, Chairman of the Joint Chiefs of Staff of the Bangladesh Armed Forces, met Nepal's army "
     "chief on Monday.", {"Bangladesh Armed Forces"}, {"Joint Chiefs of Staff"}),
    # a state's adjective between the post and the staff
    ("Vice Chairman of the South Korean Joint Chiefs of Staff Lt Gen Kim Min met US officials in Seoul on Monday.",
     set(), {"Joint Chiefs of Staff"}),
    # a staff defined with its chief's initials
    ("Pakistan's Chief of Army Staff (COAS) General Asad Khan met the Sri Lankan Army Commander in Colombo.",
     {"Sri Lankan Army"}, {"Army Staff"}),
    # "Chief of the General Staff": the forces, not the staff
    ("General Omar Salem, Chief of the General Staff of the Mauritanian Armed Forces, visited Rabat on Monday.",
     {"Mauritanian Armed Forces"}, {"General Staff"}),
]

# a staff that acts, or a department of a staff, is a body
KEPT_ROWS = [
    ("South Korea's Joint Chiefs of Staff said the missiles flew 400 km on Monday.", "Joint Chiefs of Staff"),
    ("The Hellenic National Defence General Staff said Turkish jets violated Greek airspace on Monday.",
     "Hellenic National Defence General Staff"),
    ("Lt Gen Zhang Wei, Deputy Chief of the Joint Staff Department of the Central Military Commission, met Pakistan's "
     "army chief in Beijing.", "Joint Staff Department of the Central Military Commission"),
]


@pytest.mark.parametrize(("text", "found", "not_found"), ROWS)
def test_staff_of_post_is_no_body(extract, text, found, not_found):
    x, _ = extract(text)
    names = {o.name for o in x.organizations}
    assert found <= names, names
    assert not names & not_found, names


@pytest.mark.parametrize(("text", "kept"), KEPT_ROWS)
def test_staff_that_acts_stays(extract, text, kept):
    x, _ = extract(text)
    assert kept in {o.name for o in x.organizations}
