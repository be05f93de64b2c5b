"""Threat wordings end at a phrase boundary (x24threatfield): never on a preposition, an article or an adjective whose
noun follows; a coordinated modifier takes the head it shares; a kind of violence keeps its kind.

Sentences are written for these tests in the general news shapes the rules read; none is taken from the bank or an
eval set.
"""

from __future__ import annotations

import pytest

# (sentence, concept, the whole wording expected, a wording that must not be produced or None)
BOUNDARIES = [
    # dangling preposition: the row "occupation of" takes its object, one phrase only
    ("The ministers urged Ruritania to end its illegal occupation of the northern valley.", "occupation",
     "illegal occupation of the northern valley", "illegal occupation of"),
    ("Although the colonial occupation of Westland in the last century still rankles, ties have grown.", "occupation",
     "occupation of Westland", None),
    ("The envoy said the occupation of the islands must end.", "occupation", "occupation of the islands", None),
    # adjective-takes-head: a capitalised adjective of a people takes the noun it opens
    ("Troops launched rocket attacks against the Ruritanian Kurdish groups that live in the hills.",
     "armed-attacks", "rocket attacks against the Ruritanian Kurdish groups", None),
    ("Officials discussed attacks against the Kenyan security forces in the north.", "armed-attacks",
     "attacks against the Kenyan security forces", None),
    # ... but a state's name is a whole phrase already
    ("Gangs in Haiti control most of the capital.", "criminal-gangs", "Gangs in Haiti", "Gangs in Haiti control"),
    # coordinated-modifier: "drug and arms trafficking" is drug trafficking and arms trafficking
    ("The two forces dismantled networks dedicated to drug and arms trafficking last year.", "drug-trafficking",
     "drug trafficking", None),
    ("Crimes such as drugs and human trafficking continue to threaten the region.", "drug-trafficking",
     "drugs trafficking", None),
    # ... but an item of a comma list is not a modifier of the last item's head
    ("They agreed to prevent the smuggling of forged notes, contraband, and human trafficking.", "contraband-smuggling",
     "contraband smuggling", "contraband trafficking"),
    # an act of moving takes what it moves: "illegal movement" (of people)
    ("The ministers pledged to stop the illegal movement of people across the frontier.", "organised-crime",
     "illegal movement of people across the frontier", None),
    # a kind of violence named by the crime behind it
    ("The two presidents named drug violence as their first priority.", "drug-trafficking", "drug violence", None),
    ("The mission will help the police tackle rampant gang violence in the capital.", "criminal-gangs",
     "gang violence in the capital", None),
]


@pytest.mark.parametrize(("text", "concept", "wording", "not_wording"), BOUNDARIES)
def test_phrase_boundaries(extract, text, concept, wording, not_wording):
    x, _ = extract(text)
    found = [(t.concept, t.wording) for t in x.threats]
    assert (concept, wording) in found, found
    if not_wording:
        assert all(w != not_wording for _, w in found), found


# no wording of any threat ends on a preposition or an article
@pytest.mark.parametrize("text", [t for t, *_ in BOUNDARIES])
def test_no_dangling_word(extract, text):
    x, _ = extract(text)
    for t in x.threats:
        assert t.wording.split()[-1].lower() not in {"of", "on", "in", "to", "by", "the", "a", "an", "against"}, t.wording
