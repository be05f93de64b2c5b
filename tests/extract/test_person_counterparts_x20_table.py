"""Round 20, bare posts: a person named by a post's head alone ("Minister X") whose fuller post the report gives
elsewhere. One table per trigger or veto; sentences written for the tests in news style."""

from __future__ import annotations

import pytest
from extract_support import check_posts

from kg.extract.person_posts import completes
from kg.extract.posts import bare_post

# `bare-post`: a post's head alone, with a grade at most; a post that says what it heads, or a rank, is none
BARE_POST = [
    ("Minister", True), ("Deputy Minister", True), ("Director General", True), ("Director-General", True),
    ("head", True), ("Commander", True), ("Secretary", True),
    ("Foreign Minister", False), ("Minister of Defence", False), ("Army Commander", False), ("General", False),
    ("Secretary of State", False), ("President", False),
]


@pytest.mark.parametrize(("title", "bare"), BARE_POST)
def test_bare_post(title, bare):
    assert bare_post(title) is bare


# `bare-post-completed`: the fuller post holds every word of the bare one and adds none that makes another post
COMPLETES = [
    ("Minister", "Foreign Minister", True), ("Minister", "Minister of the Interior", True),
    ("Director", "Director of Military Operations", True), ("Deputy Minister", "Deputy Minister of Defence", True),
    ("Minister", "Deputy Minister of Defence", False),  # a deputy is no minister
    ("Minister", "Acting Minister of Interior", False),
    ("Director", "Foreign Minister", False),  # another head
    ("Minister", "Minister", False),
]


@pytest.mark.parametrize(("bare", "fuller", "expected"), COMPLETES)
def test_completes(bare, fuller, expected):
    assert completes(bare, fuller) is expected


_LEAD = "Estonia and Finland discussed Baltic Sea security on Tuesday. "

# `counterpart-completes-bare`: a counterpart first named by a bare post ("Minister Salo") holds the owner's post in
# full; the bare post merges into it
COUNTERPART_COMPLETES_BARE = [
    (_LEAD + "\"Minister Salo and I agreed to share radar data,\" Foreign Minister Kaja Tamm said after meeting her "
             "Finnish counterpart Elina Salo.", "Elina Salo", ["Foreign Minister"], ["Minister"]),
    (_LEAD + "Minister Salo told reporters the cable incident was under review. Earlier, Estonian Defence Minister "
             "Kaja Tamm met her Finnish counterpart, Elina Salo, in Tallinn.", "Elina Salo",
     ["Defence Minister"], ["Minister"]),
]


@pytest.mark.parametrize(("text", "name", "present", "absent"), COUNTERPART_COMPLETES_BARE)
def test_counterpart_completes_bare(extract, text, name, present, absent):
    check_posts(extract, text, name, present, absent)


# `counterpart-bare-other-head`: a bare post of another head is not completed by the owner's post
COUNTERPART_BARE_OTHER_HEAD = [
    (_LEAD + "Director Salo told reporters the cable incident was under review. Earlier, Estonian Defence Minister "
             "Kaja Tamm met her Finnish counterpart, Elina Salo, in Tallinn.", "Elina Salo", ["Director"],
     ["Defence Minister"]),
]


@pytest.mark.parametrize(("text", "name", "present", "absent"), COUNTERPART_BARE_OTHER_HEAD)
def test_counterpart_bare_other_head(extract, text, name, present, absent):
    check_posts(extract, text, name, present, absent)


# `counterpart-not-acting`: how the owner holds the post (acting, interim) is not the counterpart's post
COUNTERPART_NOT_ACTING = [
    ("Libya and Tunisia discussed border crossings on Monday. Libya's acting Minister of Interior Omar Fellah and his "
     "Tunisian counterpart, Hedi Zaouali, met in Tripoli.", "Hedi Zaouali", ["Minister of Interior"],
     ["Acting Minister of Interior", "acting Minister of Interior"]),
]


@pytest.mark.parametrize(("text", "name", "present", "absent"), COUNTERPART_NOT_ACTING)
def test_counterpart_not_acting(extract, text, name, present, absent):
    check_posts(extract, text, name, present, absent)
