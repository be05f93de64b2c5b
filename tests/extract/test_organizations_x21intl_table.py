"""Organisations, twenty-first round (x21intlbodies): a known body that a state's possessive or adjective qualifies is
that state's body (state-qualified), whatever state the reference table gives it; a generic alias of an international
body ("Security Council") so qualified is the state's own council, not the UN's; the table's names are read with
either apostrophe; the regional and international bodies' organs, forces and missions have no state. Rows: (text,
body, its state). Sentences invented."""

from __future__ import annotations

import pytest

ROWS = [
    # a known body of one state, qualified by another's possessive or adjective
    ("South Korea's Joint Chiefs of Staff said the missile flew 400 km on Monday.", "Joint Chiefs of Staff", "KR"),
    ("The Philippines' Department of Justice said the suspects would be deported.", "Department of Justice", "PH"),
    ("North Korea's Ministry of State Security arrested the spy, Seoul said.", "Ministry of State Security", "KP"),
    # a known body of no state takes the qualifier's state, not the report's home state
    ("Finland and Sweden signed the plan. The Swedish Ministry of Defence is drafting a bill.", "Ministry of Defence",
     "SE"),
    # without a qualifier the table's state stands
    ("The Joint Chiefs of Staff in Washington said the drills would go ahead.", "Joint Chiefs of Staff", "US"),
    # an international body's generic alias, qualified by a state: the state's own council
    ("Russia's Security Council Secretary Nikolai Petrov met India's security adviser.", "Security Council", "RU"),
    ("Malta raised the matter at the UN Security Council on Monday.", "UN Security Council", None),
    # the table's names with the typographic apostrophe
    ("Both states will work together at the Asean Defence Ministers’ Meeting in November.",
     "ASEAN Defence Ministers' Meeting", None),
    # the organs, forces and missions of international bodies have no state
    ("The Council of Defense Ministers of CIS met in Moscow on Monday.", "CIS Council of Defence Ministers", None),
    ("The Ukraine Defense Contact Group met at Ramstein on Friday.", "Ukraine Defense Contact Group", None),
    ("The EU Military Staff said the mission would start in May.", "EU Military Staff", None),
]


@pytest.mark.parametrize(("text", "body", "state"), ROWS)
def test_known_body_takes_the_state_that_qualifies_it(extract, text, body, state):
    x, _ = extract(text)
    found = {o.name: o.country for o in x.organizations}
    assert body in found, found
    assert found[body] == state, found


def test_a_states_security_council_is_not_the_un_security_council(extract):
    x, _ = extract("Secretary of Russia’s Security Council Nikolai Petrov said the UN Security Council would meet.")
    found = {o.name: o.country for o in x.organizations}
    assert found.get("Security Council") == "RU" and "UN Security Council" in found, found
    assert found["UN Security Council"] is None, found
