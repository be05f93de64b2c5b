"""Round x24 (x24inturn): a turn-taking phrase written without its commas between a named subject and its reporting
verb ("X in turn stated that ...", "X for his part said", "X on her part noted") is no part of the credit: the
subject speaks (speakers.patterns._AUX). Each row: text, who must be credited, a word of the words. Sentences are
written for these tests."""

from __future__ import annotations

import pytest

ROWS = [
    ("German Defence Minister Boris Pistorius in turn stated that the roadmap marks a new phase in the friendship.",
     "Boris Pistorius", "roadmap"),
    ("Kenyan Interior Minister Kithure Kindiki met his Ugandan counterpart. Kindiki for his part said the joint "
     "patrols along the border would resume in May.", "Kithure Kindiki", "patrols"),
    ("Foreign Minister Penny Wong met the Samoan prime minister. Wong on her part noted that the policing programme "
     "would be extended by two years.", "Penny Wong", "policing"),
]


@pytest.mark.parametrize("text, speaker, word", ROWS, ids=[r[2] for r in ROWS])
def test_turn_taking_phrase_leaves_the_subject_speaking(extract, text, speaker, word):
    x, _ = extract(text)
    assert [s.speaker.label for s in x.statements if word in s.text] == [speaker]
