"""kg/extract/frames.post_group and events rule "<trigger>-post-group": an occasion whose holders the report names only
as a group by their shared post ("the Kenyan and Ugandan interior ministers", "Defence ministers from five countries")
is held by the people the report names elsewhere with that post, one per state; a month ("in December") other than a
dated occasion's keeps the two apart. A bare "the ministers" names no post and resolves to nobody."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday

ROWS = [
    # (why, text, expected participant sets (each a frozenset of names), rule suffix expected on one of them)
    ("demonym-pair-post-month-apart",
     "NAIROBI - Kenyan Interior Minister John Otieno held talks in Nairobi on Tuesday with Ugandan Interior "
     "Minister Grace Akello. Patrols along the border will double, officials said. In their meeting in Kampala in "
     "December, the Kenyan and Ugandan interior ministers discussed cattle raids along the frontier.",
     [{"John Otieno", "Grace Akello"}, {"John Otieno", "Grace Akello"}], "post-group"),
    ("counted-group-lead",
     "Defence ministers from four Nordic countries on Tuesday pledged closer air defence cooperation, following "
     "talks in Oslo. The ministers said drones were a growing threat. Norwegian Defence Minister Ola Hansen said "
     "the region had to act together. Swedish Defence Minister Karin Berg said her country would buy more radars.",
     [{"Ola Hansen", "Karin Berg"}], "post-group"),
]


def _names(x, e):
    names = {p.key: p.name for p in x.persons}
    return {names.get(k, k) for k in e.participants}


@pytest.mark.parametrize("why,text,expected,rule", ROWS, ids=[r[0] for r in ROWS])
def test_post_group_holders(extract, why, text, expected, rule):
    x, _ = extract(text, published=PUBLISHED)
    got = [(_names(x, e), e.support.rule) for e in x.events]
    assert sorted(map(sorted, (g for g, _ in got))) == sorted(map(sorted, expected)), got
    assert any(r.endswith(rule) for _, r in got), got


@pytest.mark.parametrize("text", [
    # the post is held in one state only
    "The two foreign ministers met in Oslo on Tuesday to discuss the Arctic. Norwegian Foreign Minister Ola Hansen "
    "said the region had to act together.",
])
def test_no_group_without_a_post_held_in_two_states(extract, text):
    x, _ = extract(text, published=PUBLISHED)
    assert not any(len(e.participants) > 1 for e in x.events), [(_names(x, e), e.support.rule) for e in x.events]


def test_group_already_reported_by_name_adds_nothing(extract):
    x, _ = extract("Norwegian Foreign Minister Ola Hansen met Swedish Foreign Minister Karin Berg in Oslo on Tuesday. "
                   "The two foreign ministers also discussed Arctic patrols at the meeting.", published=PUBLISHED)
    assert len(x.events) == 1, [(_names(x, e), e.support.rule) for e in x.events]



@pytest.mark.parametrize("phrase,post", [
    ("In their meeting in December, the Iranian and Omani foreign ministers discussed", "foreign ministers"),
    ("Defence ministers from five European countries pledged", "Defence ministers"),
    ("the foreign ministers of India and Japan met", "foreign ministers"),
    ("the two chief diplomats discussed", "chief diplomats"),
])
def test_group_phrases(phrase, post):
    from kg.extract import frames
    m = frames.POST_GROUP.search(phrase)
    assert m and m.group("post") == post
