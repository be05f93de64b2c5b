"""Round x15 (x15bspeakers): a named speaker whose credit carries words between the name and the verb is that
speaker: the occasion ("Lund during a press briefing said", "the ministry in Lisbon said") or a time the time tail
lacks ("Costa this weekend said"). Each row: text after INTRO, who must be credited (None: no statement), a word of
the words. Sentences are written for these tests."""

from __future__ import annotations

import pytest

INTRO = ("Defence Minister Ana Costa of Portugal met Danish Defense Secretary Jens Lund in Lisbon on Monday. "
         "The Ministry of Foreign Affairs hosted a dinner for the delegations. ")


def _credited(x, word):
    return [s.speaker.label for s in x.statements if word in s.text]


def _check(extract, text, speaker, word):
    x, _ = extract(INTRO + text)
    assert _credited(x, word) == ([speaker] if speaker else [])


# reading "interposed": the occasion or a time the time tail lacks, between the named subject and its verb
INTERPOSED = [
    ("Lund during a press briefing said that the coast guards would share radar data from July.", "Jens Lund", "radar"),
    ("Costa this weekend said the fisheries talks would resume after the summer recess.", "Ana Costa", "fisheries"),
    ("Lund in a post on social media said both sides had settled the quota dispute for good.", "Jens Lund", "quota"),
    ("The Ministry of Foreign Affairs in a statement on Tuesday said the border crossings would reopen soon.",
     "Ministry of Foreign Affairs", "crossings"),
    ("The two navies will exchange liaison officers next year, the Ministry of Foreign Affairs in Lisbon said.",
     "Ministry of Foreign Affairs", "liaison"),
    ("Lund in remarks to reporters said the frigates would stay in the strait until the spring.", "Jens Lund",
     "frigates"),
    ("Costa in short remarks said the agreement would not open any foreign base on Portuguese soil.", "Ana Costa",
     "base"),
    # an unnamed subject is not read through the interposed words
    ("A delegate during the dinner said the fishing fleets had been warned twice already.", None, "fleets"),
]


@pytest.mark.parametrize("text, speaker, word", INTERPOSED, ids=[r[2] for r in INTERPOSED])
def test_interposed_between_name_and_verb(extract, text, speaker, word):
    _check(extract, text, speaker, word)
