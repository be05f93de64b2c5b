"""Round x20 (lead): a joint speaker with no meeting of several to name it ("both countries accused each other",
"the parties confirm ...") is the pair of states a deal told without its parties binds (kg.extract.agreement_parties.
deal_states), not the report's two most named states counted with the venue or broker of others' talks. Each row:
text, who must be credited, a word of the words. Sentences are written for these tests."""

from __future__ import annotations

import pytest

ROWS = [
    # a broker named often is no side: the parties are the two the deal binds
    ("The truce was brokered by Russia. Russian diplomats hosted the talks, and Russia said it would monitor the line. "
     "Ruritania and Freedonia signed the truce in Moscow. Ruritania and Freedonia agreed to swap prisoners. "
     "\"The parties confirm the ceasefire line,\" the joint statement said.", "Ruritania and Freedonia", "ceasefire"),
]

_STATES = {"Ruritania": "Georgia", "Freedonia": "Armenia"}


def _real(text: str) -> str:
    for fake, real in _STATES.items():
        text = text.replace(fake, real)
    return text


@pytest.mark.parametrize("text, speaker, word", ROWS, ids=[r[2] for r in ROWS])
def test_joint_speaker_is_the_deal_states(extract, text, speaker, word):
    x, _ = extract(_real(text))
    assert [s.speaker.label for s in x.statements if word in s.text] == [_real(speaker)]
