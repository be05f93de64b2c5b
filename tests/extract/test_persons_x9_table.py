"""Round 9 (issue 8) mechanisms of people and posts, one table per mechanism; sentences written for the tests in news
style. Each row: (text, the person's name, posts that must be there, posts that must not)."""

from __future__ import annotations

import pytest

# one post named twice (in full, then by its head word or in other words) is one post of the person
SAME_POST = [
    ("Minister of National Security, Hon. Kofi Mensah, met the envoy. Minister Mensah said the accord matters.",
     "Kofi Mensah", ["Minister of National Security"], ["Minister"]),
    ("Foreign Minister Arman Petrosyan arrived on Monday. The Minister of Foreign Affairs of Armenia, Arman Petrosyan, "
     "thanked his hosts.", "Arman Petrosyan", ["Foreign Minister"], ["Minister of Foreign Affairs"]),
    ("The Speaker of the Estonian Parliament, Lauri Tamm, received him. Speaker Tamm said the visit was timely.",
     "Lauri Tamm", ["Speaker of the Estonian Parliament"], ["Speaker"]),
    # a word that makes another post keeps both
    ("Deputy Prime Minister Ines Varga met the press. Prime Minister Ines Varga had resigned a year earlier.",
     "Ines Varga", ["Deputy Prime Minister", "Prime Minister"], []),
]


def _check(extract, text, name, present, absent):
    x, _ = extract(text)
    people = {p.name: [r.title for r in p.roles] for p in x.persons}
    assert name in people, people
    for post in present:
        assert post in people[name], people
    for post in absent:
        assert post not in people[name], people


@pytest.mark.parametrize(("text", "name", "present", "absent"), SAME_POST)
def test_same_post_named_twice(extract, text, name, present, absent):
    _check(extract, text, name, present, absent)
