"""A draft occasion, the run find's steps share, and what its clause says of its bearing, day and place."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from kg.extract import dates as dates_mod
from kg.extract import lead, reference
from kg.extract.event_triggers import Trigger
from kg.extract.context import DATELINE, Context
from kg.extract.model import Event
from kg.extract.sentences import Sentence


# "will" not after a hyphen: "arrived on Tuesday for a three-day good-will visit" is no plan (its Tuesday was counted
# forward a week as a planned visit's).
_FUTURE = re.compile(r"\b(?:(?<!-)will|(?:may|might|could) (?:\w+ )?(?:meet|hold|visit|travel|sign)|is due to|are due to|is expected to|are expected to|expected to|is likely to|likely|plans? to|planned|"
                     r"scheduled|set to|upcoming|next (?:week|month|year)|later this (?:week|month|year)|ahead of|"
                     r"is to|are to|when (?:they|he|she|the two \w+) meet|agreed to (?:meet|hold|visit)|(?:hopes?|hoped|intends?|wants?) to|"
                     r"invited|invites)\b", re.IGNORECASE)
_PAST = re.compile(r"\b(?:last (?:week|month|year)|ago|earlier this|yesterday|previous)\b", re.IGNORECASE)
_TEMPORAL_CLAUSE = re.compile(r"^\s*(?:before|after|when|since)\b")
_ATTRIBUTION_DATE = lead.ATTRIBUTION_DATE


@dataclass
class _Draft:
    kind: str
    participants: list[str]
    sentence: Sentence
    modality: str
    place: str | None = None
    date: dates_mod.DateMention | None = None
    vague: dates_mod.DateMention | None = None
    evidence: list[Sentence] = field(default_factory=list)
    trigger: str = ""    # the TRIGGERS row that named the occasion (its kind's row when several merged)
    recalled: bool = False  # dated well before publication: a past occasion the report recalls
    back: bool = False      # "X said during the talks": points back to an occasion already reported
    separate: bool = False  # one of the pairwise meetings "A met B, C and D" (of three states) stands for
    ahead: bool = False     # named in a "Before the meeting with A," opening: not its sentence's own occasion
    travel_date: bool = False  # the date is a journey's ("arrived on Monday", "a visit beginning on Sunday")
    each: bool = False     # one of the coordinated predicates "X called on A and met B" (participants.each_predicate)
    each_with: list[str] = field(default_factory=list)  # "talks with A, and with B": its hosts (participants.each_with)
    split: str = ""        # the participants.SPLIT_CUES row saying one meeting per host ("held meetings with A and B")
    split_hosts: list[str] = field(default_factory=list)  # the hosts that row splits
    siblings: list["_Draft"] = field(default_factory=list)  # the other meetings one split gave (they share place, date)


# "Before the meeting with A, B visited C", "Ahead of the summit, B met C": an opening phrase that names an occasion
# still to come is another occasion than its sentence's own (unlike "After talks with A, B said", the same talks).
# Rule "ahead-of-visit-apart": "A met B in Doha ahead of President C's official visit", "... ahead of his visit to
# Ankara": a visit named as a time mark inside a clause is an occasion of its own, not the one its clause reports.
_AHEAD_OF_PHRASE = re.compile(r"\b(?:[Aa]head of|[Pp]rior to|[Bb]efore)\s+(?:[\w'’.-]+\s+){0,8}$")
_BEFORE_OPENING = re.compile(r"^(?:Before|Ahead of)\s+(?:the|a|an|his|her|their)\s+[^,;]{0,80}?(?=,\s)")


@dataclass
class _Run:
    """What find's steps share: the drafts built so far, the occasions still without people, and what the reading
    carries from one sentence to the next."""
    ctx: Context
    published: dt.date | None
    lead_date: tuple[int, dates_mod.DateMention] | None
    drafts: list[_Draft] = field(default_factory=list)
    # (sentence, segment start, end, trigger, kind) of meetings named without people
    orphans: list = field(default_factory=list)
    # occasions named by a capitalised name ("the Home Secretary Level Talks"), without people
    named: list = field(default_factory=list)
    # "the delegation was led by X" with no occasion of several people just before
    loose: list[_Draft] = field(default_factory=list)
    # the orphans _carry_lead neither joined to a meeting nor used to place one (_frame_orphans may still frame them)
    left: list = field(default_factory=list)
    last_person: str | None = None
    last_subject: str | None = None
    first_meeting: _Draft | None = None  # the first held occasion of several people (set when placing and dating)
    earlier: bool = False    # rule "earlier-than-the-lead", for the draft being placed and dated
    events: list[Event] = field(default_factory=list)


def _states(ctx: Context, keys: list[str]) -> set[str]:
    """The states the people of ``keys`` serve, those of no known state left out."""
    return {ctx.persons[k].country for k in keys if k in ctx.persons} - {None}


def _modality(s: Sentence, seg: str, t: re.Match[str], trig: Trigger) -> str:
    """Tense near the trigger decides: "Doval is expected to travel", "a likely visit", "His visit will come", "a
    meeting may take place"; a temporal clause ("before Carney makes his trip") takes the tense of its sentence.
    (One step for occasions with and without named people.)"""
    window = seg[max(0, t.start() - 40):t.end() + 20]
    future = _FUTURE.search(window) or (_TEMPORAL_CLAUSE.match(seg) and _FUTURE.search(s.text)) or (
        trig.role == "visit" and _AHEAD_OF_PHRASE.search(seg[:t.start()]) and "ahead" in seg[:t.start()].lower()) or \
        re.search(r"\b(?:could|may|might)\b", seg[max(0, t.start() - 40):t.start()])
    return "expected" if future and not _PAST.search(window) else "asserted"


def _when(s: Sentence, a: int, seg: str, t: re.Match[str], trig: Trigger, modality: str,
          published) -> tuple[dates_mod.DateMention | None, dates_mod.DateMention | None]:
    """The day of an occasion (the date nearest its trigger that dates it) and its vague when ("in December", "this
    week"), skipping the days of other things: a saying, a journey, a possessive's occasion, the dateline. One step
    for occasions with and without named people."""
    date = None
    vague: dates_mod.DateMention | None = None
    for dm in dates_mod.find(seg, published=published):
        if (_ATTRIBUTION_DATE.search(seg[max(0, dm.start - 50):dm.start]) and trig.role != "joint"
                and not re.match(r"^\s*(?:\([^)]*\)\s*)?(?:after|following|during|at)\s+(?:[\w-]+\s+){0,3}$",
                                 seg[dm.end:t.start()])) or (
                DATELINE.match(s.text) and a == 0 and dm.end <= DATELINE.match(s.text).end()):
            continue  # "X said on Monday" dates the saying (yet "X said Monday at a news conference with Y" both)
        if trig.role != "visit" and _JOURNEY_DATE.search(seg[max(0, dm.start - 25):dm.start]) and \
                re.search(r"(?:\b(?:on|in)\s+|\s)$", seg[:dm.start]):
            continue  # "A met B during a visit to Moscow beginning on Sunday": the journey's day, not the meeting's
        if _POSSESSIVE.match(seg[dm.end:]) and not dm.end < t.start() <= dm.end + 4:
            continue  # "During Thursday's call, A and B agreed to meet": Thursday dates the call only
        if dm.date is None:
            vague = vague or dm  # kept as date_text: the words say when, without fixing a day
            continue
        if date is None or abs(dm.start - t.start()) < abs(date.start - t.start()):
            date = dm
    if date and modality == "expected" and published and date.date < published:
        date = _forward(date, published)
    return date, vague


# "arrived in India on Monday", "a five-day visit beginning on Sunday", "a visit that ended yesterday": the day a
# journey began or ended, not the day of the talks held during it.
_JOURNEY_DATE = re.compile(r"\b(?:arrived|arrives|arrival|landed|departed|left|leaves|beginning|began|begins|starting|"
                           r"started|starts|ended|ends|ending|concluded|wrapped up)\b")


# "Last year, A and B met when ...", "the two leaders met two years ago", "they met in 2019": an earlier occasion the
# report recalls, not the one it reports (it keeps its own place and stays apart from today's meeting).
_LONG_AGO = re.compile(r"\b(?:[Ll]ast year|(?:a|one|two|three|four|five|several|\d+) years? ago|(?:in|since) (?P<year>(?:19|20)\d\d))\b")


def _long_ago(seg: str, published) -> bool:
    m = _LONG_AGO.search(seg)
    return bool(m) and not (m.group("year") and published and int(m.group("year")) >= published.year)


_POSSESSIVE = re.compile(r"^['’]s\b")


# "at the Carondelet presidential palace", "at the foreign ministry": a venue named without its city.
_LOCAL_VENUE = re.compile(r"\bat\s+(?:the|his|her|its)\s+(?:[\w-]+\s+){0,3}?(?:palace|ministry|headquarters|residence|"
                          r"state house|(?:government|presidential|prime minister['’]s) office)\b", re.IGNORECASE)


# "the previous meeting", "his last visit to Port of Spain", "recent talks": an occasion its own words call earlier than
# the one the report tells (rule "earlier-than-the-lead"; row "past-lends-no-place" of _merge_into).
PAST_OCCASION = re.compile(r"\b(?:[Rr]ecent(?:ly)?|[Pp]revious|[Ee]arlier|[Pp]rior|[Ll]ast)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:meetings?|talks|visits?|calls?|summits?|discussions|round)\b")
# Row "past-visit-no-dateline" (x25pastvisit): "tensions ... after US House Speaker Nancy Pelosi's visit", "following
# Rubio's trip to Mexico": a named traveller's visit given as the time mark of what came after it is over, like "her
# recent visit" (PAST_OCCASION); it is no visit under way in the country the report is filed from.
PAST_VISIT = re.compile(r"\b(?:[Aa]fter|[Ff]ollowing)\s+(?:the\s+)?(?:[\w.-]+\s+){0,5}?[A-Z][\w-]*['’]s?\s+"
                        r"(?:[\w-]+\s+){0,2}?(?:visit|trip|tour)s?\b")


def past_occasion(d: _Draft) -> bool:
    """Whether a draft's own sentence calls its occasion earlier than the report's ("his last visit", "after A's
    visit"): such an occasion is over and lends no city (rows "past-lends-no-place", "past-visit-no-dateline")."""
    own = d.evidence[0].text if d.evidence else d.sentence.text
    return bool(PAST_OCCASION.search(own) or PAST_VISIT.search(own))

def _here(ctx: Context, seg: str) -> str | None:
    """"talks here on Monday", or at a palace or ministry whose city goes unsaid, under a "COLOMBO, March 3
    (Reuters) -" dateline: the dateline's city. Veto "venue-of-another-state" (x25meetparts): "at the Afghan Ministry
    of Interior" under an "ISLAMABAD:" dateline names a venue of another state than the dateline's, so not its city."""
    if re.search(r"\bhere\b", seg):
        return ctx.dateline_city
    venue = _LOCAL_VENUE.search(seg)
    if not venue or not ctx.dateline_city:
        return None
    states = reference.countries()
    home = ctx.dateline_state
    named = {states.code(w) for w in re.findall(r"[A-Z][\w-]+", venue.group())} - {None}
    return None if home and named and home not in named else ctx.dateline_city


def _forward(dm: dates_mod.DateMention, published) -> dates_mod.DateMention:
    """A planned event's "on Saturday" or "on March 25" lies ahead of publication, not behind it."""
    import datetime as dt
    if dm.text.split()[0].lower() in ("last", "past", "previous"):
        return dm  # "right after last Thursday's meeting", in a sentence about talks ahead: the words say it is past
    if dm.text.split()[-1].rstrip(".,").capitalize() in dates_mod.WEEKDAYS_TITLE:
        step = dt.timedelta(days=7)
        return dates_mod.DateMention(start=dm.start, end=dm.end, text=dm.text, date=dm.date + step,
                                     end_date=dm.end_date + step if dm.end_date else None)
    if not re.search(r"(?:19|20)\d\d", dm.text):
        try:
            return dates_mod.DateMention(start=dm.start, end=dm.end, text=dm.text, date=dm.date.replace(year=dm.date.year + 1),
                                         end_date=dm.end_date.replace(year=dm.end_date.year + 1) if dm.end_date else None)
        except ValueError:
            return dm
    return dm
