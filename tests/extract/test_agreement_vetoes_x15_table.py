"""Round x15b: an agreement wished for, tried or put in question is not one made (not-yet-reached): "hoped the two
sides could agree on", "the attempts to reach an agreement", "possible for the three states to reach an agreement",
"for Lome to agree to", "whether Accra agreed to", "the procedure for agreeing on". A plain agreement, a signing to
come ("hope to sign": expected) and a commitment after "agreed" stay. Sentences are invented for this file."""

from __future__ import annotations

import pytest

_LEAD = "Ghana and Togo held security talks in Accra on Monday. "

# (sentence, a word of the agreement that must not be read as made)
NOT_YET = [
    ("The Ghanaian president voiced hope that the two sides could agree on a joint plan to reopen the lagoon crossing.",
     "lagoon"),
    ("The envoy said this was not the end of the attempts to reach an agreement on the fishing zone, and talks go on.",
     "fishing"),
    ("The minister said it is possible for the two states to reach an agreement on joint river patrols next year.",
     "river"),
    ("Steps are necessary for Lome to agree to reopening the northern border, the minister said.",
     "northern"),
    ("It remained unclear whether the two sides agreed to a swap of detained smugglers.",
     "smugglers"),
    ("The talks will start the procedure for agreeing on a draft of a new treaty on the maritime boundary.",
     "boundary"),
]


@pytest.mark.parametrize(("sentence", "word"), NOT_YET)
def test_agreement_not_yet_reached_is_not_agreed(extract, sentence, word):
    x, _ = extract(_LEAD + sentence)
    made = [a for a in x.agreements if word in a.description and a.status in ("agreed", "committed", "signed")]
    assert not made, [(a.status, a.description, a.support.rule) for a in made]


# (sentence, a word of the agreement kept, its status)
KEPT = [
    ("The two sides agreed to open a joint police post at the lagoon crossing.", "lagoon", "agreed"),
    ("Ghana and Togo hope to sign a memorandum on river patrols in June.", "river", "expected"),
    ("The two ministers reached an agreement on joint patrols along the northern border.", "northern", "agreed"),
]


@pytest.mark.parametrize(("sentence", "word", "status"), KEPT)
def test_agreement_made_stays(extract, sentence, word, status):
    x, _ = extract(_LEAD + sentence)
    assert any(word in a.description and a.status == status for a in x.agreements), \
        [(a.status, a.description) for a in x.agreements]
