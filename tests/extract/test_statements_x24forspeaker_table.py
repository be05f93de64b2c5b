"""x24forspeaker: reading `according-to-bare` — "according to X" closing the clause with no comma before it ("... have
been killed according to conflict tracker ACLED", "The issue was also discussed according to Holness.") credits the
words before it to X, as the comma form does (studied golds 1 of 1). A measure ("according to schedule", "according to
European standards") and a credit that runs on into a circumstance are not read. Sentences written for these tests."""

from __future__ import annotations

import pytest

INTRO = "Spanish Interior Minister Fernando Grande-Marlaska met Moroccan Interior Minister Abdelouafi Laftit in Rabat. "

# (sentence, speaker credited or None, a word of the words)
ROWS = [
    ("More than 4,000 people have been killed since 2017 according to conflict tracker ACLED, and 800,000 have fled.",
     "ACLED", "killed"),
    ("The region is one of the most dangerous in the world according to the United Nations.", "United Nations",
     "dangerous"),
    ("The issue of border security was also discussed according to Laftit.", "Abdelouafi Laftit", "border security"),
    ("The joint patrols have cut irregular crossings by half according to the Moroccan Interior Ministry.",
     "Moroccan Interior Ministry", "crossings"),
    # measures, not credits
    ("The two delegations will meet again in Madrid next year according to schedule.", None, "Madrid"),
    ("The coast guards will patrol the strait jointly according to European standards.", None, "strait"),
    # a credit running on into a circumstance: where the source's name ends is unsure
    ("The two leaders held talks on maritime security according to the Moroccan presidency before another meeting "
     "with the delegations.", None, "maritime"),
]


@pytest.mark.parametrize(("sentence", "speaker", "word"), ROWS, ids=[r[2] for r in ROWS])
def test_according_to_without_a_comma(extract, sentence, speaker, word):
    x, _ = extract(INTRO + sentence)
    found = [(s.speaker.label, s.support.rule) for s in x.statements if word in s.text]
    assert found == ([(speaker, "statement/according-to-bare")] if speaker else [])
