"""x23relay: reading `stance-that-speaks` — a stance verb with a "that" clause of its own ("Gen Mensah reaffirmed that
he would ..., according to Ghanaian Embassy sources") reports words as a speech verb does: the clause's own speaker is
credited and the trailing credit only relays them. A stance verb with an object ("reaffirmed the strong cooperation,
according to ...") stays the relay's readout (studied golds 3 of 3). Sentences written for these tests."""

from __future__ import annotations

import pytest

INTRO = "Ghanaian army chief Gen Kofi Mensah met Togolese army chief Gen Yao Agbeko in Accra on Monday. "

# (sentence, speaker credited, a word of the words, rule)
ROWS = [
    ("Gen Mensah reaffirmed that he would work to strengthen defence cooperation between the two countries, "
     "according to Ghanaian Embassy sources.", "Kofi Mensah", "defence cooperation", "statement/speaker-stance"),
    ("Agbeko expressed hope that the joint patrols would resume before the rainy season, according to the ministry.",
     "Yao Agbeko", "joint patrols", "statement/speaker-stance"),
    # twins: a stance verb with an object is the relay's readout; a speech verb was the speaker's already
    ("Gen Mensah reaffirmed the strong defence cooperation between the two countries, according to Ghanaian Embassy "
     "sources.", "Ghanaian Embassy", "defence cooperation", "statement/according-to-after"),
    ("Agbeko said the joint patrols would resume before the rainy season, according to the Togolese Embassy.",
     "Yao Agbeko", "joint patrols", "statement/speaker-said"),
]


@pytest.mark.parametrize(("sentence", "speaker", "words", "rule"), ROWS, ids=[r[1] + "-" + r[3][10:] for r in ROWS])
def test_the_clause_own_speaker_is_credited_not_the_relay(extract, sentence, speaker, words, rule):
    x, _ = extract(INTRO + sentence)
    found = [(s.speaker.label, s.support.rule) for s in x.statements if words in s.text]
    assert found == [(speaker, rule)]
