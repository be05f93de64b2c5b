"""Threat mechanisms of the fourteenth round (x14threat), one table per mechanism, read off a census of a bank of
unannotated news (BENCHMARKS.md).

Sentences are written for these tests, in the general news shapes the mechanisms read; none is taken from the bank or
an eval set.
"""

from __future__ import annotations

import pytest
from extract_support import check_threat

# a pact's supposed act is no concern: a mutual-defence clause (veto mutual-defence) and a case the pact supposes or
# deters (veto hypothetical, now also the second of two cases and what a pact deters) (text, concept, word)
SUPPOSED = [
    ("Under the treaty, any aggression against either state shall be treated as aggression against both.", None,
     "aggression"),
    ("The charter says an attack on one member country is an attack on all of them.", None, "attack"),
    ("Any act of aggression against one of the contracting parties will be deemed an attack against the others.",
     None, "aggression"),
    ("An attack on the territorial integrity of any of the signatory states will be met by all, the text says.",
     None, "attack"),
    ("The two juntas promised to help each other in case of an uprising or foreign aggression.", None, "aggression"),
    ("The accord aims to strengthen joint deterrence against any aggression.", None, "aggression"),
    ("The new brigade will provide protection against external aggression, the minister said.", None, "aggression"),
]


@pytest.mark.parametrize(("text", "concept", "word"), SUPPOSED)
def test_supposed_acts(extract, text, concept, word):
    check_threat(extract, text, concept, word)


# ... while an act someone made, or aimed at a place rather than at "either party", stays a concern
MADE = [
    ("The allies pledged to boost deterrence against Russian aggression on the eastern flank.", "military-aggression",
     "aggression"),
    ("The attack on one of the border posts killed four soldiers on Sunday.", "armed-attacks", "attack"),
    ("Moscow's aggression against Ukraine dominated the talks in Oslo.", "military-aggression", "aggression"),
    ("The compact gives the islands protection against terrorism and organised crime.", "terrorism", "terrorism"),
]


@pytest.mark.parametrize(("text", "concept", "word"), MADE)
def test_acts_made(extract, text, concept, word):
    check_threat(extract, text, concept, word)


# claims judged by their kind or reach, a border dispute named by its work, and a dispute in a named sea are
# territorial concerns; a claim of money or a verb "conflict with" is none (text, concept, word)
CLAIMS = [
    ("Washington rejects Beijing's expansive maritime claims in the region.", "territorial-claims", "maritime claims"),
    ("Their navies have faced off for weeks over their overlapping claims.", "territorial-claims", "overlapping claims"),
    ("Herders on both sides have clashed repeatedly over land claims.", "territorial-claims", "land claims"),
    ("The prime ministers agreed to speed up talks on border demarcation disputes.", "territorial-claims",
     "demarcation disputes"),
    ("The two states have a decades-old dispute in the East China Sea over a chain of islets.", "territorial-claims",
     "dispute in the East China Sea"),
    ("The insurer paid out record claims after the floods, the company said.", None, "claims"),
    ("Its sweeping maritime claims conflict with those of its neighbours.", None, "conflict"),
]


@pytest.mark.parametrize(("text", "concept", "word"), CLAIMS)
def test_claims(extract, text, concept, word):
    check_threat(extract, text, concept, word)
