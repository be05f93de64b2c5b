"""Round 20 post span (x20postspan): how far a post extends to its left — grades that stack, a remit joined with
"and"/"&", a remit before a grade. Sentences written for the tests in news style. Each row: (text, the person's
name, posts that must be there, posts that must not)."""

from __future__ import annotations

import pytest
from extract_support import check_posts as _check

# `stacked-grades`: grades before a post stack ("Deputy Assistant Secretary" is another post than "Assistant Secretary")
STACKED_GRADES = [
    ("Deputy Assistant Secretary Maria Lopez arrived in Bogota on Monday.",
     "Maria Lopez", ["Deputy Assistant Secretary"], ["Assistant Secretary"]),
    ("The talks were led by Deputy Assistant Secretary for Oceans Affairs Tom Reyes.",
     "Tom Reyes", ["Deputy Assistant Secretary of Oceans Affairs"], ["Assistant Secretary of Oceans Affairs"]),
    ("A Pentagon team under Principal Deputy Assistant Secretary Lena Park visited the base.",
     "Lena Park", ["Principal Deputy Assistant Secretary"], ["Assistant Secretary"]),
]

# `compound-remit-before`: a remit joined with "and"/"&" before a post is the post's, whole
COMPOUND_REMIT_BEFORE = [
    ("The signing was witnessed by Defence and Military Veterans Minister Nomsa Dube on Friday.",
     "Nomsa Dube", ["Defence and Military Veterans Minister"], ["Veterans Minister"]),
    ("Zambia's Home & Security Minister Peter Banda said the border would reopen.",
     "Peter Banda", ["Home & Security Minister"], ["Security Minister"]),
    ("The delegation was headed by Investment and Foreign Trade Minister Aziz Karimov.",
     "Aziz Karimov", ["Investment and Foreign Trade Minister"], ["Foreign Trade Minister"]),
    # two holders joined by "and": the name before "and" is no remit
    ("Foreign Minister Ana Costa and Defence Minister Rui Lopes met the envoy.",
     "Rui Lopes", ["Defence Minister"], ["Lopes and Defence Minister"]),
]

# `region-remit-before`: a region of the world before a minister is the minister's remit
REGION_REMIT_BEFORE = [
    ("New Zealand's Pacific Minister Tom Ward said the aid would continue.",
     "Tom Ward", ["Pacific Minister"], ["Minister"]),
]

# `body-before-post` widened: a unit's number closes the body's name, "Commander-in-Chief" is a post many bodies have,
# and a grade between body and post does not cut them apart
BODY_BEFORE_POST = [
    # the unit is an organisation (x20units), so its post is named from it, as "Western Theatre Military District Chief"
    ("Naval Task Force 41 chief Captain Leo Cruz met the visitors.",
     "Leo Cruz", ["Naval Task Force 41 Chief"], ["Chief"]),
    ("Ghana's Army Commander-in-Chief General Kofi Mensah said the border was calm.",
     "Kofi Mensah", ["Army Commander-in-Chief"], ["Commander-in-Chief"]),
    ("Navy deputy chief Rear Admiral Tom Obi said the ships would sail.",
     "Tom Obi", ["Navy deputy chief"], ["Deputy Chief"]),
]

# `field-before-grade`: a remit before a graded post is the post's; the tail of a body's name is not
FIELD_BEFORE_GRADE = [
    ("Foreign Affairs Principal Secretary Jane Wanjiku said the envoy had been recalled.",
     "Jane Wanjiku", ["Foreign Affairs Principal Secretary"], ["Principal Secretary"]),
    ("Trade Affairs Permanent Secretary Ruth Njeri said the talks would resume.",
     "Ruth Njeri", ["Trade Affairs Permanent Secretary"], ["Permanent Secretary"]),
    ("Bureau of Arctic Affairs Deputy Assistant Secretary Mark Holt will lead the talks.",
     "Mark Holt", ["Deputy Assistant Secretary"], ["Affairs Deputy Assistant Secretary"]),
]


@pytest.mark.parametrize(("text", "name", "present", "absent"),
                         STACKED_GRADES + COMPOUND_REMIT_BEFORE + REGION_REMIT_BEFORE + BODY_BEFORE_POST + FIELD_BEFORE_GRADE)
def test_post_span_left(extract, text, name, present, absent):
    _check(extract, text, name, present, absent)


# the speaker "The PS" is still the Principal Secretary whose remit stands before the grade
def test_post_initials_after_remit():
    from kg.extract.speakers import _post_initials
    assert "PS" in _post_initials("Foreign Affairs Principal Secretary")


# `body-ends-at-next-post`: in a post set off after a name, "and" and a post end the first post's body; "and" inside
# a body's name ("Doctrine and Planning") does not
BODY_ENDS_AT_NEXT_POST = [
    ("The guests were Col Arun Wong, Commander of the 5th Infantry Regiment and Chairman of the RBC, and others.",
     "Arun Wong", ["Commander of the 5th Infantry Regiment"], ["Commander"]),
    ("Brigadier Ana Melo, Deputy Chief of Logistics and Planning for the Navy, spoke first.",
     "Ana Melo", ["Deputy Chief of Logistics and Planning for the Navy"], ["Deputy Chief"]),
]


@pytest.mark.parametrize(("text", "name", "present", "absent"), BODY_ENDS_AT_NEXT_POST)
def test_body_ends_at_next_post(extract, text, name, present, absent):
    _check(extract, text, name, present, absent)
