"""What a report's lead fixes for the events the next paragraph describes: the date, and where a pact was signed."""

from __future__ import annotations

import re

from kg.extract import dates as dates_mod
from kg.extract import places
from kg.extract.context import Context
from kg.extract.sentences import Sentence

# "X said on Monday": the day of the saying, not of the event.
ATTRIBUTION_DATE = re.compile(r"\b(?:said|told|announced|stated|added|noted|reported)\s+(?:\w+\s+){0,3}$")


def date(ctx: Context) -> tuple[int, dates_mod.DateMention] | None:
    """The date a report's lead fixes ("India and Canada on Monday agreed ..."): it dates the lead's events."""
    first = _lead_sentence(ctx)
    if first is None:
        return None
    s, offset = first
    text = s.text
    credited = None
    for dm in dates_mod.find(text[offset:], published=ctx.doc.published):
        if dm.date and not ATTRIBUTION_DATE.search(text[max(offset, offset + dm.start - 50):offset + dm.start]):
            return s.paragraph, dm
        credited = credited or (dm if dm.date else None)
    # rule "credit-day": "A discussed border measures with B in Belgrade, the ministry said on Monday": a lead whose
    # only day is its credit's reports on that day what happened (the annotators date its meeting by the credit's day,
    # 5 of 5 studied leads), not on the dateline's day, which is often the next day's report.
    if credited:
        return s.paragraph, credited
    # "TASHKENT, Uzbekistan, November 14. A and B discussed ...": an undated lead happened on its dateline's day.
    dated = [dm for dm in dates_mod.find(text[:offset], published=ctx.doc.published) if dm.date]
    return (s.paragraph, dated[0]) if dated else None


def _lead_sentence(ctx: Context) -> tuple[Sentence, int] | None:
    """The report's first body sentence and where its text starts after a dateline; a dateline on a line of its own
    ("YOKOSUKA") is skipped: the lead is the next sentence."""
    for s, offset in ctx.body():
        if len(s.text) < 40 and not re.search(r"[a-z]", s.text):
            continue
        return s, offset
    return None


# "signed in Abuja", "signed three bilateral agreements on security in Accra"
_SIGNED_IN = re.compile(r"\b(?:signed|agreed|concluded)\s+(?:[\w-]+\s+){0,8}?in\s+(?=[A-Z])")


def signing_place(ctx: Context) -> str | None:
    """Where the lead says the pact was signed: the place of the signing the next paragraph goes on to describe."""
    lead = next((s for s in ctx.reporting() if s.index not in ctx.headlines), None)
    m = _SIGNED_IN.search(lead.text) if lead else None
    return places.city(lead.text[m.end() - 3:]) if m else None


def place(ctx: Context) -> str | None:
    """The known city the dated lead names ("Japan and Vietnam agreed yesterday ... with Prime Minister Suga in
    Hanoi"): where the lead's events happened, which the meeting the next paragraphs describe shares with its day."""
    first = _lead_sentence(ctx)
    return places.city(first[0].text[first[1]:]) if first is not None else None
