"""When two mentions can be one event or one agreement, and how a block of mentions becomes clusters.

Rules, kept small and named so a wrong merge leads to the rule that made it:
- *window*: every mention has an interval of days its event may fall in — its own dates ± SLACK; for an undated
  report of a past event the REPORTED_BEFORE days (AGREED_BEFORE
  for agreements) before its publication; for an undated expected event the
  EXPECTED_WITHIN days after it. Mentions whose intervals do not overlap are never one event.
- *participants*: one person in common, and either two in common or one side's persons inside the other's
  (a visit by Doval is his meeting with Drouin; Doval–Drouin is not Doval–Anandasangaree). Persons are compared
  by key with spelling variants allowed (outlets transliterate: "Yvan Gil"/"Yvan Gill", "Mohammad"/"Mohammed"):
  one edit in a long name, or the same surname with first names that agree on their first letter.
- *description*: agreements share content words (stems, so "aggravate"/"aggravation" agree): two, and half of
  the shorter description (a quarter merged a joint statement's distinct commitments); a description with no content
  word of its own ("a new security agreement") says nothing that could tell it apart, so it matches on parties,
  window and status alone.
- *place*: two different places make one event only when both reports fix the same date (a conflict then).
- copies of one report always resolve together.
Clustering is greedy complete-link over mentions sorted by how much they say, then by IRI: the result is a
function of the set of mentions, never of the order they were ingested in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TypeVar

from kg.identity.mentions import STATUS_RANK, AgreementMention, EventMention

SLACK = dt.timedelta(days=2)              # reports of one event disagree by a day or two
REPORTED_BEFORE = dt.timedelta(days=183)  # an undated past event: within half a year before the report
EXPECTED_WITHIN = dt.timedelta(days=60)   # an undated expected event: within two months after the report
AGREED_BEFORE = dt.timedelta(days=31)     # an undated agreement is news: reported within a month of it
MIN_SHARED_WORDS = 2
MIN_WORD_OVERLAP = 0.5                    # shared content words / words of the shorter description
STEM = 6                                  # words agree on their first letters: aggravate/aggravation, provoc-
MIN_FUZZY_KEY = 7                         # person keys this long may differ by one edit (gil/gill)

Interval = tuple[dt.date, dt.date] | None  # None: nothing dates it


def event_interval(m: EventMention) -> Interval:
    if m.date:
        return m.date - SLACK, (m.end or m.date) + SLACK
    return _undated(m.doc.published, m.expected)


def agreement_interval(m: AgreementMention) -> Interval:
    if m.date:
        return m.date - SLACK, m.date + SLACK
    return _undated(m.doc.published, m.status == "expected", before=AGREED_BEFORE)


def _undated(published: dt.date | None, expected: bool, *, before: dt.timedelta = REPORTED_BEFORE) -> Interval:
    if published is None:
        return None
    return (published, published + EXPECTED_WITHIN) if expected else (published - before, published)


def _overlap(a: Interval, b: Interval) -> bool:
    return a is None or b is None or (a[0] <= b[1] and b[0] <= a[1])


def same_copy(a: EventMention | AgreementMention, b: EventMention | AgreementMention) -> bool:
    """Mentions of two copies of one report saying the same thing."""
    return a.doc.report == b.doc.report and a.doc.doc != b.doc.doc and _signature(a) == _signature(b)


def _signature(m: EventMention | AgreementMention) -> tuple:
    if isinstance(m, EventMention):
        return ("event", m.kind, m.persons, m.date, m.end, m.place, m.expected)
    return ("agreement", m.status, m.parties, m.words, m.topics, m.date)


def _edits_at_most_one(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def same_person(a: str, b: str) -> bool:
    """Two person IRIs (their keys: 'yvan-gil') that name one person as two outlets spell it."""
    if a == b:
        return True
    ka, kb = a.rsplit("/", 1)[-1], b.rsplit("/", 1)[-1]
    if min(len(ka), len(kb)) >= MIN_FUZZY_KEY and _edits_at_most_one(ka, kb):
        return True
    wa, wb = ka.split("-"), kb.split("-")
    return len(wa) > 1 and len(wb) > 1 and wa[-1] == wb[-1] and len(wa[-1]) > 3 and wa[0][:1] == wb[0][:1]


def _shared_persons(a: frozenset[str], b: frozenset[str]) -> tuple[int, bool]:
    """How many persons the two sides share (one to one), and whether one side's persons all appear in the other."""
    left, right = sorted(a), sorted(b)
    shared = 0
    for p in left:
        twin = next((q for q in right if same_person(p, q)), None)
        if twin is not None:
            right.remove(twin)
            shared += 1
    return shared, shared == min(len(a), len(b))


def events_compatible(a: EventMention, b: EventMention) -> bool:
    if same_copy(a, b):
        return True
    if a.doc.doc == b.doc.doc or a.group != b.group:
        return False  # one article does not report one event twice; a call is not a meeting
    shared, nested = _shared_persons(a.persons, b.persons)
    if not shared or (shared < 2 and not nested):
        return False
    if not _overlap(event_interval(a), event_interval(b)):
        return False
    if a.place and b.place and a.place != b.place:
        return bool(a.date and a.date == b.date)
    return True


def agreements_compatible(a: AgreementMention, b: AgreementMention) -> bool:
    if same_copy(a, b):
        return True
    if a.doc.doc == b.doc.doc or a.parties != b.parties or len(a.parties) < 2:
        return False
    if not _overlap(agreement_interval(a), agreement_interval(b)):
        return False
    if not a.words or not b.words:
        return a.status == b.status  # a generic description: nothing in it tells two agreements apart
    sa, sb = _stems(a.words), _stems(b.words)
    shared = len(sa & sb)
    overlap = shared / min(len(sa), len(sb))
    return shared >= MIN_SHARED_WORDS and overlap >= MIN_WORD_OVERLAP


def _stems(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w[:STEM] for w in words)


M = TypeVar("M", EventMention, AgreementMention)


def _weight(m: EventMention | AgreementMention) -> tuple:
    """Mentions that say more (a date, more participants, a firmer status) seed the clusters."""
    if isinstance(m, EventMention):
        return (m.date is None, m.expected, -len(m.persons), m.place is None, m.iri)
    return (m.date is None, -STATUS_RANK.get(m.status, 0), -len(m.words), m.iri)


def cluster(mentions: Sequence[M], compatible: Callable[[M, M], bool]) -> list[list[M]]:
    """Greedy complete-link: each mention joins the first cluster all of whose members it fits, else starts one."""
    clusters: list[list[M]] = []
    for m in sorted(mentions, key=_weight):
        for c in clusters:
            if all(compatible(m, other) for other in c):
                c.append(m)
                break
        else:
            clusters.append([m])
    return clusters
