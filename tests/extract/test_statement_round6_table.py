"""Statement mechanisms of the sixth round, one table per mechanism (sentences written for these tests): several
speakers credited together and the other names they go by, an outlet's report of a person's words, and a state
credited by its capital (the vetoes are in test_statement_vetoes.py). Each row: text after INTRO, who must be
credited (None: no statement), a word of what was said."""

from __future__ import annotations

import pytest

INTRO = "Foreign Minister Karin Holm of Portugal met Danish Foreign Minister Lars Berg in Lisbon on Monday. "


def _found(x, word):
    return [s for s in x.statements if word in s.text]


# Several speakers credited together are labelled by one reading and also known by the others: the meeting's
# people, their states, and the credit's own words (a joint document's name too).
GROUPS = [
    ("The two ministers said the patrols would double next year.", "Karin Holm and Lars Berg",
     {"Portugal and Denmark", "Two ministers"}, "patrols"),
    ("The ministers said the radar stations would share data from June.", "Karin Holm and Lars Berg",
     {"Portugal and Denmark", "Ministers"}, "radar"),
    ("In a short joint declaration, the two sides committed to a moratorium on naval drills in the strait.",
     "Portugal and Denmark", {"Karin Holm and Lars Berg", "Joint declaration"}, "moratorium"),
    ("Both sides stressed that the fishing quota must be respected by every coastal state.",
     "Portugal and Denmark", {"Karin Holm and Lars Berg", "Both sides"}, "quota"),
]


@pytest.mark.parametrize("text, label, aliases, word", GROUPS, ids=[r[3] for r in GROUPS])
def test_several_speakers_and_their_other_names(extract, text, label, aliases, word):
    x, _ = extract(INTRO + text)
    found = _found(x, word)
    assert [s.speaker.label for s in found] == [label]
    assert aliases <= set(found[0].speaker.aliases)


# An outlet has no stance of its own: the person whose words it reports is credited, with or without "that".
OUTLET = [
    ("Holm said Denmark is a close friend and reliable partner of Portugal, Xinhua reported.", "Karin Holm",
     "reliable partner"),
    ("Meanwhile, Kyodo News reports Berg saying that Denmark and Portugal share a common destiny at sea.",
     "Lars Berg", "destiny"),
]


@pytest.mark.parametrize("text, speaker, word", OUTLET, ids=[r[2] for r in OUTLET])
def test_outlet_reports_a_person(extract, text, speaker, word):
    x, _ = extract(INTRO + text)
    assert [s.speaker.label for s in _found(x, word)] == [speaker]


# A state credited by its capital is the state, also known as credited.
CAPITAL = [
    ("Copenhagen accused Lisbon of stoking the dispute over the fishing grounds.", "Denmark", "Copenhagen", "stoking"),
    ("Lisbon said the patrols would double next year.", "Portugal", "Lisbon", "patrols"),
]


@pytest.mark.parametrize("text, label, alias, word", CAPITAL, ids=[r[3] for r in CAPITAL])
def test_capital_credited(extract, text, label, alias, word):
    x, _ = extract(INTRO + text)
    found = _found(x, word)
    assert [s.speaker.label for s in found] == [label]
    assert alias in found[0].speaker.aliases
