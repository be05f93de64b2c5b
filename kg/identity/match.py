"""When two mentions can be one event or one agreement, and how a block of mentions becomes clusters.

Rules, kept small and named so a wrong merge leads to the rule that made it:
- *window*: every mention has an interval of days its event may fall in — its own dates ± SLACK; for an undated
  report of a past event the REPORTED_BEFORE days (AGREED_BEFORE
  for agreements) before its publication; for an undated expected event the
  EXPECTED_WITHIN days after it. Mentions whose intervals do not overlap are never one event.
- *participants*: one person in common for sure, and either two in common or one side's persons inside the
  other's (a visit by Doval is his meeting with Drouin; Doval–Drouin is not Doval–Anandasangaree); when one
  person is all they share, an undated past event is news, within REPORTED_ALONE of its report. Persons are one
  person as outlets write them ("Yvan Gil"/"Yvan Gill", "Mohammad"/"Mohammed", "Shah Mahmood Qureshi"/"Makhdoom
  Shah Mahmood Qureshi", "Zakaria Sheikh"/"Zakaria Cheikh Ibrahim") when they share a given or family name and:
  one edit in a long key, or the same surname with first names that agree on their first letter, or one label's
  words in order inside the other's, a word spelled two ways (difflib ratio) or written as its initial ("J Bosco
  Kazura") allowed. A lone name ("Tiani" for "Abdourahamane Tchiani", "Yoon") fits but is never sure: it counts
  only beside a person shared for sure. Two more ways one shared person suffices: *summit-day* (a summit and a
  meeting of its day and place, the meeting's states among the summit's) and *news-week* (a dated trip and an
  undated meeting between the same states, in reports of one week).
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
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from difflib import SequenceMatcher
from functools import lru_cache
from typing import TypeVar

from kg.extract.names import HYPHEN_PARTICLES, PARTICLES, slug
from kg.identity.mentions import STATUS_RANK, AgreementMention, EventMention

SLACK = dt.timedelta(days=2)              # reports of one event disagree by a day or two
REPORTED_BEFORE = dt.timedelta(days=183)  # an undated past event: within half a year before the report
REPORTED_ALONE = dt.timedelta(days=7)     # ... within a week when one person is all the two mentions share
EXPECTED_WITHIN = dt.timedelta(days=60)   # an undated expected event: within two months after the report
AGREED_BEFORE = dt.timedelta(days=31)     # an undated agreement is news: reported within a month of it
MIN_SHARED_WORDS = 2
MIN_WORD_OVERLAP = 0.5                    # shared content words / words of the shorter description
STEM = 6                                  # words agree on their first letters: aggravate/aggravation, provoc-
MIN_FUZZY_KEY = 7                         # person keys this long may differ by one edit (gil/gill)
MIN_NAME_WORD = 4                         # name words this long may be spelled two ways ...
MIN_WORD_SIMILARITY = 0.8                 # ... when difflib's ratio says so (tiani/tchiani 0.83, khan/kahn 0.75)
NAME_PARTICLES = frozenset(PARTICLES) | frozenset(HYPHEN_PARTICLES)

Interval = tuple[dt.date, dt.date] | None  # None: nothing dates it


def event_interval(m: EventMention, *, alone: bool = False) -> Interval:
    """``alone``: the match rests on one person, so an undated past event is news, reported within days of it."""
    if m.date:
        return m.date - SLACK, (m.end or m.date) + SLACK
    return _undated(m.doc.published, m.expected, before=REPORTED_ALONE if alone else REPORTED_BEFORE)


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


Names = Mapping[str, Collection[str]]  # person IRI → the labels the articles give it


def _key(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


def _core(words: Sequence[str]) -> tuple[str, ...]:
    """Name words without particles ("bin", "al", "de"): what is left to compare."""
    return tuple(w for w in words if w and w not in NAME_PARTICLES) or tuple(w for w in words if w)


def block_names(iri: str) -> set[str]:
    """The words a person is filed under: the first and last word of its key (given and family name, or the one
    word of a lone name). Two persons ``same_person`` calls one always share one of them."""
    core = _core(_key(iri).split("-"))
    return {core[0], core[-1]}


def _labels(iri: str, names: Names | None) -> frozenset[str]:
    labels = (names or {}).get(iri, ())
    return labels if isinstance(labels, frozenset) else frozenset(labels)


@lru_cache(maxsize=1 << 16)
def _forms(iri: str, labels: frozenset[str]) -> frozenset[tuple[str, ...]]:
    """The person's name as word tuples: each label's (accents folded, particles out), else its key's words (a
    key drops middle names: "Kim Yo Jong" is kim-jong, which "Kim Jong Un" would hold). Remembered: a busy
    person's labels are slugged once, not once per pair of mentions compared."""
    return frozenset(_core(slug(label).split("-")) for label in labels) or frozenset({_core(_key(iri).split("-"))})


