"""Date expressions in news English, resolved against the publication date; unfixed dates stay None."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kg.extract import prefilter

# The names as a regex alternation, capitalised as news writes them ("on Friday", "on 7 November").
WEEKDAY_NAMES = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9


def month_number(word: str) -> int | None:
    """"Sept." -> 9, "January" -> 1, "Jan" -> 1: a month word by its first three letters (four for "Sept")."""
    word = word.lower().rstrip(".")
    return MONTHS.get(word[:4] if word.startswith("sept") else word[:3])


WEEKDAYS_TITLE = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}

_MON = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_MON2 = _MON.replace("?P<mon>", "?:")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS = [
    # "February 6 to 7", "February 6-7, 2026"
    ("range", re.compile(_MON + r"\s+" + _DAY + r"\s*(?:to|-|–|and)\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+" + _YEAR + r")?(?![\w])")),
    # "September 18", "Sept. 18, 2025"
    ("md", re.compile(r"(?<![\w])" + _MON + r"\s+" + _DAY + r"(?:,?\s+" + _YEAR + r")?(?![\w:])")),
    # "November, 5, 2021" (a comma after the month): only with its year, lest "in March, 12 people died" read as a day
    ("md", re.compile(r"(?<![\w])" + _MON + r",\s+" + _DAY + r",?\s+" + _YEAR + r"(?![\w:])")),
    # "07 February 2026", "18 September"
    ("dm", re.compile(r"(?<![\w])" + _DAY + r"\s+" + _MON + r"(?:,?\s+" + _YEAR + r")?(?![\w])")),
    # "2026-02-07"
    ("iso", re.compile(r"(?<![\w-])(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<day>[0-3]\d)(?![\w-])")),
    # "on Saturday", "Wednesday"
    ("weekday", re.compile(r"(?<![\w])(?P<last>last\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\w])")),
    ("rel", re.compile(r"(?<![\w])(?P<rel>today|yesterday|tomorrow)(?![\w’'])", re.IGNORECASE)),
    # Expressions that name a time without fixing a day: kept as date_text, never resolved.
    ("vague", re.compile(r"(?<![\w])(?:(?:last|next|this|earlier this|later this)\s+(?:week|month|year)|early next month|"
                         r"(?:in|since|by)\s+" + _MON2 + r"(?:\s+(?:19|20)\d\d)?|(?:the\s+)?(?:first|second|third|last|fourth)\s+week\s+of\s+" + _MON2 + r")(?![\w])",
                         re.IGNORECASE)),
]


@dataclass(frozen=True)
class DateMention:
    start: int           # offsets relative to the text searched
    end: int
    text: str
    date: dt.date | None
    end_date: dt.date | None = None


def _year_for(month: int, day: int, published: dt.date | None) -> int | None:
    """A month-day without year is the latest such day not long after publication (news reports the past)."""
    if published is None:
        return None
    year = published.year
    try:
        candidate = dt.date(year, month, day)
    except ValueError:
        return None
    if (candidate - published).days > 31:
        year -= 1
    return year


def _make(year: int | None, month: int, day: int) -> dt.date | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# what may stand between a weekday and the calendar date it is in apposition with: "Friday, July 10", "Friday evening
# (November 5, 2021)"
_APPOSED = re.compile(r"^(?:\s+(?:morning|afternoon|evening|night))?\s*[,(]?\s*(?:the\s+)?$")


def find(text: str, *, published: dt.date | None) -> list[DateMention]:
    """Every date expression in ``text`` (non-overlapping, leftmost-longest by pattern order)."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    folded = prefilter.fold(text)  # a pattern is run only when the text holds a word it needs (dates reads many texts once: no scan)
    for kind, pattern in _PATTERNS:
        for m in prefilter.finditer(pattern, text, folded):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            date = end_date = None
            if kind in ("range", "md", "dm"):
                month = month_number(m.group("mon"))
                day = int(m.group("day"))
                year = int(m.group("year")) if m.group("year") else _year_for(month, day, published)
                date = _make(year, month, day)
                if kind == "range":
                    end_date = _make(year, month, int(m.group("day2")))
            elif kind == "iso":
                date = _make(int(m.group("year")), int(m.group("m")), int(m.group("day")))
            elif kind == "weekday" and published is not None:
                back = (published.weekday() - WEEKDAYS[m.group("wd").lower()]) % 7
                if m.group("last") and back == 0:
                    back = 7
                date = published - dt.timedelta(days=back)
            elif kind == "rel" and published is not None:
                date = published + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[m.group("rel").lower()])
            taken.append((m.start(), m.end()))
            found.append(DateMention(start=m.start(), end=m.end(), text=m.group(), date=date, end_date=end_date))
    found.sort(key=lambda d: d.start)
    # "on Friday, July 10", "Friday evening (November 5, 2021)": a weekday in apposition with a calendar date names
    # that date; the calendar date governs, and the weekday (counted back from publication) is dropped.
    return [d for i, d in enumerate(found) if not (
        d.text.split()[-1] in WEEKDAYS_TITLE and i + 1 < len(found) and found[i + 1].date is not None
        and re.search(r"\d", found[i + 1].text)
        and _APPOSED.match(text[d.end:found[i + 1].start]))]
