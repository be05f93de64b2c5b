"""Round x19 (x19fullpost): a post before its holder's name with its state or body as an "of" complement and a rank
between (posts.chains: `styled-state-after-post`, `body-then-rank-name`, vetoes `post-inside-remit` and the holder
right after the state). Sentences are invented for this file."""

from __future__ import annotations

import pytest

# (text, the holder, the posts the holder must have, the state of the first post)
FULL_POST = [
    # `styled-state-after-post`: the state in its formal style, then a rank and the name
    ("Defence Minister of the Republic of Kazakhstan Major General Ivo Kasten held talks in Astana.", "Ivo Kasten",
     ["Defence Minister", "Major General"], "KZ"),
    ("The Minister of Defence of the Kingdom of Cambodia General Sok Vannak arrived in Hanoi on Monday.",
     "Sok Vannak", ["Minister of Defence", "General"], "KH"),
    ("The Minister of Defence of the Kingdom of Cambodia, General Sok Vannak, arrived in Hanoi on Monday.",
     "Sok Vannak", ["Minister of Defence", "General"], "KH"),
    ("The Minister of Defence of the Union of the Comoros Houmed Msaidie held talks in Moroni.", "Houmed Msaidie",
     ["Minister of Defence"], "KM"),
    # `body-then-rank-name`: the body the post heads, then a rank and the name
    ("The Commander of the Northern Military District Maj Gen Chen Bao met the visitors on Monday.", "Chen Bao",
     ["Commander of the Northern Military District", "Major General"], None),
    # a state's own name for a post (titles.tsv): India's defence minister in its releases, styled "Shri"
    ("Raksha Mantri Shri Arun Verma held talks with the visiting delegation in New Delhi.", "Arun Verma",
     ["Raksha Mantri"], "IN"),
]


@pytest.mark.parametrize(("text", "name", "posts", "state"), FULL_POST)
def test_the_full_post_before_a_rank_is_the_holders(extract, text, name, posts, state):
    x, _ = extract(text)
    person = next(p for p in x.persons if p.name == name)
    titles = [r.title for r in person.roles]
    assert all(post in titles for post in posts), titles
    if state:
        assert person.roles[0].country == state


# Vetoes: the post belongs to another post's remit, or the state runs on into the remit ("to Somalia").
NOT_THE_HOLDERS = [
    # `post-inside-remit`
    ("The talks were chaired by the Secretary of the Security Council under the President of the Republic of "
     "Uzbekistan Rustam Aliev and his guest.", "Rustam Aliev", "President"),
    # `styled-state-after-post`: no holder right after the state
    ("Nairobi recalled its Ambassador to Somalia, Omar Kipchoge Farah, and told the Ambassador of the Republic of "
     "Somalia to Kenya, Col (Rtd) Abdi Noor, to leave.", "Omar Kipchoge Farah", None),
]


@pytest.mark.parametrize(("text", "name", "post"), NOT_THE_HOLDERS)
def test_a_post_inside_another_or_running_on_is_not_the_names(extract, text, name, post):
    x, _ = extract(text)
    person = next((p for p in x.persons if p.name == name), None)
    if post:
        assert person is None or post not in [r.title for r in person.roles]
    else:  # the ambassador named first keeps the state the report gave him, not the other ambassador's
        assert person is not None and all(r.country != "SO" for r in person.roles), person.roles
