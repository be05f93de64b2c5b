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


# harm heads: a noun that by itself says violence, hostile pressure or crime names a concern, its complement kept; a
# bare "hostages" and "insecurity" were measured to add false concerns on the check sets and stay out (and twelve
# further heads, skirmishes to nuclear tests, a false concern on a judge set: BENCHMARKS.md)
NOT_HEADS = [
    ("The talks covered food insecurity in the region.", None, "insecurity"),
    ("The deal freed four hostages held since spring.", None, "hostages"),
]


@pytest.mark.parametrize(("text", "concept", "word"), NOT_HEADS)
def test_not_harm_heads(extract, text, concept, word):
    check_threat(extract, text, concept, word)


HEADS = [
    ("The two countries agreed to cooperate against trafficking along the coast.", "organised-crime", "trafficking"),
    ("Gunmen opened fire on a bus near the frontier on Sunday.", "armed-attacks", "gunmen"),
    # nouns of concerns no row read before
    ("The governors blamed the lawlessness in the border districts on weak policing.", "instability", "lawlessness"),
    ("The bombardment of the port town went on for a third day.", "military-aggression", "bombardment"),
    ("Residents fled after air raids on villages near the frontier.", "military-aggression", "air raids"),
    ("Satellite images showed a troop build-up near the border.", "military-pressure", "troop build-up"),
    ("The foreign minister accused his neighbour of nuclear blackmail.", "intimidation", "blackmail"),
    ("Both leaders pledged to fight corruption in customs agencies.", "crime", "corruption"),
    ("Critics in the region warn of debt-trap diplomacy.", "hegemony", "debt-trap"),
    ("The agency exposed influence operations aimed at the diaspora.", "foreign-interference", "influence operations"),
    ("Prosecutors charged two engineers with technology theft.", "espionage", "technology theft"),
    ("Militia attacks on ships in the Red Sea have disrupted trade.", "attacks-on-shipping", "attacks on ships"),
]


@pytest.mark.parametrize(("text", "concept", "word"), HEADS)
def test_harm_heads(extract, text, concept, word):
    check_threat(extract, text, concept, word)


# kinds of violence named by who fights whom ("ethnic violence", "post-election violence") are political violence, even
# sentence-first; the same adjectives before a neutral head do not name a harm; an agent's adjective before a harm noun
# ("insurgent attacks") leaves the act its own concept, apart from its agents (measured: folding it into the agents'
# concept lost concerns readers keep apart)   (text, concept or None, word)
ADJECTIVES = [
    ("Insurgent attacks on convoys have risen this year.", "armed-attacks", "insurgent attacks"),
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
