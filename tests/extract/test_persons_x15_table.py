"""Round 15 (issue 8) posts of counterparts, one table per trigger; sentences written for the tests in news style.
Each row: (text, the person's name, posts that must be there, posts that must not)."""

from __future__ import annotations

import pytest
from extract_support import check_posts as _check

# `counterpart-post-late`: the owner is named by a surname only, resolved after the first pass over counterparts; the
# counterpart still holds the owner's post
COUNTERPART_POST_LATE = [
    ("Foreign Minister Halil Demirkan hosted the talks in Ankara. Demirkan, speaking alongside his Iraqi counterpart "
     "Nabil Hassan after their meeting, said the deal was historic.", "Nabil Hassan", ["Foreign Minister"], []),
    ("President Tomas Aguilar of Honduras spoke on Friday. Aguilar called for a meeting with his Nicaraguan counterpart "
     "Ramon Escobar in the coming days.", "Ramon Escobar", ["President"], []),
    # the counterpart's own post, named later, stands over the like post
    ("Defence Minister Lena Varga arrived in Riga. Varga met her Latvian counterpart Ivars Ozols on Monday. Interior "
     "Minister Ivars Ozols said the visit was timely.", "Ivars Ozols", ["Interior Minister"], ["Defence Minister"]),
    # an owner with no post gives none
    ("Poland and the Czech Republic agreed to hold talks. Piotr Lewandowski met his Czech counterpart Pavel Dvorak in "
     "Prague on Tuesday. President Anna Nowak welcomed it.", "Pavel Dvorak", [], ["President"]),
]


@pytest.mark.parametrize(("text", "name", "present", "absent"), COUNTERPART_POST_LATE)
def test_counterpart_post_late(extract, text, name, present, absent):
    _check(extract, text, name, present, absent)


# `counterparts-both-post`: one owner, two counterparts named together: both hold the owner's post
COUNTERPARTS_BOTH_POST = [
    ("Defence Minister Tomas Jankauskas and his Latvian and Estonian counterparts Ivars Berzins and Mart Tamm signed "
     "the plan in Vilnius.", "Mart Tamm", ["Defence Minister"], []),
    ("Defence Minister Tomas Jankauskas and his Latvian and Estonian counterparts Ivars Berzins and Mart Tamm signed "
     "the plan in Vilnius.", "Ivars Berzins", ["Defence Minister"], []),
    ("Cyprus, Israel and Greece agreed to deepen ties. Foreign Minister Andreas Georgiou met his counterparts Avi "
     "Levin and Yannis Pappas in Jerusalem.",
     "Yannis Pappas", ["Foreign Minister"], []),
]


@pytest.mark.parametrize(("text", "name", "present", "absent"), COUNTERPARTS_BOTH_POST)
def test_counterparts_both_post(extract, text, name, present, absent):
    _check(extract, text, name, present, absent)


def test_paired_adjectives_give_each_counterpart_its_state(extract):
    x, _ = extract("Defence Minister Tomas Jankauskas and his Latvian and Estonian counterparts Ivars Berzins and "
                   "Mart Tamm signed the plan in Vilnius.")
    countries = {p.name: p.country for p in x.persons}
    assert countries["Ivars Berzins"] == "LV" and countries["Mart Tamm"] == "EE", countries


def test_late_counterpart_takes_no_rank(extract):
    """An owner named by surname whose only post is a rank gives the counterpart no post."""
    x, _ = extract("Niger's leader General Omar Sani arrived in Bamako. On Friday, Sani landed in Mali to meet his "
                   "counterpart, Colonel Ibrahim Keita, on regional ties.")
    people = {p.name: [r.title for r in p.roles] for p in x.persons}
    assert "General" not in people.get("Ibrahim Keita", []), people
