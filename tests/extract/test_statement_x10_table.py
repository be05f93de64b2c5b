"""Statement frames added in the x10 statements round (sentences written for these tests): an accusation as a
participle after an act ("..., accusing them of ..."), and an absolute "with" clause whose subject speaks ("..., with
Kyiv saying ..."). Each row: text, who must be credited (None: no statement with that word), a word of what they
said, the rule."""

from __future__ import annotations

import pytest

INTRO = "Foreign Minister Karin Holm of Portugal met Danish Foreign Minister Lars Berg in Lisbon on Monday. "


def _credited(x, word):
    return [(s.speaker.label, s.support.rule) for s in x.statements if word in s.text]


ACCUSING = [
    ("Moscow expelled two Estonian diplomats on Monday, accusing them of spying for NATO.", "Russia", "spying",
     "statement/saying-participle"),
    ("Poland closed two border crossings on Tuesday, blaming Belarus for a surge in migrant arrivals.", "Poland",
     "surge", "statement/saying-participle"),
    ("In March, Iran launched drone strikes on armed groups in northern Iraq, accusing them of stoking unrest.",
     "Iran", "stoking", "statement/saying-participle"),
    # a legal charge is an act, not words
    ("Police arrested three men on Friday, charging them with smuggling weapons across the border.", None,
     "smuggling", None),
]


@pytest.mark.parametrize("text, speaker, word, rule", ACCUSING, ids=[r[2] for r in ACCUSING])
def test_accusing_participle(extract, text, speaker, word, rule):
    x, _ = extract(text)
    assert _credited(x, word) == ([(speaker, rule)] if speaker else [])


WITH_SAYING = [
    ("The talks ended without a date for a new round, with Kyiv saying the Russian delegation had no mandate.",
     "Ukraine", "mandate"),
    ("Chad and the Central African Republic have traded blame over rebels, with Bangui accusing N'Djamena of arming "
     "armed groups.", "Central African Republic", "arming"),
    (INTRO + "The two sides differed on quotas, with Berg insisting that the northern zone stay closed.", "Lars Berg",
     "northern zone"),
    # no one speaks in "with the deal expected to ..."
    ("The ministers met in Oslo, with the trade deal expected to be signed next year.", None, "signed"),
]


@pytest.mark.parametrize("text, speaker, word", WITH_SAYING, ids=[r[2] for r in WITH_SAYING])
def test_with_x_saying(extract, text, speaker, word):
    x, _ = extract(text)
    assert _credited(x, word) == ([(speaker, "statement/with-x-saying")] if speaker else [])
