"""Round x18 (x18uncovered): a subject read again with its tails stripped in any order (kg.extract.speakers._reread):
a name before a time and a comma ("X, on Wednesday said"), before an aside and an adverb ("X, the minister, also
said", "X, Minister of Y, today announced"), after a lead-in clause ("Commenting on ..., X said"), or before a
relative clause without its opening comma ("X who returned from Oslo, said"). Only a person is read so, and only when
nothing but a post stands before the name in its stretch ("... flanked by X who had ..., said a release": X is no
subject). And "called on X and conveyed to him" is no appeal (reporting.NEEDS["call on"]). Each row: text after
INTRO, who must be credited (None: no statement), a word of the words. Sentences are written for these tests."""

from __future__ import annotations

import pytest

INTRO = ("Defence Minister Ana Costa of Portugal met Danish Defense Secretary Jens Lund in Lisbon on Monday. "
         "The Ministry of Foreign Affairs hosted a dinner for the delegations. ")


def _credited(x, word):
    return [s.speaker.label for s in x.statements if word in s.text]


REREAD = [
    # a time, then the comma that closed the aside
    ("The Portuguese defence chief, Ana Costa, on Tuesday said the frigates would stay in the strait all winter.",
     "Ana Costa", "frigates"),
    ("Portugal's top defence official, Costa, on Tuesday said the fisheries talks would resume in the spring.",
     "Ana Costa", "fisheries"),
    # an adverb, then the aside
    ("Lund, the Danish defence secretary, also said the radar data would be shared with Lisbon from July.",
     "Jens Lund", "radar"),
    ("Costa, Portugal's Minister of Defence, today announced that the coast guards would run joint drills.",
     "Ana Costa", "drills"),
    # a lead-in clause before the subject
    ("Commenting on the exercise, Lund said that the two navies had never trained together before.", "Jens Lund",
     "navies"),
    # a name the report gives no other way (read as credited), after a lead-in
    ("The observers were led by Mensah. Commenting on the drills, Mensah said that the two navies had never trained "
     "together.", "Mensah", "trained"),
    ("Speaking after the dinner, Mensah said the observers would return for the autumn manoeuvres.", None, "autumn"),
    # a relative clause without its opening comma, closed by one
    ("On another note, Lund who returned from Oslo on Sunday, said the quota dispute was settled for good.",
     "Jens Lund", "quota"),
]


@pytest.mark.parametrize("text, speaker, word", REREAD, ids=[r[2] for r in REREAD])
def test_subject_read_again(extract, text, speaker, word):
    x, _ = extract(INTRO + text)
    assert _credited(x, word) == ([speaker] if speaker else [])


NOT_THE_SUBJECT = [
    # the name is the object of a verb before it: the subject is not the name
    ("The talks were also attended by Costa who had visited Oslo in May, said a ministry release.", "Ana Costa", "Oslo"),
    # the relative clause holds the verb: no comma closes it
    ("President Joao Alves who has announced the withdrawal of the frigates from the strait.", "Joao Alves", "frigates"),
    # a courtesy call and greetings conveyed are no appeal
    ("Lund also called on President Joao Alves and conveyed to him the greetings of the Danish king.", "Jens Lund",
     "greetings"),
]


@pytest.mark.parametrize("text, who, word", NOT_THE_SUBJECT, ids=[r[2] for r in NOT_THE_SUBJECT])
def test_not_the_subject(extract, text, who, word):
    x, _ = extract(INTRO + text)
    assert who not in _credited(x, word)
