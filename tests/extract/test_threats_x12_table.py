"""Threat mechanisms of the twelfth round (x12threats), one table per mechanism.

Sentences are written for these tests, in the general news shapes the mechanisms read; none is taken from an eval set.
"""

from __future__ import annotations

import pytest
from extract_support import check_threat

from kg.extract.reference import hyphen_compounds

# hyphen compounds: a lexicon wording written with a space also reads the hyphenated compound news uses as a modifier
# or in a headline, and a hyphen the row writes also reads a space; the compound's own concept wins over its head's
# (text, concept, a word the wording holds)
COMPOUNDS = [
    ("The ministers condemned the cyber-attacks on hospitals in both countries.", "cyber-threats", "cyber-attacks"),
    ("Officials discussed cyber-security threats to the power grid.", "cyber-threats", "cyber-security"),
    ("Police broke up a drug-trafficking network in the port city.", "drug-trafficking", "drug-trafficking"),
    ("The two sides agreed to fight money-laundering and terror-financing.", "money-laundering", "money-laundering"),
    ("The two sides agreed to fight money-laundering and terror-financing.", "terrorist-financing", "terror-financing"),
    ("Police arrested members of a human-trafficking ring in the capital.", "human-trafficking", "human-trafficking"),
    ("Troops repelled a cross border attack on an outpost overnight.", "terrorism", "cross border attack"),
]


@pytest.mark.parametrize(("text", "concept", "word"), COMPOUNDS)
def test_hyphen_compounds(extract, text, concept, word):
    check_threat(extract, text, concept, word, "threat/lexicon")


def test_cyber_attacks_are_not_armed_attacks(extract):
    x, _ = extract("Hackers launched cyber-attacks on the central bank last week.")
    assert "armed-attacks" not in [t.concept for t in x.threats], [(t.concept, t.wording) for t in x.threats]


@pytest.mark.parametrize(("row", "widened"), [
    ("drug trafficking", "drug[ -]trafficking"),
    ("cyber ?attacks?", "cyber[ -]?attacks?"),
    ("cross-border attacks?", "cross[ -]border[ -]attacks?"),
    ("sea[- ]level rise", "sea[- ]level[ -]rise"),          # a character class is left as written
    ("(?-i:MS-13)|(?-i:IS-K)", "(?-i:MS-13)|(?-i:IS[ -]K)"),  # a flag group and a hyphen before a digit too
])
def test_hyphen_compounds_rewrites_the_row(row, widened):
    assert hyphen_compounds(row) == widened


# harm heads: a noun that by itself says violence, hostile pressure or crime names a concern, its complement kept
HEADS = [
    ("Border skirmishes between the two armies killed three soldiers.", "military-aggression", "skirmishes"),
    ("Soldiers traded an exchange of fire with intruders along the frontier.", "military-aggression", "exchange of fire"),
    ("Six police officers died in an ambush near the border on Sunday.", "armed-attacks", "ambush near the border"),
    ("Officials accused Moscow of meddling in the elections.", "foreign-interference", "meddling in the elections"),
    ("The navy reported a blockade of the port by the rebels.", "military-pressure", "blockade of the port"),
    ("The minister warned that chemical weapons had been used in the province.", "arms-proliferation",
     "chemical weapons"),
    ("The two countries agreed to cooperate against trafficking along the coast.", "organised-crime", "trafficking"),
    ("The army said guerrillas had attacked a convoy in the hills.", "insurgency", "guerrillas"),
    ("Officials raised concerns about Chinese spies operating in the capital.", "espionage", "spies"),
    ("The minister warned of a nuclear arms race in the region.", "arms-proliferation", "arms race"),
    ("The ministers condemned the country's repeated nuclear tests.", "arms-proliferation", "nuclear tests"),
]


@pytest.mark.parametrize(("text", "concept", "word"), HEADS)
def test_harm_heads(extract, text, concept, word):
    check_threat(extract, text, concept, word)


# a harm adjective before a harm noun ("jihadist threat", "insurgent attacks") says which harm; kinds of violence named
# by who fights whom are political violence; the same adjectives before a neutral head, or "armed attacks", do not
# (text, concept or None, word)
ADJECTIVES = [
    ("The talks focused on the jihadist threat in the Sahel.", "jihadist-groups", "jihadist threat"),
    ("Insurgent attacks on convoys have risen this year.", "insurgency", "insurgent attacks"),
    ("Ethnic violence has displaced thousands in the east.", "political-violence", "ethnic violence"),
    ("The envoy warned of post-election violence in the capital.", "political-violence", "post-election violence"),
    ("Sectarian violence flared again in the north.", "political-violence", "sectarian violence"),
    ("Political groups and religious movements met in the capital.", None, "groups"),
    ("The pact commits each side to help the other in case of armed attacks by a third state.", None,
     "armed attacks"),
]


@pytest.mark.parametrize(("text", "concept", "word"), ADJECTIVES)
def test_harm_adjectives(extract, text, concept, word):
    check_threat(extract, text, concept, word)
