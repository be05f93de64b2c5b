"""Insecurity and located security threats (x24insecurity): "insecurity" named as a concern is a place's loss of order
(political instability, the place kept in the wording); "security threats" named by their place are threats named
together, as "security challenges in the Sahel" already were. A want named "insecurity" (food, work, energy) is none.

Sentences are written for these tests in the general news shapes the rules read; none is taken from the bank or an
eval set.
"""

from __future__ import annotations

import pytest
from extract_support import check_threat

# (sentence, concept or None, a word the wording holds, rule prefix or the veto's name)
ROWS = [
    # lexicon row insecurity: the concern, its place kept when a name follows
    ("The ministers agreed to fight insecurity in the Lake Region together.", "instability", "insecurity in the Lake",
     "threat/lexicon:insecurity"),
    ("Herders blamed rising insecurity along the frontier on armed bands.", "instability", "insecurity",
     "threat/lexicon:insecurity"),
    ("The governor said insecurity had spread to three districts.", "instability", "insecurity",
     "threat/lexicon:insecurity"),
    # a want named by what is wanting is no concern (the row's lookbehinds)
    ("Two million people face acute food insecurity after the drought.", None, "insecurity", "welfare words"),
    ("Union leaders spoke of job insecurity at the port.", None, "insecurity", "welfare words"),
    ("The island's energy insecurity worries the utility.", None, "insecurity", "welfare words"),
    # the located row takes "security threats" as it took "security challenges"
    ("The pact will help counter security threats in the Gulf of Aden.", "transnational-threats",
     "security threats in the Gulf", "threat/lexicon:security threats"),
    ("The chiefs reviewed security challenges in the Lake Region.", "transnational-threats", "security challenges",
     "threat/lexicon:security challenges"),
    # ... unplaced, or shared between the parties: no concern named
    ("The agency detects security threats before they reach the coast.", None, "security threats", "no place"),
    ("Both navies will address shared security threats in the Gulf of Aden.", None, "security threats",
     "shared-challenge"),
]


@pytest.mark.parametrize(("sentence", "concept", "word", "rule"), ROWS)
def test_insecurity_row(extract, sentence, concept, word, rule):
    check_threat(extract, sentence, concept, word, rule if concept else None)
