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
