"""Round 17 (issue 8): the standard rank ladders (army, navy, air force, police) in data/reference/titles.tsv, so that a
compound rank is read whole rather than cut to its last word. Sentences written for the tests in news style.
Each row: (text, the person's name, posts that must be there, posts that must not)."""

from __future__ import annotations

import pytest
from extract_support import check_posts as _check

_LEAD = "Ghana and Togo held talks on border security on Tuesday. "

# `title`: a compound rank is one post; before the ladder rows, "Air Commodore" read as "Commodore" and a post before a
# comma-set rank was lost with it
RANK_LADDERS = [
    (_LEAD + "The air force was represented by Air Commodore Kwame Boateng at the opening.", "Kwame Boateng",
     ["Air Commodore"], ["Commodore"]),
    (_LEAD + "Togo's Defence Minister, Army General Koffi Adjovi, led his delegation.", "Koffi Adjovi",
     ["Defence Minister", "Army General"], ["General"]),
    (_LEAD + "Group Captain Yaw Mensah briefed reporters after the session.", "Yaw Mensah", ["Group Captain"], []),
    (_LEAD + "The visitors were met by Wing Commander Ama Owusu at the airbase.", "Ama Owusu", ["Wing Commander"], []),
    (_LEAD + "Senior Superintendent of Police Kofi Asante chaired the working group.", "Kofi Asante",
     ["Senior Superintendent of Police"], []),
    (_LEAD + "Assistant Commissioner of Police Akosua Darko presented the crime figures.", "Akosua Darko",
     ["Assistant Commissioner of Police"], []),
    (_LEAD + "The navy sent Lieutenant Commander Yao Agbeko to the harbour talks.", "Yao Agbeko",
     ["Lieutenant Commander"], []),
]


@pytest.mark.parametrize(("text", "name", "present", "absent"), RANK_LADDERS)
def test_rank_ladders(extract, text, name, present, absent):
    _check(extract, text, name, present, absent)


# `title` + body complement: a staff chief heads a force, so the force named after the post is part of it; a later
# bare "the <demonym> Chief of General Staff" is the same person's post (coreference.title_refs)
STAFF_CHIEFS = [
    (_LEAD + "General Kofi Mensah, Chief of the General Staff of the Ghanaian Armed Forces, arrived in Lome.",
     "Kofi Mensah", ["Chief of General Staff of the Ghanaian Armed Forces", "General"], []),
    (_LEAD + "The Chief of Army Staff of the Togolese Army, Lt Gen Edem Agbo, hosted the visitors.", "Edem Agbo",
     ["Chief of Army Staff of the Togolese Army", "Lieutenant General"], []),
    (_LEAD + "The Inspector General of the Royal Armed Forces, Lt Gen Karim Bennani, opened the session.",
     "Karim Bennani", ["Inspector General of the Royal Armed Forces"], []),
]


@pytest.mark.parametrize(("text", "name", "present", "absent"), STAFF_CHIEFS)
def test_staff_chiefs_head_a_force(extract, text, name, present, absent):
    _check(extract, text, name, present, absent)


def test_bare_post_names_the_post_of_a_body(extract):
    text = ("General Kofi Mensah, Chief of the General Staff of the Ghanaian Armed Forces, arrived in Lome on Monday. "
            "The Ghanaian Chief of General Staff later held talks with Togolese Defence Minister Marguerite Gnakade.")
    meetings = [sorted(e.participants) for e in extract(text)[0].events]
    assert ["kofi-mensah", "marguerite-gnakade"] in meetings
