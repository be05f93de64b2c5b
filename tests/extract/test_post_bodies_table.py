"""Round 21 (x21chairbody): a post whose body follows with no "of" ("Chairman Joint Chiefs of Staff Committee",
"Secretary Defence X"), the post's acronym in brackets after it, and a grade before a post whose remit follows it.
Sentences written for the tests in news style. Each row: (text, the person's name, posts that must be there, posts
that must not)."""

from __future__ import annotations

import pytest
from extract_support import check_posts as _check

# `body-after-post`: the body runs over body words to the last word that ends a body or names a field
BODY_AFTER_POST = [
    ("Chairman Chiefs of Staff Committee General Tariq Aziz called on the Prime Minister.",
     "Tariq Aziz", ["Chairman Chiefs of Staff Committee", "General"], ["Chairman"]),
    ("Director General Inter-Services Public Relations Lieutenant General Omar Riaz said the army was ready.",
     "Omar Riaz", ["Director General Inter-Services Public Relations"], ["Director General"]),
    ("Sri Lankan Secretary Defence Nimal Perera is leading his team.",
     "Nimal Perera", ["Secretary Defence"], ["Secretary"]),
    ("Secretary Interior Bilal Ahmed and senior officials were also present on the occasion.",
     "Bilal Ahmed", ["Secretary Interior"], ["Secretary"]),
    ("Commander Bangladesh Navy Admiral Karim Hossain called on the Army Chief at the GHQ.",
     "Karim Hossain", ["Commander Bangladesh Navy"], ["Commander"]),
    # a name after the post is no body: the post stays bare
    ("Secretary Ahmed Khan met the visiting delegation.", "Ahmed Khan", ["Secretary"], []),
]

# `post-acronym`: the acronym in brackets after the post is the post's; the holder after it is bound
POST_ACRONYM = [
    ("General Imran Malik, Chairman Joint Chiefs of Staff Committee (CJCSC), met the ambassador in Rawalpindi.",
     "Imran Malik", ["Chairman Joint Chiefs of Staff Committee"], ["Chairman"]),
    ("Director General Inter-Services Public Relations (DG ISPR) Major General Asad Khan said the talks went well.",
     "Asad Khan", ["Director General Inter-Services Public Relations"], []),
]

# `grade-before-remit`: "Joint" and "Additional" grade a secretary whose remit or body is written after the post
GRADE_BEFORE_REMIT = [
    ("Joint Secretary (Counter Terrorism) Rahul Verma met the delegation in New Delhi.",
     "Rahul Verma", ["Joint Secretary (Counter Terrorism)"], ["Secretary (Counter Terrorism)"]),
    ("Additional Secretary Defence Asim Iqbal received the delegation in Islamabad.",
     "Asim Iqbal", ["Additional Secretary Defence"], ["Secretary Defence"]),
]


@pytest.mark.parametrize(("text", "name", "present", "absent"), BODY_AFTER_POST + POST_ACRONYM + GRADE_BEFORE_REMIT)
def test_post_body_after(extract, text, name, present, absent):
    _check(extract, text, name, present, absent)


# No body after these posts: a name then a body, "Secretary General", another post, a body after "of"
NOT_A_BODY = [
    "Secretary General Antonio Guterres addressed the General Assembly.",
    "Chairman Xu Caihou of China's Central Military Commission agreed to promote ties.",
    "Secretary of State Mike Pompeo and Secretary of Defense James Mattis met their counterparts.",
]


@pytest.mark.parametrize("text", NOT_A_BODY)
def test_no_body_after(extract, text):
    x, _ = extract(text)
    for person in x.persons:
        for role in person.roles:
            assert not role.title.startswith(("Secretary General Antonio", "Chairman Xu", "Secretary of State Mike")), \
                role.title


def test_body_after_table():
    from kg.extract.post_bodies import body_after
    assert body_after("Secretary", " Defence Kapila Perera is") == (len(" Defence"), "Defence")
    assert body_after("Chairman", " Joint Chiefs of Staff Committee (CJCSC), met")[1] == "Joint Chiefs of Staff Committee"
    assert body_after("Secretary", " Ahmed Khan met") is None
    assert body_after("Minister", " Defence Ali Khan") is None  # a minister's field before him is another rule's
