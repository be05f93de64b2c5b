"""Sentence splitting with exact offsets, and dates resolved against the publication date."""

from __future__ import annotations

import datetime as dt

from kg.extract import dates
from kg.extract.sentences import split


def test_abbreviations_and_initials_do_not_end_sentences():
    text = "Dr. Asha Rao met Paul K. Smith in the U.S. capital on Feb. 3. They talked for an hour."
    sentences = split(text)
    assert [s.text for s in sentences] == [
        "Dr. Asha Rao met Paul K. Smith in the U.S. capital on Feb. 3.", "They talked for an hour."]
    for s in sentences:
        assert text[s.start:s.end] == s.text


def test_a_full_stop_glued_to_the_next_sentence_still_ends_one():
    """Scraped copy loses the space after a full stop ("in Juba.The leaders"); domains and abbreviations stay whole."""
    text = "Kiir met Burhan in Juba.The two leaders agreed.Officials cheered, Mr.Lado said, citing reuters.com today."
    sentences = split(text)
    assert [s.text for s in sentences] == ["Kiir met Burhan in Juba.", "The two leaders agreed.",
                                           "Officials cheered, Mr.Lado said, citing reuters.com today."]
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_line_breaks_end_sentences_and_count_paragraphs():
    sentences = split("Headline Without Stop\n\nFirst line. Second line.\nThird")
    assert [s.text for s in sentences] == ["Headline Without Stop", "First line.", "Second line.", "Third"]
    assert [s.paragraph for s in sentences] == [0, 1, 1, 2]


def _one(text: str, published: dt.date | None):
    found = [d for d in dates.find(text, published=published)]
    assert len(found) == 1, found
    return found[0]


def test_weekday_is_the_latest_such_day_on_or_before_publication():
    thursday = dt.date(2026, 3, 12)
    assert _one("the talks on Saturday ended", thursday).date == dt.date(2026, 3, 7)
    assert _one("they met on Thursday", thursday).date == thursday
    assert _one("signed last Thursday", thursday).date == dt.date(2026, 3, 5)


def test_month_day_forms_and_ranges():
    published = dt.date(2026, 2, 12)
    assert _one("on 07 February 2026 in Ottawa", published).date == dt.date(2026, 2, 7)
    r = _one("the visit from February 6 to 7", published)
    assert (r.date, r.end_date) == (dt.date(2026, 2, 6), dt.date(2026, 2, 7))
    # A December date in a February report is last December, not next.
    assert _one("met on December 18", published).date == dt.date(2025, 12, 18)


def test_unfixed_dates_stay_none():
    published = dt.date(2026, 2, 12)
    for text in ("last week", "early next month", "in September", "later this year"):
        assert _one(text, published).date is None, text
    assert _one("on Saturday", None).date is None
