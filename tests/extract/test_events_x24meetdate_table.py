"""kg/extract/events/ and places, round 24 (branch x24meetdate): where and when a meeting was, as the report fixes it.
- rule "lead-place-undated": a report without a publication date cannot resolve the lead's "on Thursday", so the
  dated rule "lead-place" never fires; the first meeting soon after the lead, with no time of its own, takes the city
  the lead names before the dateline's.
- places: "in the capital Ankara" names its city with no "of" or comma after "capital" (never a day or month).
- modality: "a good-will visit" is no future ("will" after a hyphen), so an arrival's Tuesday is counted back."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_support import participants

from kg.extract import places

PUBLISHED = dt.date(2010, 11, 10)  # a Wednesday

# (why, text, published, the pair, expected place, expected date)
ROWS = [
    ("undated-lead-city-before-dateline",
     "SYDNEY – Australia and Kenya signed a landmark agreement on submarine rescue during their first annual "
     "defence dialogue held in Canberra on Thursday.\n"
     "Kenya's Defence Minister Daniel Mwangi met his counterpart Richard Marles to discuss cooperation.",
     None, {"Daniel Mwangi", "Richard Marles"}, "Canberra", None),
    ("undated-lead-capital-bare",
     "Turkey's defense minister on Friday met with his Nigerian counterpart in the capital Ankara.\n"
     "According to a statement by the ministry, Turkish Defence Minister Hulusi Akar received Nigerian Defence Minister "
     "Alkassoum Indattou with an official ceremony.",
     None, {"Hulusi Akar", "Alkassoum Indattou"}, "Ankara", None),
    ("control-dated-report-keeps-dated-rule",
     "SYDNEY – Australia and Kenya signed a pact on Thursday during talks held in Canberra.\n"
     "Kenya's Defence Minister Daniel Mwangi met his counterpart Richard Marles to discuss cooperation.",
     dt.date(2025, 10, 10), {"Daniel Mwangi", "Richard Marles"}, "Canberra", dt.date(2025, 10, 9)),
    ("good-will-is-no-future",
     "China's top political adviser, Jia Qinglin, on Tuesday pledged to enhance ties with Kazakhstan.\n"
     "Jia arrived in Astana on Tuesday afternoon for a three-day official good-will visit to Kazakhstan.\n"
     "Upon his arrival, Jia met Oral Muhamedjanov, chairman of the lower house of the Kazakh parliament.",
     PUBLISHED, {"Jia Qinglin", "Oral Muhamedjanov"}, "Astana", dt.date(2010, 11, 9)),
]


@pytest.mark.parametrize("why,text,published,pair,place,date", ROWS, ids=[r[0] for r in ROWS])
def test_meeting_place_and_date(extract, why, text, published, pair, place, date):
    x, _ = extract(text, published=published)
    got = [e for e in x.events if pair <= set(participants(x, e))]
    assert got, [(participants(x, e), e.support.rule) for e in x.events]
    assert (got[0].place.name if got[0].place else None) == place, (got[0].place, got[0].support.rule)
    assert got[0].date == date, (got[0].date, got[0].support.rule)
    # no event of the pair's traveller counted forward past publication
    assert not any(e.date and published and e.date > published for e in x.events), [(e.kind, e.date) for e in x.events]


CAPITALS = [
    ("in the capital Ankara and", "Ankara"),
    ("in the capital, Kyiv", "Kyiv"),
    ("in the border city of Tacna", "Tacna"),
    ("talks in the capital Monday with", None),
    ("talks in the capital on Friday", None),
]


@pytest.mark.parametrize("text,city", CAPITALS, ids=[c[0] for c in CAPITALS])
def test_capital_named_bare(text, city):
    assert places.city(text) == city
