"""Threat mechanisms of the fifth round, one table per mechanism: (sentence, concept or None, a word of the wording).

Sentences are written for these tests, in the general shapes the mechanisms read; none is taken from an eval set.
"""

from __future__ import annotations

import pytest
from extract_support import check_threat as _check


# state-conduct: a judgement word before a conduct head names a concern; the judgement says which
STATE_CONDUCT = [
    ("Both navies drilled together amid Moscow's growing hegemonic moves in the Arctic.", "hegemony", "hegemonic moves"),
    ("The ministers vowed to push back on expansionist ambitions in the region.", "hegemony", "expansionist ambitions"),
    ("The envoy warned of malign influence from authoritarian states.", "foreign-interference", "malign influence"),
    ("Caracas accused its neighbour of malicious propaganda against the government.", "disinformation",
     "malicious propaganda"),
    ("Manila protested Beijing's increasingly coercive maritime activities near the reef.", "military-pressure",
     "Beijing's increasingly coercive"),
    # a judgement that is no harm, or a head that is no conduct, names nothing
    ("The two firms agreed on aggressive pricing for the new service.", None, "aggressive"),
    ("Athens called the marine parks unilateral actions it would not recognise.", None, "unilateral"),
]


@pytest.mark.parametrize(("sentence", "concept", "word"), STATE_CONDUCT)
def test_state_conduct(extract, sentence, concept, word):
    _check(extract, sentence, concept, word, "threat/state-conduct" if concept else None)


# opposed-power: a neutral power word names a concern only inside a frame that opposes a state's power
OPPOSED_POWER = [
    ("The islands deepened their defence ties to counter Russia's growing presence in the north.", "hegemony",
     "Russia's growing presence"),
    ("The allies met amid the rising influence of Iran in the Gulf.", "hegemony", "rising influence of Iran"),
    ("Leaders voiced concerns over China's expanding footprint in the Pacific.", "hegemony", "footprint"),
    # no frame, or no state and no growth: nothing
    ("China's growing influence in African football was the topic of the panel.", None, "influence"),
    ("The firm expanded its presence in Asia amid rising demand.", None, "presence"),
    ("The reforms aim to counter influence peddling in the ministry.", None, "influence"),
]


@pytest.mark.parametrize(("sentence", "concept", "word"), OPPOSED_POWER)
def test_opposed_power(extract, sentence, concept, word):
    _check(extract, sentence, concept, word, "threat/opposed-power" if concept else None)


# order-attempt: attempts on an order ("to change the status quo", "to rebuild an empire")
ORDER_ATTEMPT = [
    ("Both capitals oppose unilateral attempts to change the status quo by force.", "hegemony", "status quo"),
    ("He said the alliance would resist the Kremlin's attempts to restore the Soviet empire.", "hegemony", "empire"),
    ("The club's attempts to change the rules of the league failed.", None, "rules"),
]


@pytest.mark.parametrize(("sentence", "concept", "word"), ORDER_ATTEMPT)
def test_order_attempt(extract, sentence, concept, word):
    _check(extract, sentence, concept, word, "threat/order-attempt" if concept else None)


# the scheme's own nouns for the drive to dominate
@pytest.mark.parametrize(("sentence", "concept", "word"), [
    ("Smaller states fear regional hegemony by the great powers.", "hegemony", "hegemony"),
    ("The summit condemned the militarisation of the Kuril Islands.", "military-pressure", "Kuril"),
])
def test_dominance_nouns(extract, sentence, concept, word):
    _check(extract, sentence, concept, word)


# named-group-head: a run of capitalised words before a word for a group's members is the group's name
@pytest.mark.parametrize(("sentence", "concept", "word"), [
    ("Troops drove the Ahl al-Wadi Brigade militants out of the valley.", "terrorism", "Wadi Brigade"),
    ("Police arrested three Hamas militants at the crossing.", "terrorism", "Hamas militants"),
    # a state's name, a month or a sentence's first word is no group's name
    ("Officials said Kenyan militants were not involved.", "terrorism", "militants"),
])
def test_named_group_head(extract, sentence, concept, word):
    _check(extract, sentence, concept, word)


def test_a_state_or_sentence_start_is_not_taken_as_a_group_name(extract):
    x, _ = extract("Militants attacked a base in March. In March militants attacked again.")
    assert all(not t.wording.startswith(("March", "In")) for t in x.threats), [t.wording for t in x.threats]


