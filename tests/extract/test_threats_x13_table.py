"""Threat mechanisms of the thirteenth round (x13threats), one table per mechanism, read off a census of a bank of
unannotated news (BENCHMARKS.md).

Sentences are written for these tests, in the general news shapes the mechanisms read; none is taken from the bank or
an eval set.
"""

from __future__ import annotations

import pytest
from extract_support import check_threat

# armed exchanges: the incident between forces named by its own words (text, concept, a word the wording holds)
EXCHANGES = [
    ("Soldiers of the two armies exchanged fire near the frontier on Tuesday night.", "military-aggression",
     "exchanged fire"),
    ("An exchange of gunfire between the two border forces left one guard wounded.", "military-aggression",
     "exchange of gunfire"),
    ("Skirmishes between the rival armies broke out along the ceasefire line.", "military-aggression", "skirmishes"),
    ("A shootout at the crossing left two soldiers dead, the ministry said.", "military-aggression", "shootout"),
    ("The border clash lasted about twenty minutes, the army spokesman said.", "military-aggression", "border clash"),
    ("The ministry accused the neighbouring army of indiscriminate firing on villages.", "military-aggression",
     "indiscriminate firing"),
    ("The ministry accused the other side of opening fire at its positions.", "armed-attacks", "opening fire"),
]


@pytest.mark.parametrize(("text", "concept", "word"), EXCHANGES)
def test_armed_exchanges(extract, text, concept, word):
    check_threat(extract, text, concept, word, "threat/lexicon")


# ... and a report that retells one incident in several words names one concern: the exchanges fold into an
# armed-violence concern the report names, or into the first of them (text, the one wording left)
ONE_INCIDENT = [
    ("Troops exchanged fire across the frontier. The skirmish left two soldiers dead. The clash lasted an hour.",
     "exchanged fire"),
    ("Deadly clashes broke out along the border. A shootout at a post killed a guard.", "clashes"),
    ("The two states have fought a long conflict. Skirmishes between their armies broke out again on Monday.",
     "conflict"),
    ("The officer said the clash began after the other side's troops opened fire near the temple. "
     "Armed clashes spread along the frontier.", "clashes"),
]


@pytest.mark.parametrize(("text", "wording"), ONE_INCIDENT)
def test_one_incident(extract, text, wording):
    x, _ = extract(text)
    violent = [t for t in x.threats if t.concept in ("military-aggression", "armed-conflict", "armed-attacks",
                                                     "violent-incidents")]
    assert [t.wording for t in violent] == [wording] or len(violent) == 1 and wording in violent[0].wording, \
        [(t.concept, t.wording) for t in x.threats]


NOT_EXCHANGES = [
    ("Farmers in the two villages regularly clash over water from the canal.", None, "clash"),
    ("The air force holds firing drills at the range every spring.", None, "firing"),
]


@pytest.mark.parametrize(("text", "concept", "word"), NOT_EXCHANGES)
def test_not_exchanges(extract, text, concept, word):
    check_threat(extract, text, concept, word)


# a crisis named by its place or its people's adjective is a concern (political instability); a crisis of money or
# energy, a bare crisis and a crisis meeting are not
CRISES = [
    ("The foreign ministers discussed the crises in Lebanon and Sudan.", "instability", "crises in Lebanon"),
    ("The envoy briefed them on efforts to end the Sudanese crisis.", "instability", "Sudanese crisis"),
    ("Police will deploy to address the crisis gripping the island nation's capital Port Town.", None, "crisis"),
    ("The economic crisis in Argentina deepened last year.", None, "crisis"),
    ("Ministers held a crisis meeting in Brussels on Monday.", None, "crisis"),
]


@pytest.mark.parametrize(("text", "concept", "word"), CRISES)
def test_crises(extract, text, concept, word):
    check_threat(extract, text, concept, word)


def test_crises_of_one_place_are_one_concern(extract):
    x, _ = extract("The talks sought a solution to the Libyan crisis. Both backed an end to the political crisis in "
                   "Libya.")
    assert [t.concept for t in x.threats] == ["instability"], [(t.concept, t.wording) for t in x.threats]


# a row's capital meant a name: "the war on terror" is terrorism, not one state's war on another
def test_war_on_terror_is_terrorism(extract):
    x, _ = extract("The ministers honoured soldiers who died in the war on terror.")
    assert [t.concept for t in x.threats] == ["terrorism"], [(t.concept, t.wording) for t in x.threats]


# a security field naming a force is no concern: "border security forces exchanged fire"
def test_field_force_is_no_concern(extract):
    x, _ = extract("Border security forces of the two states exchanged gunfire at a crossing on Monday.")
    assert "border-security" not in [t.concept for t in x.threats], [(t.concept, t.wording) for t in x.threats]
