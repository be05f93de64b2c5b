"""Meetings, visits, talks and calls: participants, place, date against the publication day, modality."""

from __future__ import annotations

import datetime as dt


def _names(x, event):
    by_key = {p.key: p.name for p in x.persons}
    return sorted(by_key[k] for k in event.participants)


def test_meeting_with_named_participants_city_and_weekday(extract):
    # Published Thursday 12 March 2026: "on Saturday" is 7 March.
    x, _ = extract("Interior Minister Karim Haddad held talks with his Spanish counterpart Lucia Moreno in Madrid on "
                   "Saturday, the ministry said.")
    assert len(x.events) == 1
    e = x.events[0]
    assert e.kind == "talks" and _names(x, e) == ["Karim Haddad", "Lucia Moreno"]
    assert e.place.name == "Madrid" and e.place.country == "ES"
    assert e.date == dt.date(2026, 3, 7) and e.modality == "asserted"


def test_planned_visit_is_expected_and_undated(extract):
    x, _ = extract("Foreign Minister Ana Lopez is expected to travel to Tokyo next month.")
    e = x.events[0]
    assert e.kind == "visit" and e.modality == "expected"
    assert e.place.name == "Tokyo" and e.date is None and e.date_text == "next month"


def test_vague_time_leaves_the_date_empty(extract):
    x, _ = extract("Prime Minister Tom Hughes met President Claire Dubois last week in Paris.")
    assert x.events[0].date is None and x.events[0].place.name == "Paris"


def test_visit_and_meeting_during_it_are_one_event(extract):
    x, _ = extract("Defence Minister Arjun Mehta began a two-day visit to Canberra. "
                   "During the visit, Mehta met Defence Minister Grace Walsh of Australia on 10 March 2026.")
    assert len(x.events) == 1
    e = x.events[0]
    assert e.kind == "meeting" and _names(x, e) == ["Arjun Mehta", "Grace Walsh"]
    assert e.place.name == "Canberra" and e.date == dt.date(2026, 3, 10)


def test_separate_meetings_with_different_people_stay_apart(extract):
    x, _ = extract("Envoy Sara Klein met Foreign Minister Omar Nasser. "
                   "Later, Klein also met Interior Minister Yusuf Demir.")
    assert sorted(len(e.participants) for e in x.events) == [2, 2]
    assert len(x.events) == 2


def test_meeting_without_named_people_is_not_an_event(extract):
    x, _ = extract("Officials from both countries met in Geneva on Monday.")
    assert x.events == []


def test_dash_dateline_date_is_not_the_meeting_date(extract):
    # Published Thursday 12 March 2026; the dateline's "March 11" is the filing date, "on Monday" the call.
    x, _ = extract("ROME, March 11 (Reuters) - Italian Foreign Minister Marco Bianchi spoke by phone with Greek "
                   "Foreign Minister Eleni Pappas on Monday, the ministry said.")
    e = x.events[0]
    assert e.kind == "call" and e.date == dt.date(2026, 3, 9)


def test_relative_clause_keeps_its_subject(extract):
    x, _ = extract("Foreign Minister Ana Lopez, who visited Lima last month, met Interior Minister Jorge Salas on "
                   "10 March 2026 in Lima.")
    assert len(x.events) == 1
    assert _names(x, x.events[0]) == ["Ana Lopez", "Jorge Salas"]


def test_the_two_leaders_are_the_last_two_people_named(extract):
    x, _ = extract("Prime Minister Tom Hughes and President Claire Dubois agreed to cooperate. "
                   "The two leaders met in Paris.")
    assert _names(x, x.events[0]) == ["Claire Dubois", "Tom Hughes"]
    assert x.events[0].place.name == "Paris"


def test_a_speaker_is_not_a_participant_of_what_they_announce(extract):
    x, _ = extract("Secretary-General Lena Ortiz said the council would meet on Friday.")
    assert x.events == []


def test_planned_dates_lie_ahead_of_publication(extract):
    # Published Thursday 12 March 2026: a planned "Saturday" is 14 March, not 7 March.
    x, _ = extract("Foreign Minister Ana Lopez is expected to meet Interior Minister Jorge Salas on Saturday in Lima.")
    e = x.events[0]
    assert e.modality == "expected" and e.date == dt.date(2026, 3, 14)