@lru_cache(maxsize=1 << 16)
def _similar(a: str, b: str) -> bool:
    """One name word spelled two ways ("Tiani"/"Tchiani", "Sheikh"/"Cheikh"): difflib's ratio on words of 4+ letters."""
    if a == b:
        return True
    return min(len(a), len(b)) >= MIN_NAME_WORD and SequenceMatcher(None, a, b).ratio() >= MIN_WORD_SIMILARITY


def _initial_of(a: str, b: str) -> bool:
    """*initial*: one name word is the other's initial ("J Bosco Kazura" for "Jean Bosco Kazura"), as the key rule
    already lets "S Jaishankar" be "Subrahmanyam Jaishankar"; ``_inside`` still wants one word written the same."""
    return (len(a) == 1) != (len(b) == 1) and a[:1] == b[:1]


def _inside(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    """Every word of a name of two or more words, in order, inside a longer form of it, one word the same at least:
    "Shah Mahmood Qureshi" in "Makhdoom Shah Mahmood Qureshi", "Zakaria Sheikh" in "Zakaria Cheikh Ibrahim", an
    initial for a given name ("J Bosco Kazura" in "Jean Bosco Kazura")."""
    if len(short) < 2 or len(short) > len(long_):
        return False
    i, exact = 0, False
    for w in short:
        while i < len(long_) and not (_similar(w, long_[i]) or _initial_of(w, long_[i])):
            i += 1
        if i == len(long_):
            return False
        exact = exact or w == long_[i]
        i += 1
    return exact


def same_person(a: str, b: str, names: Names | None = None) -> bool:
    """Two person IRIs (their keys: 'yvan-gil') that name one person as two outlets spell it. Always sharing a
    given or family name (``block_names``): one edit in a long key, the same surname with first names that agree
    on their first letter, or one form's words inside the other's (labels from ``names``)."""
    if a == b:
        return True
    return _same_person(a, b, _labels(a, names), _labels(b, names))


@lru_cache(maxsize=1 << 16)
def _same_person(a: str, b: str, la: frozenset[str], lb: frozenset[str]) -> bool:
    """same_person on the labels of the two persons alone (what its answer depends on), remembered: clustering
    asks it for the same pairs of people once per pair of mentions."""
    if not block_names(a) & block_names(b):
        return False
    ka, kb = _key(a), _key(b)
    if min(len(ka), len(kb)) >= MIN_FUZZY_KEY and _edits_at_most_one(ka, kb):
        return True
    wa, wb = ka.split("-"), kb.split("-")
    if len(wa) > 1 and len(wb) > 1 and wa[-1] == wb[-1] and len(wa[-1]) > 3 and wa[0][:1] == wb[0][:1]:
        return True
    fa, fb = _forms(a, la), _forms(b, lb)
    return any(_inside(x, y) or _inside(y, x) for x in fa for y in fb)


def lone_name_fits(a: str, b: str, names: Names | None = None) -> bool:
    """A lone name ("Tiani", "Yoon") that is, or is spelled like, the given or family name of the other person
    ("Abdourahamane Tchiani"). Weak: it counts only beside a person both mentions share for sure."""
    return _lone_name_fits(a, b, _labels(a, names), _labels(b, names))


@lru_cache(maxsize=1 << 16)
def _lone_name_fits(a: str, b: str, la: frozenset[str], lb: frozenset[str]) -> bool:
    fa, fb = _forms(a, la), _forms(b, lb)
    for lone_side, other in ((fa, fb), (fb, fa)):
        lone = [f[0] for f in lone_side if len(f) == 1 and len(f[0]) >= MIN_NAME_WORD]
        if lone and all(len(f) == 1 for f in lone_side):
            if any(_similar(w, f[0]) or _similar(w, f[-1]) for w in lone for f in other):
                return True
    return False


def _shared_persons(a: frozenset[str], b: frozenset[str], names: Names | None = None) -> tuple[int, int]:
    """How many persons the two sides share for sure, and in all counting lone names that fit (one to one)."""
    left, right = sorted(a), sorted(b)
    strong = 0
    for p in list(left):
        twin = next((q for q in right if same_person(p, q, names)), None)
        if twin is not None:
            right.remove(twin)
            left.remove(p)
            strong += 1
    weak = 0
    for p in left:
        twin = next((q for q in right if lone_name_fits(p, q, names)), None)
        if twin is not None:
            right.remove(twin)
            weak += 1
    return strong, strong + weak


def person_names(*ms: EventMention) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for m in ms:
        for person, label in m.labels:
            out.setdefault(person, set()).add(label)
    return {p: frozenset(labels) for p, labels in out.items()}


def events_compatible(a: EventMention, b: EventMention) -> bool:
    if same_copy(a, b):
        return True
    if a.doc.doc == b.doc.doc or a.group != b.group:
        return False  # one article does not report one event twice; a call is not a meeting
    if a.place and b.place and a.place != b.place and not (a.date and a.date == b.date):
        return False
    # the wider window first (the one a match on two persons gets): it excludes most pairs, and costs less
    # than comparing people
    if not _overlap(event_interval(a), event_interval(b)):
        return False
    strong, shared = _shared_persons(a.persons, b.persons, person_names(a, b))
    if not strong:
        return False
    if shared < 2 and shared < min(len(a.persons), len(b.persons)):
        return summit_day(a, b)
    alone = shared < 2  # one person's visit inside another's meeting: the news of it, not any meeting that year
    return not alone or _overlap(event_interval(a, alone=True), event_interval(b, alone=True)) or news_week(a, b)


def summit_day(a: EventMention, b: EventMention) -> bool:
    """*summit-day*: a summit and a meeting that share one person for sure, fixed on the same day in the same place,
    the meeting's states all among the summit's, are one encounter whose other leaders one report missed (Sisi with
    Bin Zayed, and Sisi with King Hamad, at the Abu Dhabi summit). Two bilaterals of one leader on a summit's day
    stay apart: neither is a summit, and their states differ."""
    if "summit" not in (a.kind, b.kind) or not (a.date and a.date == b.date and a.place and a.place == b.place):
        return False
    summit, other = (a, b) if a.kind == "summit" else (b, a)
    return bool(other.countries) and other.countries <= summit.countries


def news_week(a: EventMention, b: EventMention) -> bool:
    """*news-week*: one person's dated trip and an undated meeting of theirs, between the same two or more states, in
    reports published within REPORTED_ALONE of each other: both report one late press release (a visit of the 9th
    told on the 29th and, undated, on the 30th). The dated event still falls in the undated one's wide window."""
    dated, undated = (a, b) if a.date else (b, a)
    if not dated.date or undated.date or a.expected or b.expected or len(a.countries) < 2 or a.countries != b.countries:
        return False
    pa, pb = a.doc.published, b.doc.published
    return bool(pa and pb) and abs(pa - pb) <= REPORTED_ALONE


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


def block_keys(m: EventMention | AgreementMention) -> set:
    """Keys two compatible mentions always share (events_compatible and agreements_compatible, copies included,
    imply it): an event's kind group with a given or family name of one of its persons; an agreement's parties."""
    if isinstance(m, EventMention):
        return {(m.group, n) for p in m.persons for n in block_names(p)} or {(m.group, None)}
    return {m.parties}


WINDOW_DAYS = 16  # window keys name 16-day periods


def window_keys(m: EventMention | AgreementMention) -> set:
    """``block_keys`` refined by time, for mentions that have a window: each block key with each 16-day period the
    mention's widest window touches (compatible mentions' windows overlap, so they share a period), and one key
    shared by the copies of one report saying the same thing (compatible whatever their windows)."""
    interval = event_interval(m) if isinstance(m, EventMention) else agreement_interval(m)
    assert interval is not None, "window_keys is for mentions with a window (cluster_keys)"
    periods = range(interval[0].toordinal() // WINDOW_DAYS, interval[1].toordinal() // WINDOW_DAYS + 1)
    return {(k, p) for k in block_keys(m) for p in periods} | {("copy", m.doc.report, _signature(m))}


def cluster_keys(mentions: Sequence[EventMention | AgreementMention]) -> Callable:
    """The keys to cluster a batch by: ``window_keys`` when every mention has a window (a batch of a busy
    person's or a busy pair of countries' mentions across a year then compares each only with its own months),
    else ``block_keys`` (a mention without a window may be one event with any other of its block)."""
    def has_window(m: EventMention | AgreementMention) -> bool:
        return (event_interval(m) if isinstance(m, EventMention) else agreement_interval(m)) is not None

    return window_keys if all(has_window(m) for m in mentions) else block_keys


def cluster(mentions: Sequence[M], compatible: Callable[[M, M], bool],
            keys: Callable[[M], set] | None = None) -> list[list[M]]:
    """Greedy complete-link: each mention joins the first cluster all of whose members it fits, else starts one.

    With ``keys`` (a necessary condition of ``compatible``: compatible mentions share a key), a mention is tried
    only against the clusters whose first member shares one of its keys, still in creation order: the same
    clusters as trying them all, without the quadratic cost of a batch of thousands of mentions."""
    clusters: list[list[M]] = []
    by_key: dict[object, list[int]] = {}
    for m in sorted(mentions, key=_weight):
        if keys is None:
            own: set = set()
            candidates: Iterable[int] = range(len(clusters))
        else:
            own = keys(m)
            candidates = sorted({i for k in own for i in by_key.get(k, ())})
        for i in candidates:
            if all(compatible(m, other) for other in clusters[i]):
                clusters[i].append(m)
                break
        else:
            clusters.append([m])
            for k in own:
                by_key.setdefault(k, []).append(len(clusters) - 1)
    return clusters
