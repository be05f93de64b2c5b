"""Round x19 (instrument-list): several instruments named in one breath are one agreement each, also when the first
has modifiers before its noun ("an extradition and police-training treaty and a protocol on ...") or stands after
a verb that takes instruments ("will conclude early an ... agreement and a pact ..."); a list closed by ", and the
MoU on X" keeps its last instrument. A noun phrase without an instrument noun, or a new clause, is not a member.
Sentences are invented for this file."""

from __future__ import annotations

import pytest

_LEAD = "Ghana and Togo held security talks in Accra on Monday. "


def _descriptions(x) -> list[str]:
    return [a.description for a in x.agreements]


# (sentence, the instruments expected, each as its own agreement)
SPLIT = [
    # an agreement noun as the object of discussion, each with its modifiers and complement
    ("The two ministers discussed a consultation and data-exchange agreement between the border services and a "
     "cooperation agreement on seasonal workers.",
     ["consultation and data-exchange agreement between the border services", "cooperation agreement on seasonal workers"]),
    # the verb before the list is said of each instrument
    ("The two countries will conclude early a mutual legal assistance agreement and a pact allowing arms exports.",
     ["conclude early mutual legal assistance agreement", "conclude early pact allowing arms exports"]),
    # three instruments, the first with modifiers before its noun
    ("Ghana and Togo signed a customs cooperation agreement, a memorandum on police training and a protocol on the "
     "lagoon border.", ["customs cooperation agreement", "memorandum on police training", "protocol on the lagoon border"]),
    # ", and the MoU on X": the list's last instrument, not a new clause
    ("Officials reviewed the implementation of the border treaty on the lagoon, and the MoU on joint surveillance of "
     "the coast.", ["border treaty on the lagoon", "MoU on joint surveillance of the coast"]),
]


@pytest.mark.parametrize(("sentence", "pieces"), SPLIT)
def test_one_agreement_per_instrument(extract, sentence, pieces):
    x, _ = extract(_LEAD + sentence)
    got = _descriptions(x)
    for piece in pieces:
        assert any(d.startswith(piece) for d in got), got
    assert not any(pieces[0] in d and pieces[1] in d for d in got), got


# (sentence, words that must stay out of every description, or must stay with the first instrument)
WHOLE = [
    # the second noun phrase names no instrument: no list of instruments
    ("Ghana and Togo discussed a security agreement and the situation in the Sahel.", "situation in the Sahel", True),
    # ", and the two presidents ...": a new clause, cut off as before
    ("Ghana and Togo signed a border agreement, and the two presidents then toured the crossing.", "presidents", False),
    # ", and the agreement was ...": the same deal in a new clause, no second instrument
    ("Ghana and Togo signed a maritime agreement, and the agreement was welcomed by fishermen.", "welcomed", False),
]


@pytest.mark.parametrize(("sentence", "words", "kept_whole"), WHOLE)
def test_no_instrument_list(extract, sentence, words, kept_whole):
    x, _ = extract(_LEAD + sentence)
    got = _descriptions(x)
    assert got, got
    if kept_whole:
        assert not any(d.startswith(words) or d.startswith("situation") for d in got), got
    else:
        assert not any(words in d for d in got), got
