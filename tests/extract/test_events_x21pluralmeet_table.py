"""kg/extract/participants/ rules "split-<cue>" (x21pluralmeet, table SPLIT_CUES), applied in events._separate: wording
that says a visitor held several meetings ("held meetings with A, B and C", "held separate meetings with", "met
separately with", "a series of meetings with", "met individually with", "met respectively with", "talks each with")
gives one meeting per host with the visitor, each with the sentence's place and date. Twins: the singular ("a meeting
with A and B", "held talks with A and B", "met A and B") keeps one meeting of all (the corpus's convention); a cue
before the subject ("Separately, X met A and B") says "in other news"."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_support import participants

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday
HOSTS = "with Australian Defence Minister Richard Marles and Foreign Minister Penny Wong in Canberra on Monday."
SUBJECT = "Indian Defence Minister Rajnath Singh"

# (why, text, rule suffix of each of the two meetings)
SPLIT_ROWS = [
    ("plural-meetings", f"{SUBJECT} held meetings {HOSTS}", "meeting-noun-split-plural-meetings"),
    ("bilateral-meetings", f"{SUBJECT} held bilateral meetings {HOSTS}", "meeting-noun-split-plural-meetings"),
    ("separate-meetings", f"{SUBJECT} held separate meetings {HOSTS}", "meeting-noun-split-separately"),
    ("separate-talks", f"{SUBJECT} held separate talks {HOSTS}", "talks-noun-split-separately"),
    ("met-separately", f"{SUBJECT} met separately {HOSTS}", "meet-verb-split-separately"),
    ("also-met-separately", f"{SUBJECT} also met separately {HOSTS}", "meet-verb-split-separately"),
    ("series-of", f"{SUBJECT} had a series of meetings {HOSTS}", "meeting-noun-split-series-of"),
    ("individually", f"{SUBJECT} met individually {HOSTS}", "meet-verb-split-individually"),
    ("respectively", f"{SUBJECT} has met respectively {HOSTS}", "meet-verb-split-respectively"),
    ("respectively-after-list", f"{SUBJECT} met Australian Defence Minister Richard Marles and Foreign Minister Penny "
     "Wong respectively in Canberra on Monday.", "meet-verb-split-respectively"),
    ("talks-each-with", f"{SUBJECT} said after hours of talks each {HOSTS}", "talks-noun-split-each-with-list"),
    ("scare-quoted", f"{SUBJECT} said that he would hold “urgent meetings” {HOSTS}",
     "meeting-noun-split-plural-meetings"),
]


@pytest.mark.parametrize("why,text,rule", SPLIT_ROWS, ids=[r[0] for r in SPLIT_ROWS])
def test_one_meeting_per_host(extract, why, text, rule):
    x, _ = extract(text, published=PUBLISHED)
    got = sorted((participants(x, e), e.place.name if e.place else None, str(e.date), e.support.rule)
                 for e in x.events)
    assert got == [(["Penny Wong", "Rajnath Singh"], "Canberra", "2026-03-09", f"meeting/{rule}"),
                   (["Rajnath Singh", "Richard Marles"], "Canberra", "2026-03-09", f"meeting/{rule}")], got


# The brief's shape: a visitor's post and a list of three hosts, the place from the visit of the sentence before.
def test_three_hosts_take_the_visit_place(extract):
    x, _ = extract("Rwanda's Chief of Defence Staff General Mubarakh Muganga arrived in Kinshasa on Monday. During his "
                   "visit, General Muganga held meetings with President Felix Tshisekedi, Defence Minister Guy Kabombo "
                   "and Prime Minister Judith Suminwa.", published=PUBLISHED)
    got = sorted((participants(x, e), e.place.name if e.place else None) for e in x.events)
    assert got == [(["Felix Tshisekedi", "Mubarakh Muganga"], "Kinshasa"),
                   (["Guy Kabombo", "Mubarakh Muganga"], "Kinshasa"),
                   (["Judith Suminwa", "Mubarakh Muganga"], "Kinshasa")], got


# A later sentence about one host's meeting tells more of that meeting: it folds into it (and dates it).
def test_later_sentence_joins_its_host_meeting(extract):
    x, _ = extract("Chinese General Zhang Youxia has met respectively with Russian Defense Minister Sergei Shoigu and "
                   "Serbian Defence Minister Aleksandar Vulin in Beijing. While meeting with Shoigu on Monday, Zhang "
                   "called for deeper military ties.", published=PUBLISHED)
    got = sorted((participants(x, e), str(e.date)) for e in x.events)
    assert got == [(["Aleksandar Vulin", "Zhang Youxia"], "None"), (["Sergei Shoigu", "Zhang Youxia"], "2026-03-09")], got


# Twins: one meeting of all.
ONE_ROWS = [
    ("a-meeting-with", f"{SUBJECT} held a meeting {HOSTS}"),
    ("held-talks-with", f"{SUBJECT} held talks {HOSTS}"),
    ("met-with", f"{SUBJECT} met {HOSTS}"),
    ("separately-opening", f"Separately, {SUBJECT} met {HOSTS}"),
    ("a-separate-meeting", f"{SUBJECT} held a separate meeting {HOSTS}"),
]


@pytest.mark.parametrize("why,text", ONE_ROWS, ids=[r[0] for r in ONE_ROWS])
def test_singular_keeps_one_meeting(extract, why, text):
    x, _ = extract(text, published=PUBLISHED)
    assert [participants(x, e) for e in x.events] == [["Penny Wong", "Rajnath Singh", "Richard Marles"]], \
        [(participants(x, e), e.support.rule) for e in x.events]


# Veto "split-hosts-alone": the cue says each host met someone the report leaves unnamed; not one another.
def test_hosts_alone_are_no_meeting(extract):
    x, _ = extract("Borrell said after hours of talks each with Kosovo Prime Minister Albin Kurti and Serbian President "
                   "Aleksandar Vucic.", published=PUBLISHED)
    assert [participants(x, e) for e in x.events] == [], [(participants(x, e), e.support.rule) for e in x.events]


@pytest.mark.parametrize("window,cue", [
    (" held meetings with ", "plural-meetings"),
    (" held meetings on Monday with ", "plural-meetings"),
    (" held separate talks with ", "separately"),
    (" separately met ", "separately"),
    (" had a series of high-level meetings with ", "series-of"),
    (" met individually with ", "individually"),
    (" talks each with ", "each-with-list"),
    (" held a meeting with ", None),
    (" held talks with ", None),
    (" held a separate meeting with ", None),
    (" the meetings between ", None),
])
def test_split_cue_rows(window, cue):
    from kg.extract.participants import SPLIT_CUES
    found = next((name for name, pattern in SPLIT_CUES if pattern.search(window)), None)
    assert found == cue
