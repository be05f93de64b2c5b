"""Round 14 (branch x14roles) mechanisms of people and posts, found on a bank of unannotated news: a bare post
("chief", "Secretary") cut off from the words before it that say whose it is. Sentences written for the tests in
news style. Each row: (text, the holder, posts they must hold, posts they must not hold)."""

from __future__ import annotations

import pytest
from extract_support import check_posts

# body-before-post: a run of words ending in a body's word ("Forces", "Council", "District", "navy") right before a
# bare post is part of the post as written; a state before the run stays the post's state.
BODY_RUN = [
    ("Thailand's navy chief Adm. Somchai Rattana visited the base on Monday.", "Somchai Rattana", ["navy chief"],
     ["Chief"]),
    ("Kenya was represented by Foreign Minister Jane Otieno and Defence Forces chief Gen Peter Kamau at the talks.",
     "Peter Kamau", ["Defence Forces chief"], ["Chief"]),
    # (x20units: the district is a body now, named-unit-area, so the post is named from it as in BODY_ORG below)
    ("The talks were held between Lt Gen Arjun Rao and Western Theatre Military District chief Major General Zhao "
     "Wei on Tuesday.", "Zhao Wei", ["Western Theatre Military District Chief"], ["Chief"]),
    ("Ruritania's Supreme Defence Council secretary Omid Farahani signed the deal in Baghdad.", "Omid Farahani",
     ["Supreme Defence Council secretary"], ["Secretary"]),
    # a post already with its own field is no bare post: nothing changes
    ("Army chief General Rahim Sharif visited Beijing.", "Rahim Sharif", ["Army Chief"], []),
]

# ... a body the report knows as an organisation names the post from it ("Supreme National Security Council
# Secretary"), as "FBI Director" already was.
BODY_ORG = [
    ("Iran's Supreme National Security Council met on Monday. On Sunday, Iran's Supreme National Security Council "
     "Secretary, Reza Tavakoli, travelled to Baghdad.", "Reza Tavakoli",
     ["Supreme National Security Council Secretary"], ["Secretary"]),
]

# ... "Joint" and "Additional" grade a secretary, director or commissioner ("Joint Secretary" is a post of its own),
# and only those.
GRADED = [
    ("The Indian side was led by Ministry of External Affairs Joint Secretary Anil Mehra, officials said.",
     "Anil Mehra", ["Joint Secretary"], ["Secretary"]),
    ("The delegation was led by Additional Secretary Kavita Rao of the home ministry.", "Kavita Rao",
     ["Additional Secretary"], ["Secretary"]),
    # the grade stays; the ministry it serves in is part of the post since `post-in-ministry` (x22postext2)
    ("Rohan Desai, joint secretary in the Ministry of External Affairs, led the talks.", "Rohan Desai",
     ["Joint Secretary in the Ministry of External Affairs"], ["Secretary", "Joint Secretary"]),
]


@pytest.mark.parametrize(("text", "name", "present", "absent"), BODY_RUN + BODY_ORG + GRADED)
def test_body_before_post(extract, text, name, present, absent):
    check_posts(extract, text, name, present, absent)


# "Joint Task Force Commander X": "joint" does not grade a commander (the body's name runs on before it).
def test_joint_grades_only_some_posts(extract):
    x, _ = extract("Joint Commander Ravi Menon of the task force inspected the troops.")
    titles = [r.title for p in x.persons for r in p.roles]
    assert "Joint Commander" not in titles, titles


# "Corps Commander Level talks": words of a meeting's name beside a post are no holder.
def test_meeting_level_is_no_holder(extract):
    x, _ = extract("India and China discussed disengagement during the 9th round of Corps Commander Level talks.")
    assert "Level" not in [p.name for p in x.persons], [p.name for p in x.persons]


# "the former Iranian SNSC Secretary, X", "former FBI Director X": a body's acronym between "former" and the post, as
# a state's name may stand there, keeps the post a former one.
@pytest.mark.parametrize(("text", "name", "post"), [
    ("The deal was drafted under the former Iranian SNSC Secretary, Hamid Karimi, in 2024.", "Hamid Karimi",
     "former Secretary"),
    ("Former FBI Director Paul Grant testified before the committee.", "Paul Grant", "former FBI Director"),
])
def test_former_before_a_body_acronym(extract, text, name, post):
    check_posts(extract, text, name, [post], [post.removeprefix("former ")])


# `post-opens-next-item`: in a list of holders, a post followed by a rank (or a post's initials) and a name opens the
# next item; it is not the earlier name's appositive.
@pytest.mark.parametrize(("text", "name", "present", "absent"), [
    ("Guests included the Chief of Defence Force, Lieutenant General Ali Shareef, Vice Chief of Defence Force, "
     "Brigadier General Hassan Rasheed, Additional Director General of the Coast Guard, ADG R Kumar, and diplomats.",
     "Hassan Rasheed", ["Vice Chief of Defence Force"], ["Additional Director General"]),
    # ... nor does its body's state become the earlier holder's
    ("Guests included Vice Chief of Defence Force, Brigadier General Hassan Rasheed, Additional Director General of "
     "Indian Coast Guard, ADG R Kumar, and diplomats.", "Hassan Rasheed", ["Vice Chief of Defence Force"],
     ["Additional Director General"]),
    ("Present were Minister for Foreign Affairs, Mr. Kenji Sato, Minister of Defence, Ms. Yuko Mori, and others.",
     "Kenji Sato", ["Minister of Foreign Affairs"], ["Minister of Defence"]),
    # a post in apposition with nothing of the kind after it stays its holder's
    ("Hassan Rasheed, Vice Chief of Defence Force, inspected the guard of honour.", "Hassan Rasheed",
     ["Vice Chief of Defence Force"], []),
])
def test_post_opens_next_item(extract, text, name, present, absent):
    check_posts(extract, text, name, present, absent)


def test_post_opening_next_item_gives_no_state_to_the_earlier_holder(extract):
    x, _ = extract("The Maldives hosted the drill in Male. The Maldives thanked its partners. Guests included Vice Chief "
                   "of Defence Force, Brigadier General Hassan Rasheed, Additional Director General of Indian Coast "
                   "Guard, ADG R Kumar, and diplomats.")
    roles = [(r.title, r.country) for p in x.persons if p.name == "Hassan Rasheed" for r in p.roles]
    assert roles and all(country == "MV" for _, country in roles), roles
