"""Armed groups, militias and rebels are not all violent extremism (x25armedgroups): the words say who is armed, not
why. Rebels fight a government (kgt:insurgency); armed groups and militias named with no aim are armed violence of
no stated kind (kgt:armed-violence); a kind word kept before them files them under that kind (group-kind), and a
named group takes the kind of the word that calls it armed. "X-based violence" keeps its kind word in the wording.

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
    # lexicon rows: rebels are insurgency, armed groups and militias armed violence
    ("Ruritania accused Westland of training rebels hostile to its government.", "insurgency", "rebels"),
    ("The ministers agreed to act against rebel groups along the border.", "insurgency", "rebel groups"),
    ("The pact bars armed groups from using either territory.", "armed-violence", "armed groups"),
    ("The two armies will fight illegal armed groups in the border zone.", "armed-violence", "illegal armed groups"),
    ("The navy joined the campaign against the militias in the south.", "armed-violence", "militias"),
    # harm-phrase "armed": armed says who, not why
    ("The minister said armed elements had crossed from the east.", "armed-violence", "armed elements"),
    # group-kind: a kind word before the group word says which
    ("Troops are helping the fight against Islamist rebels in the south.", "violent-extremism", "Islamist rebels"),
    ("Jets struck a separatist militia in the hills.", "separatism", "separatist militia"),
    ("The council vowed to root out jihadist armed groups in the north.", "violent-extremism",
     "jihadist armed groups"),
    # the join leaves the concern to the act named with the group word
    ("Rebels launched deadly attacks on two villages.", "armed-attacks", "Rebels launched deadly attacks on two villages"),
    # the cover word says the kind the group word leaves unsaid
    ("The council stood firm against the rebels and other terrorist groups in the north.", "terrorism",
     "rebels and other terrorist groups"),
    # armed-group: a named group takes the kind of its cue word
    ("The two armies pursued Eastern Valley Forces rebels across the river.", "insurgency",
     "Eastern Valley Forces rebels"),
    ("Soldiers traded fire with fighters of the Northern Hills Army near the dam.", "armed-violence",
     "fighters of the Northern Hills Army"),
    # "X-based violence": the kind word stays in the wording
    ("The two police forces agreed to tackle gender-based violence in the islands.", "armed-violence",
     "gender-based violence in the islands"),
]


@pytest.mark.parametrize(("text", "concept", "wording"), ROWS)
def test_armed_group_kind(extract, text, concept, wording):
    x, _ = extract(text)
    found = [(t.concept, t.wording) for t in x.threats]
    assert (concept, wording) in found, found


def test_bare_armed_groups_are_never_extremism(extract):
    x, _ = extract("Officials said armed groups, militias and rebels operate in the border region.")
    assert x.threats and all(t.concept != "violent-extremism" for t in x.threats), x.threats


def test_named_group_fighters_are_the_named_rebels(extract):
    """"Allied Valley Forces (AVF) rebels" and "AVF fighters": one group, one concern, the kind its cue gave it."""
    x, _ = extract("The two armies pursued Allied Valley Forces (AVF) rebels across the river. Officials said AVF "
                   "fighters had crossed the border twice this year.")
    assert [t.concept for t in x.threats] == ["insurgency"], x.threats


def test_rebels_are_the_insurgency_named(extract):
    """Bare rebels in a report that names an insurgency are its fighters: one concern."""
    x, _ = extract("The two states will fight an insurgency in the north. In March the insurgency spread across the "
                   "border when some 300 rebels attacked a village.")
    assert [t.concept for t in x.threats] == ["insurgency"], x.threats


def test_scheme_labels_armed_groups_and_rebels():
    g = Graph()
    g.parse(ONTOLOGY_DIR / "threats.ttl")
    labels = {str(c).rsplit("/", 1)[-1]: {str(v) for v in g.objects(c, SKOS.altLabel)}
              for c in g.subjects(SKOS.inScheme, None)}
    assert {"armed groups", "militias"} <= labels["armed-violence"]
    assert {"rebels", "rebel groups"} <= labels["insurgency"]
