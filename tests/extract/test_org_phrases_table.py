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
    ("Figures compiled by CRISTA show 300 deaths last year.", "CRISTA", True),
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


# Where a shaped name starts and stops: a post after "and" is a person, "Mission to <state>" is one name, a head
# inside a post or a document's name is no body, a firm's own head names it, a longer name with a body head of its
# own is a body of its own, a country's full name owns its police. (sentence, name expected, name not expected)
BOUNDARY_ROWS = [
    ("She thanked the Department of Fisheries and Police Commissioner Tavita for their help.",
     "Department of Fisheries", "Department of Fisheries and Police Commissioner Tavita"),
    ("Officers served under the Pacific Stabilisation Mission to Solomon Islands for years.",
     "Pacific Stabilisation Mission to Solomon Islands", "Pacific Stabilisation Mission"),
    ("He met the Minister for the Armed Forces in Lyon.", None, "Armed Forces"),
    ("They signed the Status of Visiting Forces Agreement on Monday.", None, "Visiting Forces"),
    ("Executives of Korvane Holding and Delmar Group attended the dinner.", "Korvane Holding", None),
    ("Executives of Korvane Holding and Delmar Group attended the dinner.", "Delmar Group", None),
    ("The Mekong Forum Secretariat opened in Vientiane; the Mekong Forum met there in May.",
     "Mekong Forum Secretariat", None),
    ("The Lakeland Security Forum Secretariat said the Lakeland Security Forum (LSF) was sound. The LSF Secretariat "
     "later confirmed it.", "Lakeland Security Forum Secretariat", "LSF Secretariat"),
    ("The deal covers the deployment of Papua New Guinea's police to Honiara.", "Papua New Guinean police",
     "Guinean police"),
    ("The talks went well, the Iranian Tasnim news agency reported.", "Tasnim", "Iranian Tasnim"),
    ("He spoke at the Czech-Slovak Council of Interior Ministers in Brno.", "Czech-Slovak Council of Interior Ministers",
     "Council of Interior Ministers"),
    ("Ankara's foreign ministry rejected the claim.", "Turkish foreign ministry", None),
    # a body named by what it is, a firm by its chief executive, an outlet by what it published
    ("Oman's port operator, Salalah Marine, wants the contract.", "Salalah Marine", None),
    ("At least 40 died, according to conflict monitor Sahel Watch.", "Sahel Watch", None),
    ("Rena Ostby, CEO of Varnix, attended the dinner.", "Varnix", None),
    ("In addition, a Lakeside Post report said talks would resume.", "Lakeside Post", None),
    ("A January report said talks would resume.", None, "January"),
]


@pytest.mark.parametrize(("text", "name", "absent"), BOUNDARY_ROWS)
def test_boundary_row(extract, text, name, absent):
    x, _ = extract(text)
    names = {o.name for o in x.organizations}
    if name:
        assert name in names, names
    if absent:
        assert absent not in names, names


def test_one_body_per_acronym(extract):
    x, _ = extract("The Islamic Revolutionary Guards Corps (IRGC) held drills. The Islamic Revolutionary Guard Corps "
                   "said the drills ended.")
    assert len([o for o in x.organizations if "Revolutionary" in o.name]) == 1, [o.name for o in x.organizations]
