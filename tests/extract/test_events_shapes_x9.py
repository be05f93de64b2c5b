"""Meeting shapes of round x9 (kg/extract/events.py, event_triggers.py, participants.py): (text, expected event)."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday


def _row(x, e):
    names = {p.key: p.name for p in x.persons}
    return e.kind, sorted(names.get(k, k) for k in e.participants), e.date, e.place.name if e.place else None


# (rule prefix, text, kind, participants, date, place): one event the text must produce.
ROWS = [
    # a visit verb whose object is a person: the person visited takes part
    ("meeting/visit", "Kenyan President John Otieno visited his Ugandan counterpart, Grace Akello, in Kampala on "
     "Tuesday.", "visit", ["Grace Akello", "John Otieno"], dt.date(2026, 3, 10), "Kampala"),
    # a discussion held by phone is a call; a discussion held is talks
    ("meeting/discussion-by-phone", "Guyanese Foreign Minister Hugh Baptiste and Venezuelan Foreign Minister Luis "
     "Pinto held a discussion via telephone on Monday.", "call", ["Hugh Baptiste", "Luis Pinto"], dt.date(2026, 3, 9),
     None),
    ("meeting/held-talks", "Moroccan Interior Minister Karim Alaoui held a thorough exchange of views with Spanish "
     "Interior Minister Pedro Ruiz in Rabat.", "talks", ["Karim Alaoui", "Pedro Ruiz"], None, "Rabat"),
    # a clause opening on "He" whose light verb holds the occasion: the sentence's subject held it
    ("meeting/talks-noun", "US Secretary of State John Carter welcomed the ceasefire. He also discussed regional "
     "stability in separate conversations with German Chancellor Karl Vogt.", "talks", ["John Carter", "Karl Vogt"],
     None, None),
    # "was also present" joins the occasion just reported
    ("meeting/", "Pakistani Foreign Minister Sara Malik held talks with Afghan Foreign Minister Amir Sadiq in Kabul on "
     "Tuesday. Pakistani envoy Omar Rashid was also present.", "talks", ["Amir Sadiq", "Omar Rashid", "Sara Malik"],
     dt.date(2026, 3, 10), "Kabul"),
    # a stay for the meeting it names places that meeting
    ("meeting/", "Australian Defence Minister Tom Reid, who is in Manila for a ministerial meeting, said at a joint "
     "news conference with Philippine Defence Secretary Jose Cruz that the pact would help.", "meeting",
     ["Jose Cruz", "Tom Reid"], None, "Manila"),
    ("meeting/visit", "Indian Foreign Minister Ravi Nair arrived in Tokyo on Wednesday and visited Japanese Prime "
     "Minister Yuko Mori.", "visit", ["Ravi Nair", "Yuko Mori"], dt.date(2026, 3, 11), "Tokyo"),
]


@pytest.mark.parametrize("rule,text,kind,people,date,place", ROWS, ids=[r[1][:40] for r in ROWS])
def test_shape_row(extract, rule, text, kind, people, date, place):
    x, _ = extract(text, published=PUBLISHED)
    got = [(_row(x, e), e.support.rule) for e in x.events]
    assert any(row == (kind, people, date, place) and r.startswith(rule) for row, r in got), got


def test_an_occasion_named_in_a_before_opening_is_another_occasion(extract):
    # "Before the meeting with A, B visited C": B's call on C is not the meeting with A
    x, _ = extract("Japanese Defence Minister Kenji Sato and his British counterpart, John Carter, agreed on Thursday "
                   "to deepen cooperation in space. Before the meeting with Sato, Carter visited Japanese Prime "
                   "Minister Yuko Mori.", published=PUBLISHED)
    rows = [_row(x, e)[1] for e in x.events]
    assert ["John Carter", "Yuko Mori"] in rows and all("Kenji Sato" not in r or "Yuko Mori" not in r for r in rows), rows


def test_their_occasion_is_held_by_the_pair_the_last_sentence_opened_on(extract):
    x, _ = extract("Japanese Defence Minister Kenji Sato and his British counterpart, John Carter, agreed on Thursday "
                   "to deepen cooperation in space. During their meeting at the Defence Ministry in Tokyo, the defence "
                   "chiefs also agreed to boost technical cooperation.", published=PUBLISHED)
    assert [("meeting", ["John Carter", "Kenji Sato"], dt.date(2026, 3, 12), "Tokyo")] == [_row(x, e) for e in x.events]


def test_a_with_phrase_that_ends_before_a_speaker_gives_no_participant(extract):
    # "The talks between the Special Envoys have helped ..., spokeswoman X told": X only speaks about the talks
    x, _ = extract("The talks between the special envoys on the border question have played a constructive role, "
                   "Chinese Foreign Ministry spokeswoman Li Hua told a briefing.", published=PUBLISHED)
    assert not x.events, [_row(x, e) for e in x.events]


def test_delegation_heads_named_further_on_in_the_paragraph_held_the_occasion(extract):
    # a head of delegation in apposition ("The leader of the Kenyan delegation, A,") and one named by "was led by",
    # both beyond the next three sentences but in the paragraph that reports the meeting
    x, _ = extract("Kenyan and Ugandan ministers ended a two-day meeting in Nairobi. The delegations agreed to share "
                   "intelligence. They did not elaborate. Both sides spoke of cattle raids. They agreed on a joint "
                   "disarmament drive. The leader of the Kenyan delegation, Dr John Otieno, who is in charge of "
                   "internal security, said the border was awash with guns. The Ugandan delegation was led by Grace "
                   "Akello, the Minister for Internal Affairs.", published=PUBLISHED)
    assert ("meeting", ["Grace Akello", "John Otieno"], None, "Nairobi") in [_row(x, e) for e in x.events]


def test_a_dateline_on_a_line_of_its_own_leaves_the_lead_to_date_the_meeting(extract):
    x, _ = extract("OSAKA\n\nIndian Defence Minister Arjun Mehta on Tuesday toured a Japanese destroyer.\n\nJapanese Defence "
                   "Minister Kenji Sato hosted Mehta aboard the ship.", published=PUBLISHED)
    assert [("meeting", ["Arjun Mehta", "Kenji Sato"], dt.date(2026, 3, 10))] == [_row(x, e)[:3] for e in x.events]


# A journey's day ("arrived on Monday", "a visit beginning on Sunday") does not date the talks held during the visit.
JOURNEY_ROWS = [
    ("India and the Philippines announced an upgraded partnership on Wednesday after talks between Indian Prime "
     "Minister Ravi Nair and Philippine President Jose Cruz. Cruz arrived in New Delhi on Monday for a five-day "
     "visit.", ["Jose Cruz", "Ravi Nair"], dt.date(2026, 3, 11)),
    ("Malian President Amadou Traore met Russian President Ivan Petrov on Wednesday during a five-day visit to Moscow, "
     "beginning on Sunday.", ["Amadou Traore", "Ivan Petrov"], dt.date(2026, 3, 11)),
]


@pytest.mark.parametrize("text,people,date", JOURNEY_ROWS, ids=[r[0][:40] for r in JOURNEY_ROWS])
def test_a_journeys_day_does_not_date_the_talks(extract, text, people, date):
    x, _ = extract(text, published=PUBLISHED)
    rows = [_row(x, e) for e in x.events if e.kind != "visit" or len(e.participants) > 1]
    assert any(r[1] == people and r[2] == date for r in rows), rows
