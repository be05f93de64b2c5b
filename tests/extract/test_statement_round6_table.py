"""Statement mechanisms of the sixth round, one table per mechanism (sentences written for these tests): several
speakers credited together and the other names they go by, the narrated-event and joint-undertaking vetoes, an
outlet's report of a person's words, and a state credited by its capital. Each row: text after INTRO, who must be
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


# Veto narrated-event: an outlet narrating the meeting, visit or signing itself, or an event with no one who could
# have said it, is no statement; a body's readout of the meeting, and a narration that goes on to what was agreed
# or said, stay statements.
NARRATED = [
    ("Holm and Berg met at the naval academy on Monday afternoon, state media reported.", None, "academy"),
    ("Portugal and Denmark signed a fisheries protocol on Monday, Danish media reported.", None, "protocol"),
    ("The meeting was held at the naval headquarters in Lisbon, the Portuguese foreign ministry said.", None, "headquarters"),
    ("An official welcome ceremony took place at the Belem Palace, the news agency reported.", None, "Belem"),
    ("Berg was welcomed by Holm and senior naval officers at the airport, the Danish foreign ministry said.", None, "airport"),
    ("Holm and Berg met at the naval academy and agreed to share radar data, state media reported.",
     "State media", "radar"),
    ("Holm received Berg at the ministry on Monday evening, the Portuguese foreign ministry said.",
     "Portuguese foreign ministry", "evening"),
]


@pytest.mark.parametrize("text, speaker, word", NARRATED, ids=[r[2] for r in NARRATED])
def test_narrated_event_veto(extract, text, speaker, word):
    x, _ = extract(INTRO + text)
    assert [s.speaker.label for s in _found(x, word)] == ([speaker] if speaker else [])


# Veto joint-undertaking: several parties credited with agreeing, committing or pledging to do something together
# is an agreement, not a statement, unless a joint document reports it; one party's pledge stays a statement.
UNDERTAKING = [
    ("The two ministers vowed to set up a working group on border security.", None, "working group"),
    ("The two sides pledged to hold a security dialogue every six months.", None, "six months"),
    ("Portugal and Denmark will begin joint naval patrols in the strait next month, the two ministers said.",
     None, "naval patrols"),
    ("According to a joint statement, the ministers agreed to set up a working group on drones.",
     "Portugal and Denmark", "drones"),
    ("Holm pledged to send two frigates to the Baltic next year.", "Karin Holm", "frigates"),
]


@pytest.mark.parametrize("text, speaker, word", UNDERTAKING, ids=[r[2] for r in UNDERTAKING])
def test_joint_undertaking_veto(extract, text, speaker, word):
    x, _ = extract(INTRO + text)
    assert [s.speaker.label for s in _found(x, word)] == ([speaker] if speaker else [])


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
