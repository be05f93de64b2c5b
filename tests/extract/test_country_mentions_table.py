"""Which words of a report count as mentions of a state (kg/extract/context.py): a table of (sentence, states)."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract import context
from kg.sources import Document

ROWS = [
    # a sea, ocean, gulf or strait named after a state is water, not the state
    ("Manila protested China’s conduct in the South China Sea on Monday.", ["CN", "PH"]),  # a capital counts
    ("Patrols in the South China Sea and the East China Sea were discussed by Japan.", ["JP"]),
    ("India and Sri Lanka discussed security in the Indian Ocean.", ["IN", "LK"]),
    ("Coast guards from Cuba met in the Gulf of Mexico.", ["CU"]),
    ("Drills in the Sea of Japan and the Philippine Sea worried Russia.", ["RU"]),
    # the state itself, its adjective and its possessive still count
    ("Chinese vessels entered waters claimed by the Philippines.", ["CN", "PH"]),
    ("Mexico's navy and the Indian Navy held talks.", ["MX", "IN"]),
]


@pytest.mark.parametrize("text, states", ROWS)
def test_country_mentions(text, states):
    doc = Document(id="t", text=text, title="", url="", publisher="", published=dt.date(2025, 1, 1), author="",
                   path="t.txt")
    ctx = context.build(doc)
    assert sorted({m.key for m in ctx.country_mentions}) == sorted(states)
