"""Threat mechanisms of the tenth round (x10threats), one table per mechanism: (sentence, concept or None, a word of
the wording, rule prefix).

Sentences are written for these tests, in the general shapes the mechanisms read; none is taken from an eval set.
"""

from __future__ import annotations

import pytest
from extract_support import check_threat as _check

from kg.extract import reference

# morphological families (data/reference/threat_families.tsv): a lexicon row written for the act reads its agents
# and verb forms, and keeps the commodity's concept
FAMILIES = [
    ("Both forces will share intelligence on drug traffickers operating along the river.", "drug-trafficking",
     "drug traffickers", "threat/lexicon:drug traffickers"),
    ("Police on both sides arrested human traffickers at the crossing last month.", "human-trafficking",
     "human traffickers", "threat/lexicon:human traffickers"),
    ("The coast guards seized a boat run by arms smugglers off the cape.", "arms-trafficking", "arms smugglers",
     "threat/lexicon:arms smugglers"),
    ("The ministers vowed to go after people smugglers on the southern route.", "human-trafficking",
     "people smugglers", "threat/lexicon:people smugglers"),
    ("Gunmen abducted three engineers near the frontier on Sunday.", "organised-crime", "abducted",
     "threat/lexicon:abducted"),
    ("Tokyo raised the abduction of its citizens with the visiting envoy.", "organised-crime", "abduction",
     "threat/lexicon:abduction"),
    ("Kidnappers are holding two traders in the border district.", "organised-crime", "Kidnappers",
     "threat/lexicon:kidnappers"),
    ("Hanoi accused Beijing of militarising the reefs it has built up.", "military-pressure", "militarising",
     "threat/lexicon:militarising"),
    ("Rangers from both parks will patrol against poachers in the reserve.", "wildlife-trafficking", "poachers",
     "threat/lexicon:poachers"),
    ("Officials said traffickers had moved the shipment through the port.", "organised-crime", "traffickers",
     "threat/lexicon:traffickers"),
    # words that only look like the family name nothing
    ("The smuggest remark of the evening came from the host.", None, "smuggest", None),
]


def test_family_rows_are_widened_not_added():
    rows = reference.threat_lexicon()
    assert len(rows) == len(reference._rows("threats.tsv"))
    assert any("traffick(?:ing|ers)" in r[0] and r[1] == "drug-trafficking" for r in rows)


# joined mentions: an act "by" its agents is the act's concern; a hyphenated modifier before a head is a compound
JOINS = [
    ("The accord targets money laundering by drug traffickers in the region.", "money-laundering",
     "money laundering by drug traffickers", "threat/lexicon:money laundering"),
    ("Police raided cocaine-producing gangs in the highlands.", "criminal-gangs", "cocaine-producing gangs",
     "threat/lexicon:gangs"),
]


# coups named as a kind (a plural, a spread, the constitutional term); one past coup is background
COUPS = [
    ("The envoys discussed the spate of coups in West Africa.", "coup", "spate of coups", "threat/lexicon"),
    ("Leaders warned that military coups were spreading across the Sahel.", "coup", "military coups",
     "threat/lexicon"),
    ("The bloc condemned any unconstitutional change of government in the region.", "coup",
     "unconstitutional change of government", "threat/lexicon"),
    ("The lecture was titled Preventing Coup Contagion in the Region.", "coup", "Coup Contagion", "threat/lexicon"),
    ("Abuja cut power exports after the 2023 coup in Niamey.", None, "coup", None),
]


# claims and disputes in a named sea, island group or region (rule claim-in-place); a court or a firm is no place
CLAIM_IN_PLACE = [
    ("The talks were meant to manage disputes in the South China Sea.", "territorial-claims", "South China Sea",
     "threat/claim-in-place"),
    ("Both sides restated their claims in the Aegean at the meeting.", "territorial-claims", "Aegean",
     "threat/claim-in-place"),
    ("The firms settled their disputes in the High Court last year.", None, "High Court", None),
]


