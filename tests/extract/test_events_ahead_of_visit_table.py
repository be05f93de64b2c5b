"""kg/extract/events/ rule "ahead-of-own-visit": "ahead of his trip", "Ahead of X's visit" names the traveller's own
visit as a time mark in a report of the meeting that visit was for; it is no further (planned) visit. A planned visit
the report names in other words, or of someone who met no one in the report, stays."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday
MET = "Kenyan Foreign Minister John Otieno met Ugandan Foreign Minister Grace Akello in Kampala on Wednesday. "

# (why, text, planned visits of one person expected)
ROWS = [
    ("ahead-of-his-trip", MET + "Otieno wrote on social media ahead of his trip that the talks would cover trade.", 0),
    ("ahead-of-possessive-visit", MET + "Ahead of Otieno's visit, the army reported more raids near the border.", 0),
    ("planned-visit-in-other-words", MET + "Otieno will visit Tanzania next month.", 1),
    ("ahead-of-visit-of-one-who-met-no-one",
     "Ahead of Otieno's visit, the army reported more raids near the border. Kenyan Foreign Minister John Otieno "
     "said the talks would cover trade.", 1),
]


@pytest.mark.parametrize("why,text,planned", ROWS, ids=[r[0] for r in ROWS])
def test_ahead_of_own_visit(extract, why, text, planned):
    x, _ = extract(text, published=PUBLISHED)
    lone = [e for e in x.events if e.kind == "visit" and len(e.participants) == 1 and e.modality == "expected"]
    assert len(lone) == planned, [(e.kind, e.participants, e.modality, e.support.rule) for e in x.events]
