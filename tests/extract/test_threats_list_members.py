"""List members: in a list whose other items are concerns the lexicon knows, an item it lacks is one more concern when
its head names a concept of the scheme. Sentences are invented for this file."""

from __future__ import annotations

import pytest

from extract_support import check_threat

# (sentence, concept or None, a word of the wording, rule prefix)
ROWS = [
    ("Ghana and Togo discussed piracy, drug trafficking, porous borders and terrorism in Lome.",
     "border-security", "porous", "threat/list-member"),
    ("The ministers cited arms smuggling, illegal charcoal exploitation and drug trafficking as shared risks.",
     "environmental-crime", "charcoal", "threat/list-member"),
    ("Officials listed terrorism, the cholera outbreak and kidnapping as the main worries along the lagoon.",
     "non-traditional-threats", "cholera", "threat/list-member"),
    # outside a list of concerns, a head alone names nothing
    ("Ghana and Togo have open borders and a common market.", None, "borders", None),
    # one known item is no list of concerns
    ("Ghana and Togo discussed piracy, trade, porous borders and tourism.", None, "porous", None),
]


@pytest.mark.parametrize("sentence,concept,word,rule", ROWS)
def test_list_member(extract, sentence, concept, word, rule):
    check_threat(extract, sentence, concept, word, rule)