# cooperation-field veto: "<domain> security" alone is a field of work; beside a concern it is one
COOPERATION_FIELD = [
    ("The ministers agreed to cooperate in cyber security, military medicine and officer training.", None, "cyber"),
    ("Officials held talks on trade, energy and border security.", None, "border security"),
    ("The forum deals with piracy, terrorism and cyber security in the region.", "cyber-threats", "cyber security"),
]


@pytest.mark.parametrize(("sentence", "concept", "word"), COOPERATION_FIELD)
def test_cooperation_field(extract, sentence, concept, word):
    _check(extract, sentence, concept, word)


# hypothetical veto: a bare attack word a clause only supposes raises no concern
HYPOTHETICAL = [
    ("The treaty obliges both states to aid each other in the event of an armed attack.", None, "attack"),
    ("Shelters were built for use in case of attacks.", None, "attacks"),
    ("Armed attacks on the border posts rose last year.", "armed-attacks", "attacks"),
]


@pytest.mark.parametrize(("sentence", "concept", "word"), HYPOTHETICAL)
def test_hypothetical(extract, sentence, concept, word):
    _check(extract, sentence, concept, word)


# equipment veto: a missile a state supplies, buys or builds is equipment; one fired or developed is a concern
EQUIPMENT = [
    ("The navy has bought supersonic cruise missile systems from its partner.", None, "missile"),
    ("Both firms will jointly produce interceptor missiles at a new plant.", None, "missiles"),
    ("The rival fired two ballistic missiles into the sea on Sunday.", "arms-proliferation", "missiles"),
]


@pytest.mark.parametrize(("sentence", "concept", "word"), EQUIPMENT)
def test_equipment(extract, sentence, concept, word):
    _check(extract, sentence, concept, word)


# friction-complement: a friction word keeps what it is over or between, up to the clause's end
FRICTION = [
    ("Talks stalled amid tensions with the neighbour over the deployment of artillery near the lake.",
     "military-pressure", "deployment of artillery"),
    ("The border dispute between Ruritania and Freedonia flared again, officials said.", "territorial-claims",
     "between Ruritania and Freedonia"),
    # the phrase stops before a verb
    ("Rising tensions along the frontier worry the neighbours.", "military-pressure", "along the frontier"),
]


@pytest.mark.parametrize(("sentence", "concept", "word"), FRICTION)
def test_friction_complement(extract, sentence, concept, word):
    _check(extract, sentence, concept, word)


def test_friction_complement_stops_at_a_verb(extract):
    x, _ = extract("Rising tensions along the frontier worry the neighbours.")
    assert all("worry" not in t.wording for t in x.threats), [t.wording for t in x.threats]


# wordings of war, aggression, riots and the state named as a threat
@pytest.mark.parametrize(("sentence", "concept", "word"), [
    ("The two rivals came close to an all-out war last winter.", "armed-conflict", "all-out war"),
    ("The city must prepare its defences against Russian assault.", "military-aggression", "Russian assault"),
    ("The small states must learn from the struggle with the aggressor.", "military-aggression", "aggressor"),
    ("Shops were looted during anti-government riots in the capital.", "instability", "riots"),
    ("Officials see Ruritania as a growing threat to the security of the region.", "state-threats", "Ruritania"),
    ("The ministers discussed the threats posed by Freedonia.", "state-threats", "Freedonia"),
    ("Both countries face growing threats from cyber warfare.", "cyber-threats", "cyber warfare"),
    # "threats from" names an actor only by a capitalised name
    ("Both countries face growing threats from cyber warfare.", None, "threats from"),
])
def test_more_wordings(extract, sentence, concept, word):
    _check(extract, sentence, concept, word)


# own-capability veto: a report's own state building up its own forces is no threat to it; another state's is
def test_own_capability(extract):
    own, _ = extract("Norway and Chile signed a defence pact. Norway has been accelerating its military build-up "
                     "while widening its ties with Chile.")
    assert [t for t in own.threats if "build-up" in t.wording] == [], [t.wording for t in own.threats]
    other, _ = extract("Norway and Chile signed a defence pact. Norway said Peru has been accelerating its military "
                       "build-up near the coast. Chile and Norway will meet again.")
    assert any(t.concept == "military-pressure" for t in other.threats), [t.wording for t in other.threats]
