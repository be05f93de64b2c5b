"""kg.extract.speakers._sides (rule "meeting-sides"): a group credited together ("the joint statement said", "the two
sides") is the two states whose people sat in the meeting last reported, when those differ from the report's two
most-named states — a meeting held in a third state's capital, or brokered by it, names that state as often as the
sides. Sentences are written for this file."""

from __future__ import annotations

import pytest

ROWS = [
    # the host and broker is named as often as the sides: the sides' states still speak
    ("Saudi Foreign Minister Faisal Al-Harbi met Iranian Foreign Minister Hossein Karimi in Beijing, China, on "
     "Thursday. China hosted the talks after China brokered a deal last month, and Chinese officials attended. The two "
     "sides emphasised the importance of reopening embassies within two months, the joint statement said.",
     "embassies", {"Saudi Arabia", "Iran"}),
    # no third state: the report's two states, as before
    ("Ghanaian Defence Minister Kofi Mensah met Togolese Defence Minister Afi Lawson in Accra on Monday. The two "
     "sides agreed to hold joint border patrols, the joint statement said.", "patrols", {"Ghana", "Togo"}),
]


@pytest.mark.parametrize(("text", "word", "states"), ROWS)
def test_the_group_is_the_meetings_sides(extract, text, word, states):
    x, _ = extract(text)
    labels = [s.speaker.label for s in x.statements if word in s.text]
    assert labels and all(set(label.split(" and ")) == states for label in labels), labels