# a friction noun over land or sea judged by its word ("vexed", "long-standing"); a bare "border issues" is a topic
JUDGED_FRICTION = [
    ("The advisers met in Beijing to discuss the vexed boundary question.", "territorial-claims", "boundary question",
     "threat/lexicon"),
    ("The ministers reviewed the long-standing border issue between the two neighbours.", "territorial-claims",
     "border issue", "threat/lexicon"),
    ("The envoys met to discuss border issues and trade.", None, "border issues", None),
]


# an act by a named group keeps the act's concept; the group's name still heads the compound that follows
BY_NAMED = [
    ("The minister condemned attacks by the PKK on border posts.", "armed-attacks", "attacks by the PKK",
     "threat/lexicon:attacks"),
    ("The region has suffered a long insurgency by the Al-Shabaab militant group.", "insurgency", "Al-Shabaab",
     "threat/lexicon:insurgency"),
    ("Ankara has long fought the PKK terrorist group.", "separatism", "PKK terrorist group", "threat/lexicon:pkk"),
]


# challenges judged by a worsening course name a concern, their examples kept in the wording; shared ones frame a pact
HEDGED_CHALLENGES = [
    ("The forum will chart strategies for mounting security challenges in the coming year.", "transnational-threats",
     "mounting security challenges", "threat/lexicon"),
    ("Both sides pledged to confront evolving security challenges such as the cyber domain, officials said.",
     "transnational-threats", "cyber domain", "threat/lexicon"),
    ("The two countries face common challenges together.", None, "challenges", None),
]



# a subordinate clause between two concerns keeps them apart (no join across "while", "because")
def test_subordinate_clause_keeps_concerns_apart(extract):
    sentence = "The unit will counter arms and drug smuggling while deterring the return of Islamic State cells."
    _check(extract, sentence, "arms-trafficking", "arms smuggling", "threat/elided-head")
    _check(extract, sentence, "jihadist-groups", "Islamic State", "threat/lexicon")


# a state itself as the object of a verb that opposes it (rule opposed-state)
OPPOSED_STATE = [
    ("Washington called Tokyo an indispensable partner in confronting China in the region.", "state-threats", "China",
     "threat/opposed-state:confronting"),
    ("The allies seek to deter Russia on the eastern flank.", "state-threats", "Russia", "threat/opposed-state:deter"),
    ("Both sides agreed to counter North Korea together.", "state-threats", "North Korea",
     "threat/opposed-state:counter"),
    # a state's possession is read by opposed-power and state-conduct; a person is no state
    ("The pacts are aimed at countering Beijing's assertiveness at sea.", None, "Beijing's", None),
    ("The minister said the party would confront Johnson over the budget.", None, "Johnson", None),
]


@pytest.mark.parametrize(("sentence", "concept", "word", "rule"), OPPOSED_STATE)
def test_opposed_state(extract, sentence, concept, word, rule):
    if concept is None:
        x, _ = extract(sentence)
        assert not [t for t in x.threats if t.concept == "state-threats"], [(t.concept, t.wording) for t in x.threats]
        return
    _check(extract, sentence, concept, word, rule)


# every table above but OPPOSED_STATE, whose rows without a concept assert a narrower absence: one row, one check
TABLES = {"families": FAMILIES, "joins": JOINS, "coups": COUPS, "claim_in_place": CLAIM_IN_PLACE,
          "judged_friction": JUDGED_FRICTION, "by_named": BY_NAMED, "hedged_challenges": HEDGED_CHALLENGES}


@pytest.mark.parametrize(("sentence", "concept", "word", "rule"),
                         [pytest.param(*row, id=f"{name}-{i}") for name, rows in TABLES.items() for i, row in enumerate(rows)])
def test_rows(extract, sentence, concept, word, rule):
    _check(extract, sentence, concept, word, rule)
