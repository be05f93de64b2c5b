"""kg/extract/events/ veto "spokesperson-no-participant" (and kg/extract/frames.py): one whose every post is a
spokesperson's speaks about an occasion for a state and did not hold it; officials with other posts still do."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday

ROWS = [
    # (why, text, a name that must not be a participant)
    ("frame-skips-spokesperson",
     "The talks between the two countries' border envoys have helped calm the frontier, Ugandan Foreign Ministry "
     "spokesperson Mary Wanjiru told a briefing on Tuesday. Kenyan envoy John Otieno said patrols would double.",
     "Mary Wanjiru"),
    ("spokesman-said-after-meeting",
     "Kenyan President John Otieno met Ugandan President Grace Akello in Kampala on Tuesday, presidential "
     "spokesman Peter Kamau said.", "Peter Kamau"),
]


def _names(x, e):
    names = {p.key: p.name for p in x.persons}
    return [names.get(k, k) for k in e.participants]


@pytest.mark.parametrize("why,text,outsider", ROWS, ids=[r[0] for r in ROWS])
def test_spokesperson_is_no_participant(extract, why, text, outsider):
    x, _ = extract(text, published=PUBLISHED)
    got = [(_names(x, e), e.support.rule) for e in x.events]
    assert not any(outsider in _names(x, e) for e in x.events), got


def test_a_minister_who_also_speaks_for_the_government_still_takes_part(extract):
    x, _ = extract("Government spokesman and Information Minister Peter Kamau met Ugandan Information Minister "
                   "Grace Akello in Kampala on Tuesday.", published=PUBLISHED)
    assert any("Peter Kamau" in _names(x, e) and "Grace Akello" in _names(x, e) for e in x.events), \
        [(_names(x, e), [r.title for p in x.persons for r in p.roles]) for e in x.events]
