"""Threat rows of the fifteenth round (x15threat), read off a census of the development bank of unannotated news
(BENCHMARKS.md).

Sentences are written for these tests, in the general news shapes the rows read; none is taken from the bank or an
eval set.
"""

from __future__ import annotations

import pytest
from extract_support import check_threat

# arms outside the law, by their adjective or their illicit movement, are arms trafficking (text, concept, word, rule)
ILLICIT_ARMS = [
    ("The two interior ministers pledged to seize illegal firearms held in the border towns.", "arms-trafficking",
     "illegal firearms", "threat/lexicon:illegal firearms"),
    ("Police chiefs said the trade in illicit small arms fuels the banditry in the north.", "arms-trafficking",
     "illicit small arms", "threat/lexicon:illicit small arms"),
    ("The commission will study the illicit movement of weapons across the lake.", "arms-trafficking",
     "illicit movement of weapons", "threat/lexicon:illicit movement of weapons"),
    ("Both navies seek to curb the illicit transfer of arms by sea.", "arms-trafficking", "illicit transfer of arms",
     "threat/lexicon:illicit transfer of arms"),
]
# ... while a trade word after them leaves the whole to the trafficking rows, as before
ARMS_TRADE = [
    ("The accord targets illegal arms trafficking along the frontier.", "arms-trafficking", "illegal arms trafficking",
     "threat/lexicon:arms trafficking"),
    ("The pact covers illicit weapons smuggling in the gulf.", "arms-trafficking", "illicit weapons smuggling",
     "threat/lexicon:weapons smuggling"),
]
# ... and lawful arms are no concern
LAWFUL_ARMS = [
    ("The ministers discussed the sale of small arms to the police force.", None, "arms", None),
]


@pytest.mark.parametrize(("text", "concept", "word", "rule"), ILLICIT_ARMS + ARMS_TRADE + LAWFUL_ARMS)
def test_illicit_arms(extract, text, concept, word, rule):
    check_threat(extract, text, concept, word, rule)
