"""x19courtesy: one speaker's thanks for a deed ("expressed his gratitude to Japan for its assistance", "conveyed deep
appreciation for PNG's support") is a statement, rule statement/thanks-for, as "thanked Japan for its assistance"
already was; thanks for hospitality, a visit or the arrangements, bare thanks, several speakers' thanks, and a body's
report of someone's thanks credited to the one it reports stay out. Sentences written for these tests. Each row: text
after INTRO, who must be credited (None: no statement), a word of the words."""

from __future__ import annotations

import pytest

INTRO = "Defence Minister Ana Costa of Portugal met Danish Defense Secretary Jens Lund in Lisbon on Monday. "


def _credited(x, word):
    return [(s.speaker.label, s.support.rule) for s in x.statements if word in s.text]


THANKS_FOR = [
    ("Costa expressed her gratitude to Denmark for its assistance in clearing the mines off the coast.",
     "Ana Costa", "mines"),
    ("Lund conveyed deep appreciation for Portugal's continued support on maritime surveillance.", "Jens Lund",
     "surveillance"),
    ("Costa expressed appreciation for the Danish navy chief Admiral Berg's contribution to the minesweeping drills.",
     "Ana Costa", "minesweeping"),
    ("Lund expressed sincere thanks to the Portuguese air force for training Danish pilots at no cost.", "Jens Lund",
     "pilots"),
    # courtesies: hospitality, a visit, the arrangements, nothing named, an outing
    ("Costa expressed gratitude for the warm hospitality of the Danish delegation.", None, "hospitality"),
    ("Lund expressed his sincere thanks to the hosts for the invitation and the kind reception.", None, "reception"),
    ("Lund expressed appreciation for Costa's visit to Copenhagen last year.", None, "Copenhagen"),
    ("Costa expressed appreciation to the staff for arranging the tour of the frigate and its support vessels.",
     None, "frigate"),
    ("Costa expressed gratitude to the Danish hosts.", None, "hosts"),
    ("Lund expressed his thanks to the crew for a memorable afternoon on the frigate.", None, "afternoon"),
    # several speakers' thanks are the readout's courtesy
    ("The two ministers expressed their appreciation for the support of the coast guards in the strait.", None,
     "coast guards"),
]


@pytest.mark.parametrize("text, speaker, word", THANKS_FOR, ids=[r[2] for r in THANKS_FOR])
def test_thanks_for_a_deed(extract, text, speaker, word):
    x, _ = extract(INTRO + text)
    assert _credited(x, word) == ([(speaker, "statement/thanks-for")] if speaker else [])


def test_reported_thanks_stay_the_reporting_body(extract):
    # "the ministry said that X expressed appreciation for ...": the readout's thanks stay the ministry's own
    x, _ = extract(INTRO + "The Danish Defence Ministry said that Lund expressed appreciation for Portugal's role in "
                           "the joint patrols of the strait.")
    assert [s.speaker.label for s in x.statements if "patrols" in s.text] == ["Danish Defence Ministry"]


def test_relayed_thanks_stay_the_reporters(extract):
    # "X expressed appreciation for ..., reported the agency": the thanks are the reporter's account, not X's statement
    x, _ = extract(INTRO + "Costa expressed appreciation for Denmark's contribution to the minesweeping drills, "
                           "reported the Lusa news agency.")
    assert [s.speaker.label for s in x.statements if "minesweeping" in s.text] != ["Ana Costa"]
    assert all(s.support.rule != "statement/thanks-for" for s in x.statements)
