"""kg/extract/events._other_side: "The Indian side was led by B" after an occasion of one person so far joins B to it
when B's side is another state's (B's own country, or the state the side's words name) than that person's; a head of
the same state's delegation does not make a pair of one occasion."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday

ROWS = [
    # (why, text, expected participant set of the one event)
    ("side-named-by-demonym",
     "The three-day border meeting in Nairobi was led by Kenyan police chief Major General Peter Mwangi. The Ugandan "
     "side was led by police commander Grace Akello, accompanied by a ten-member team.",
     {"Peter Mwangi", "Grace Akello"}),
    ("delegation-of-another-state",
     "The annual defence dialogue in Manila was chaired by Philippine Defence Secretary Jose Reyes. The Japanese "
     "delegation was headed by Vice Minister Kenji Sato.",
     {"Jose Reyes", "Kenji Sato"}),
]


def _names(x, e):
    names = {p.key: p.name for p in x.persons}
    return {names.get(k, k) for k in e.participants}


@pytest.mark.parametrize("why,text,expected", ROWS, ids=[r[0] for r in ROWS])
def test_other_side_joins(extract, why, text, expected):
    x, _ = extract(text, published=PUBLISHED)
    got = [(_names(x, e), e.support.rule) for e in x.events]
    assert any(g == expected for g, _ in got), got


def test_same_state_delegation_stays_apart(extract):
    x, _ = extract("The three-day border meeting in Nairobi was led by Kenyan police chief Peter Mwangi. The Kenyan "
                   "delegation was led by his deputy John Otieno.", published=PUBLISHED)
    assert not any(len(e.participants) > 1 for e in x.events), [(_names(x, e), e.support.rule) for e in x.events]
