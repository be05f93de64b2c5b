"""Which states an agreement binds (kg/extract/agreements/): a table of (text, a word of the description, parties).
An instrument that names its own parties ("between A and B") binds those, whichever states the report is mostly about;
otherwise the states the clause names, else the report's two main states. Sentences are invented for this file."""

from __future__ import annotations

import pytest

ROWS = [
    # the instrument names its parties; the report is mostly about others, or a mediator is named too
    ("Georgian and Armenian ministers met in Tbilisi. Georgia and Armenia discussed rail links. Azerbaijan and Armenia "
     "signed a peace agreement between Azerbaijan and Armenia last month.", "peace", ["AM", "AZ"]),
    ("Pakistan and the United States held talks in Washington. US officials praised Pakistan. A ceasefire between "
     "India and Pakistan brokered by the US was agreed on Saturday.", "ceasefire", ["IN", "PK"]),
    # the commitment is the speakers' own when the instrument is not its head
    ("Pakistan and the United States held talks in Washington. Pakistani officials said the two sides agreed to "
     "uphold the ceasefire between India and Pakistan. US officials praised Pakistan.", "uphold", ["PK", "US"]),
    # no parties in the instrument: the clause's, else the report's main states
    ("Ghana and Togo signed an agreement on joint border patrols in Lome on Monday.", "patrols", ["GH", "TG"]),
    ("Ghana and Togo met in Lome. The ministers agreed to share radar data between their coast guards.", "radar",
     ["GH", "TG"]),
    # a sea named after a state is water: China is not a party of a Philippines–Japan pact
    ("Japan and the Philippines signed a reciprocal access agreement in Manila amid tensions in the South China Sea. "
     "Patrols in the South China Sea will grow, the South China Sea being contested.", "access", ["JP", "PH"]),
]


@pytest.mark.parametrize("text, word, parties", ROWS)
def test_parties(extract, text, word, parties):
    x, _ = extract(text)
    got = [(a.description, sorted(a.parties)) for a in x.agreements if word in a.description]
    assert got and all(p == parties for _, p in got), got
