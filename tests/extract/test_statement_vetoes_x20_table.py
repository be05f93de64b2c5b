"""x20thanksveto: one speaker's thanks (or praise) for a courtesy only — the welcome, the hospitality, the invitation,
the reception, the kind words or expressions, the call or the greetings — is the readout's courtesy, no statement
(veto courtesy-thanks; reading courtesy-quote for a quotation that is only such thanks). Thanks for a deed, a deed
named after the courtesy, a second claim after it, or thanks for a visit stay statements. Sentences written for these
tests. Each row: text after INTRO, who must be credited (None: no statement), a word of the words."""

from __future__ import annotations

import pytest

INTRO = "Defence Minister Ana Costa of Portugal met Danish Defense Secretary Jens Lund in Lisbon on Monday. "


def _credited(x, word):
    return [s.speaker.label for s in x.statements if word in s.text]


ROWS = [
    # courtesies only: no statement
    ("Lund thanked his Portuguese counterpart for the warm welcome in Lisbon.", None, "warm welcome"),
    ("Costa thanked both visitors for their kind expressions of friendship.", None, "friendship"),
    ("Lund thanked Costa for the generous hospitality extended to his delegation.", None, "delegation"),
    ("Costa thanked the Danish king for the telephone call as well as the warm message of greetings.", None,
     "greetings"),
    ("Lund thanked the Portuguese government for the invitation to the naval review.", None, "naval review"),
    ("Lund praised the warm hospitality and fine organisation of the talks.", None, "organisation"),
    ("“Once again, thank you for the warm welcome,” Lund said.", None, "warm welcome"),
    ("“I want to thank you, Minister, for the kind invitation,” Lund said.", None, "kind invitation"),
    # a deed, a second claim, a visit: statements
    ("Lund thanked Costa for the warm sentiments and support for Denmark's bid.", "Jens Lund", "bid"),
    ("Costa thanked Lund for the hospitality and said that Portugal will send two frigates to the Baltic.",
     "Ana Costa", "frigates"),
    ("Lund thanked Portugal for hosting thousands of refugees from the war.", "Jens Lund", "refugees"),
    ("Costa thanked Denmark for its mine-clearing help off the Azores.", "Ana Costa", "Azores"),
    ("“Thank you for the warm welcome, and we will keep our troops in the Baltic,” Lund said.", "Jens Lund",
     "troops"),
]


@pytest.mark.parametrize("text, speaker, word", ROWS, ids=[r[2] for r in ROWS])
def test_courtesy_thanks(extract, text, speaker, word):
    x, _ = extract(INTRO + text)
    assert _credited(x, word) == ([speaker] if speaker else [])
