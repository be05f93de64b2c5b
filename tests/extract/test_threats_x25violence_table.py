"""A bare "violence" is no violent extremism (x25violence): the word alone names violence without its kind
(kgt:armed-violence: gun, criminal, communal violence are most of it in news), and a kind named with it files it
under that kind ("jihadist violence" violent extremism, "criminal violence" organised crime, "insurgent violence"
insurgency, "ethnic violence" political violence).

Sentences are written for these tests in the general news shapes the rules read; none is taken from the bank or an
eval set.
"""

from __future__ import annotations

import pytest
from rdflib import Graph
from rdflib.namespace import SKOS

from kg.config import ONTOLOGY_DIR

# (sentence, concept, wording expected)
ROWS = [
    # the bare word: no kind said, no extremism
    ("The ministers discussed violence in Westland and agreed to meet again.", "armed-violence",
     "violence in Westland"),
    ("The two police forces will fight crime and violence in the capital.", "armed-violence",
     "violence in the capital"),
    ("Thousands fled the wave of violence that followed the vote.", "armed-violence", "violence"),
    # harm-phrase: "gun violence" is armed violence, and the wording keeps its kind
    ("The police chiefs pledged to address gun violence in the region.", "armed-violence",
     "gun violence in the region"),
    # violence-kind: a word that says the kind files it there
    ("Ruritania and Westland agreed to cooperate against terrorist violence in the border region.",
     "violent-extremism", "terrorist violence in the border region"),
    ("The two ministers said jihadist violence has spread south from the Sahel.", "violent-extremism",
     "jihadist violence"),
    ("Ruritania and Westland agreed to fight criminal violence along their border.", "organised-crime",
     "criminal violence along their border"),
    ("Both leaders agreed to end insurgent violence in the southern provinces.", "insurgency",
     "insurgent violence in the southern provinces"),
    # violence-author: its author named before it in the same clause says its kind
    ("Officials said separatists are using the hills to plan and fund violence in Westland.", "separatism",
     "violence in Westland"),
    # ... but not across a comma: "rebels" there is another matter of the sentence
    ("Rebels laid down their arms last year, yet violence in Westland has risen.", "armed-violence",
     "violence in Westland"),
    # ... and the kinds the harm phrases already read stay theirs
    ("Ethnic violence has displaced thousands in the east.", "political-violence", "Ethnic violence"),
    ("Cartel violence has spread to the port cities.", "criminal-gangs", "Cartel violence"),
    # "violent extremism" said in words stays violent extremism
    ("Ruritania and Westland pledged to fight violent extremism in the region.", "violent-extremism",
     "violent extremism"),
]


@pytest.mark.parametrize(("text", "concept", "wording"), ROWS)
def test_violence_kind(extract, text, concept, wording):
    x, _ = extract(text)
    found = [(t.concept, t.wording) for t in x.threats]
    assert (concept, wording) in found, found


def test_bare_violence_is_never_extremism(extract):
    x, _ = extract("The ministers discussed violence in Westland and agreed to meet again.")
    assert all(t.concept != "violent-extremism" for t in x.threats), x.threats


def test_violence_based_is_a_modifier(extract):
    """'violence-based extremism' is extremism; the hyphen makes "violence" its modifier, no concern of its own."""
    x, _ = extract("Ruritania and Westland agreed to counter terrorism and violence-based extremism.")
    assert [t.concept for t in x.threats if "violence" in t.wording.lower()] == []


def test_armed_violence_is_a_top_concept_with_label_and_definition():
    g = Graph()
    g.parse(ONTOLOGY_DIR / "threats.ttl")
    concept = next(c for c in g.subjects(SKOS.prefLabel, None) if str(c).endswith("/armed-violence"))
    assert g.value(concept, SKOS.definition)
    assert g.value(concept, SKOS.topConceptOf)
    assert (None, SKOS.hasTopConcept, concept) in g
