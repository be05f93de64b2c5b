"""kg/extract/events.py rule "future-clause-weekday": a weekday in a clause whose verb is future ("will arrive ... on
Thursday") names the coming day, counted forward from publication, even when the occasion's noun itself carries no
future wording ("on the second day of his regional tour"). A weekday of a past clause, or one the future verb does not
govern ("said on Monday it would ..."), keeps its day counted back."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2026, 3, 11)  # a Wednesday

# (why, text, kind, expected date)
ROWS = [
    ("will-arrive-weekday-ahead",
     "Brazilian President Lucas Moreira will arrive in Luanda on Friday, on the second day of his African tour.",
     "visit", dt.date(2026, 3, 13)),
    ("past-clause-weekday-back",
     "Brazilian President Lucas Moreira arrived in Luanda on Monday, on the second day of his African tour.",
     "visit", dt.date(2026, 3, 9)),
    ("said-weekday-not-governed",
     "Japanese Defence Minister Kenji Sato met Philippine Defence Secretary Ramon Cruz in Manila on Monday. "
     "Sato said on Tuesday he would return.",
     "meeting", dt.date(2026, 3, 9)),
]


@pytest.mark.parametrize("why,text,kind,date", ROWS, ids=[r[0] for r in ROWS])
def test_future_clause_weekday(extract, why, text, kind, date):
    x, _ = extract(text, published=PUBLISHED)
    dated = [e.date for e in x.events if e.kind == kind]
    assert dated and dated[0] == date, [(e.kind, e.participants, e.date, e.support.rule) for e in x.events]
