"""kg/extract/places.py: the words between a trigger and "in <City>" may be any words, quoted titles and dashes
included ("signed the ‘Agreement on ...’ on Wednesday in Port Moresby"); a semicolon still ends the clause."""

from __future__ import annotations

import pytest

from kg.extract import places

ROWS = [
    ("quoted-title-before-city", "signed the ‘Accord on Police Training for Fiji’ on Tuesday in Port Moresby.", "Port Moresby"),
    ("double-quotes-before-city", "signed the \u201cBorder Protocol\u201d in Nairobi on Monday.", "Nairobi"),
    ("dash-before-city", "met — for the first time in a decade — in Nairobi on Friday.", "Nairobi"),
    ("plain", "met his counterpart in Nairobi on Friday.", "Nairobi"),
    ("semicolon-ends-the-clause", "met his counterpart on Friday; a week earlier he was in Nairobi.", None),
]


@pytest.mark.parametrize("why,text,want", ROWS, ids=[r[0] for r in ROWS])
def test_city_after_any_words(why, text, want):
    assert places.city(text) == want
