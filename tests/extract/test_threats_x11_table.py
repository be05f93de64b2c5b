"""Threat mechanisms of the eleventh round (x11threats), one table per mechanism.

Sentences are written for these tests, in the general news shapes the mechanisms read; none is taken from an eval set.
"""

from __future__ import annotations

import pytest
from extract_support import check_threat as _check

# coreference: a bare act word after "the"/"this", with no complement, points back at a concern an earlier sentence
# named, and adds no concern of its own; the first mention, or one with a complement, still names a concern.
# (text, concept that must be found, concept that must not be found or None)
ANAPHORS = [
    ("Gunmen staged an assassination attempt on the governor's convoy on Monday. The minister condemned the "
     "attack and pledged support.", "assassination", "armed-attacks"),
    ("The insurgency in the northern province has killed thousands since 2017. Foreign troops were deployed last "
     "year to quell the unrest.", "insurgency", "instability"),
    ("Rebels seized two towns near the frontier in March. The president blamed his neighbour for the violence.",
     "insurgency", None),
    # no earlier concern: the definite word names one
    ("The ministers condemned the attack in a joint statement.", "armed-attacks", None),
    # a complement makes it a concern of its own
    ("Drug gangs have moved into the border towns. Both ministers condemned the attacks on civilians there.",
     "armed-attacks", None),
]


@pytest.mark.parametrize(("text", "present", "absent"), ANAPHORS)
def test_definite_anaphor(extract, text, present, absent):
    x, _ = extract(text)
    concepts = [t.concept for t in x.threats]
    assert present in concepts, [(t.concept, t.wording, t.support.rule) for t in x.threats]
    if absent is not None:
        assert absent not in concepts, [(t.concept, t.wording, t.support.rule) for t in x.threats]


def test_anaphor_adds_evidence_to_the_earlier_concern(extract):
    x, _ = extract("Gunmen staged an assassination attempt on the governor on Monday. The minister condemned the "
                   "attack and called for calm.")
    [t] = [t for t in x.threats if t.concept == "assassination"]
    assert len(t.support.evidence) == 2


# an unlisted commodity after "smuggling of" is a noun phrase: a list that runs on into a verb phrase ("and try to
# stop", "according to") rebuilds no "smuggling of <verb>" concern; a real commodity still does
UNLISTED = [
    ("The committee will work to stop the smuggling of weapons and drugs, and try to stop infiltration across the "
     "frontier.", None, "smuggling of try", None),
    ("Officers cited the smuggling of exotic birds and reptiles, according to the ministry.", None,
     "smuggling of according", None),
    ("Officers cited the smuggling of exotic birds and reptiles, according to the ministry.", "contraband-smuggling",
     "smuggling of exotic birds", "threat/object-list"),
]


# a security situation is a concern when its place is named, after "in" or as its possessor; a bare or "regional"
# security situation is a topic of talks
SITUATIONS = [
    ("The two officials also discussed Mali's security situation and the fight against piracy.",
     "transnational-threats", "Mali", "threat/lexicon:security situation"),
    ("The envoys reviewed the security situation in the Sahel during a working lunch.", "transnational-threats",
     "Sahel", "threat/lexicon:security situation"),
    ("The ministers exchanged views on the regional security situation.", None, "security situation", None),
    ("The ministers exchanged views on the region's security situation.", None, "security situation", None),
]

TABLES = {"unlisted": UNLISTED, "situations": SITUATIONS}


@pytest.mark.parametrize(("sentence", "concept", "word", "rule"),
                         [row for table in TABLES.values() for row in table],
                         ids=[f"{name}-{i}" for name, table in TABLES.items() for i in range(len(table))])
def test_row(extract, sentence, concept, word, rule):
    _check(extract, sentence, concept, word, rule)
