"""kg/extract/context.py, round 24 (branch x24meetdate2): veto "time-word-no-dateline". A sentence opened by a time
word and a date ("On January 15, A met B", "In March 3, ...") is no dateline, so its date dates its occasion instead
of being skipped as the dateline's day. Sentences written for these tests in news style."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_support import participants

from kg.extract.context import DATELINE

# (opening of a sentence, the dateline's text or None)
OPENINGS = [
    ("On January 15, Kazakh Foreign Minister Aibek Nurlanov met Uzbek Foreign Minister Timur Saidov.", None),
    ("On Monday, March 3, the two ministers met in Tashkent.", None),
    ("Since March 3, the crossing has stayed closed.", None),
    ("Last Friday, March 3, the ministers met.", None),
    ("ASTANA, January 15 (Kazinform) - The ministers met", "ASTANA, January 15 (Kazinform) - "),
    ("Addis Ababa February 15/2024/ENA/ Kenya and Ethiopia agreed", "Addis Ababa February 15/2024/ENA/ "),
    ("Ondo, March 3 (NAN) - The governors met", "Ondo, March 3 (NAN) - "),
]


@pytest.mark.parametrize("text,dateline", OPENINGS, ids=[o[0][:30] for o in OPENINGS])
def test_time_word_opening_is_no_dateline(text, dateline):
    m = DATELINE.match(text)
    assert (m.group() if m else None) == dateline


# (why, text, published, the pair, expected date)
ROWS = [
    ("arrival-day-then-meeting-day",
     "On January 14, 2022, a Kyrgyz delegation headed by Foreign Minister Ruslan Kazakbaev arrived in Tajikistan.\n"
     "On January 15, within the framework of the visit to Dushanbe, Tajik Foreign Minister Sirojiddin Muhriddin met "
     "with Kyrgyz Foreign Minister Ruslan Kazakbaev in a narrow format.",
     dt.date(2022, 1, 16), {"Ruslan Kazakbaev", "Sirojiddin Muhriddin"}, dt.date(2022, 1, 15)),
    ("fronted-date-far-from-verb",
     "Kenya and Uganda agreed to reopen the border crossing.\n"
     "On March 3, at the State House in Kampala, Kenyan President John Otieno met Ugandan President Grace "
     "Akello.",
     dt.date(2026, 3, 5), {"John Otieno", "Grace Akello"}, dt.date(2026, 3, 3)),
]


@pytest.mark.parametrize("why,text,published,pair,date", ROWS, ids=[r[0] for r in ROWS])
def test_fronted_date_dates_the_meeting(extract, why, text, published, pair, date):
    x, _ = extract(text, published=published)
    got = [e for e in x.events if pair <= set(participants(x, e))]
    assert got, [(participants(x, e), e.support.rule) for e in x.events]
    assert got[0].date == date, (got[0].date, got[0].support.rule)
