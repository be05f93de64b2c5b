"""Round 23: a state's name ending in s takes a bare apostrophe as its possessive (posts.prefix `_PREFIX`): "Philippines'
Defense Secretary X", "the United States' Secretary of State X", "Maldives' Defence Minister X" give the post that
state, not the state of a neighbour in the sentence or none. Sentences written for the tests in news style. Each row:
(text, the person's name, the state their post serves)."""

from __future__ import annotations

import pytest

ROWS = [
    ("Beijing hosted the talks. Philippines' Defense Secretary Ramon Cruz met Chinese Defence Minister Li Wei.",
     "Ramon Cruz", "PH"),
    ("The meeting was attended by India's National Security Adviser Arjun Mehta and Maldives' Defence Minister "
     "Aisha Didi.", "Aisha Didi", "MV"),
    ("Russia's Foreign Minister Ivan Petrov met the United States’ Secretary of State John Miller in Geneva.",
     "John Miller", "US"),
    # unchanged: the possessive with s
    ("India's National Security Adviser Arjun Mehta met Sri Lanka's Defence Secretary Kamal Perera.", "Kamal Perera", "LK"),
]


@pytest.mark.parametrize(("text", "name", "state"), ROWS)
def test_bare_apostrophe_possessive_names_the_state(extract, text, name, state):
    x, _ = extract(text)
    roles = {p.name: [(r.title, r.country) for r in p.roles] for p in x.persons}
    assert name in roles, roles
    assert roles[name] and all(c == state for _, c in roles[name]), roles


# `state-name-whole`: a state's name of three words or more before a post is read whole, not by its last word.
@pytest.mark.parametrize(("text", "name", "state"), [
    ("Papua New Guinea Foreign Minister Peter Kua met Indonesian officials.", "Peter Kua", "PG"),
    ("Japanese officials met Papua New Guinea Defence Minister Billy Kama in Tokyo.", "Billy Kama", "PG"),
    ("Central African Republic President Jean Bozize met Chadian officials.", "Jean Bozize", "CF"),
])
def test_state_name_of_three_words_names_the_state(extract, text, name, state):
    x, _ = extract(text)
    roles = {p.name: [(r.title, r.country) for r in p.roles] for p in x.persons}
    assert name in roles, roles
    assert roles[name] and all(c == state for _, c in roles[name]), roles
