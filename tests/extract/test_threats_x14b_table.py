"""Threat rows of the fourteenth round's second wave (x14bthreat), read off a census of the development bank of
unannotated news (BENCHMARKS.md).

Sentences are written for these tests, in the general news shapes the rows read; none is taken from the bank or an
eval set.
"""

from __future__ import annotations

import pytest
from extract_support import check_threat

# a state's nuclear effort named by its other nouns is arms proliferation, the whole programme phrase its wording
# (text, concept, word)
NUCLEAR = [
    ("The envoys agreed to keep working to stop Tehran from building a nuclear weapon.", "arms-proliferation",
     "nuclear weapon"),
    ("Seoul and Tokyo condemned Pyongyang's nuclear and missile programmes on Monday.", "arms-proliferation",
     "nuclear and missile programmes"),
    ("The West remains at odds with Iran over its nuclear activities.", "arms-proliferation", "nuclear activities"),
    ("The defence chiefs discussed the North's nuclear development and its drills.", "arms-proliferation",
     "nuclear development"),
    ("Analysts expect a seventh nuclear test within months.", "arms-proliferation", "nuclear test"),
    ("The inspectors found traces of enriched uranium at the site.", "arms-proliferation", "enriched uranium"),
]
# ... while a zone free of such weapons is a pledge, not a concern
NOT_NUCLEAR = [
    ("The treaty makes the region a nuclear weapon-free zone.", None, "nuclear weapon"),
]


@pytest.mark.parametrize(("text", "concept", "word"), NUCLEAR + NOT_NUCLEAR)
def test_nuclear_effort(extract, text, concept, word):
    check_threat(extract, text, concept, word)


# a war named by its sides, its place or its length, or a conflict named by its two sides or a hyphenated place, is
# the armed conflict the report is about (text, concept, word)
NAMED_WARS = [
    ("The envoys met in Geneva for the first time since the Kosovo-Serbia war.", "armed-conflict", "Kosovo-Serbia war"),
    ("Warsaw is rearming quickly in response to the Russia-Ukraine war.", "armed-conflict", "Russia-Ukraine war"),
    ("Officials said the 40-day war had exposed gaps in air defence.", "armed-conflict", "40-day war"),
    ("The Gaza war dominated the talks, the minister said.", "armed-conflict", "Gaza war"),
    ("The Sudan war has pushed refugees across the border into Chad.", "armed-conflict", "Sudan war"),
    ("He spoke often about the Nagorno-Karabakh conflict and its refugees.", "armed-conflict", "Nagorno-Karabakh conflict"),
]
# ... while history, a figure of speech or the name of a body is no war of concern
NOT_WARS = [
    ("The two armies fought side by side in World War Two.", None, "war"),
    ("Their alliance outlived the Cold War by three decades.", None, "war"),
    ("The trade war between the blocs hurt exporters.", None, "war"),
    ("She studied at the Naval War College in Rhode Island.", None, "war"),
    ("The Korean War ended in an armistice, not a treaty.", None, "war"),
    ("Wreaths were laid at the Australian War Memorial in Canberra.", None, "war"),
    ("The row over the island was long known as the 'Bottle War' among diplomats.", None, "war"),
]


@pytest.mark.parametrize(("text", "concept", "word"), NAMED_WARS + NOT_WARS)
def test_named_wars(extract, text, concept, word):
    check_threat(extract, text, concept, word)
