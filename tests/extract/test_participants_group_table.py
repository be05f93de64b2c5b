"""kg/extract/participants/, rule "group-nearer-than-name": a plural post standing for a pair ("both leaders",
"the two ministers") nearer the verb or noun than the last name held the occasion; the pair is the one the report
is about. Twins without the group phrase keep the named subject alone."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_support import participants

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday
LEAD = "Kenyan President John Otieno and Ugandan President Grace Akello agreed to reopen the border.\n\n"

# (why, text, expected participants of some meeting, or None for no meeting of both)
ROWS = [
    ("group-after-subject-before-noun",
     LEAD + "On Wednesday Otieno posted a copy of the accord agreed by both leaders after earlier talks in Mombasa.",
     ["Grace Akello", "John Otieno"]),
    ("group-after-clause-before-verb",
     LEAD + "Otieno also visited Kampala last year, and the two presidents met again at a summit in Arusha.",
     ["Grace Akello", "John Otieno"]),
    ("no-group-subject-alone",
     LEAD + "On Wednesday Otieno posted a copy of the accord after talks with party officials in Mombasa.",
     None),
]


@pytest.mark.parametrize("why,text,people", ROWS, ids=[r[0] for r in ROWS])
def test_group_phrase_names_the_pair(extract, why, text, people):
    x, _ = extract(text, published=PUBLISHED)
    got = [(participants(x, e), e.support.rule) for e in x.events]
    # (the lead's own "A and B agreed" is a meeting of its own since round 16: rule "agreed-pair")
    later = [participants(x, e) for e in x.events if not e.support.rule.endswith("agreed-pair")]
    if people is None:
        assert ["Grace Akello", "John Otieno"] not in later, got
    else:
        assert people in later, got
