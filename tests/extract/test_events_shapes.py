"""Meeting shapes of rounds x8 and x9 (kg/extract/events/, event_triggers.py, participants.py, places.py, dates.py):
(sentence, expected)."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday


def _row(x, e):
    names = {p.key: p.name for p in x.persons}
    return e.kind, sorted(names.get(k, k) for k in e.participants), e.date, e.place.name if e.place else None


# (rule prefix, text, kind, participants, date, place, modality)
ROWS = [
    # an occasion's proper name after a light verb, its counterpart next
    ("meeting/held-named-occasion", "On March 10, Minister Kenji Sato held a Defense Ministerial Meeting with British "
     "Defence Secretary John Carter in London.", "talks", ["John Carter", "Kenji Sato"], dt.date(2026, 3, 10), "London",
     "asserted"),
    ("meeting/held-named-occasion", "Chilean Foreign Minister Rosa Vidal co-chaired the Joint Border Commission Meeting "
     "with Peruvian Foreign Minister Hugo Quispe in Lima.", "talks", ["Hugo Quispe", "Rosa Vidal"], None, "Lima",
     "asserted"),
    # a planned occasion's people in a passive agent phrase (x23attended: the row "attended-by" names it, no occasion
    # being reported before)
    ("meeting/attended-by-expected", "The ministerial meeting will be attended by Greek Foreign Minister Eleni Pappas "
     "and Italian Foreign Minister Marco Bianchi.", "meeting", ["Eleni Pappas", "Marco Bianchi"], None, None, "expected"),
    ("meeting/talks-noun", "The talks were co-chaired by Kenyan Interior Minister John Otieno and Ugandan Interior "
     "Minister Grace Akello.", "talks", ["Grace Akello", "John Otieno"], None, None, "asserted"),
    # a document "was signed between" two named people
    ("meeting/", "The statement was signed between Polish Defence Minister Tomasz Nowak and his German counterpart Karl "
     "Vogt in Berlin on Tuesday.", "meeting", ["Karl Vogt", "Tomasz Nowak"], dt.date(2026, 3, 10), "Berlin", "asserted"),
]


@pytest.mark.parametrize("rule,text,kind,people,date,place,modality", ROWS, ids=[r[1][:40] for r in ROWS])
def test_shape_row(extract, rule, text, kind, people, date, place, modality):
    x, _ = extract(text, published=PUBLISHED)
    got = [(_row(x, e), e.modality, e.support.rule) for e in x.events]
    assert any(row == (kind, people, date, place) and m == modality and r.startswith(rule) for row, m, r in got), got


GERUND_ROWS = [
    # "A and B, after meeting at the ministry on Tuesday, issued ...": the participle clause's subject is the sentence's
    ("Polish Defence Minister Tomasz Nowak and German Defence Minister Karl Vogt, after meeting at the defence ministry "
     "on Tuesday, issued a joint statement.", ["Karl Vogt", "Tomasz Nowak"], dt.date(2026, 3, 10), None),
    ("Kenyan President John Otieno, after meeting Ugandan President Grace Akello in Kampala on Tuesday, said the "
     "border would reopen.", ["Grace Akello", "John Otieno"], dt.date(2026, 3, 10), "Kampala"),
]


@pytest.mark.parametrize("text,people,date,place", GERUND_ROWS, ids=[r[0][:40] for r in GERUND_ROWS])
def test_meeting_gerund(extract, text, people, date, place):
    x, _ = extract(text, published=PUBLISHED)
    got = [(_row(x, e), e.support.rule) for e in x.events]
    assert any(row[1:] == (people, date, place) and r == "meeting/meeting-gerund" for row, r in got), got


def test_an_occasion_recalled_from_last_year_stays_apart(extract):
    # today's meeting keeps its own place; the one the report recalls is another event
    x, _ = extract("Egyptian President Omar Fathy received Sudanese President Ali Osman in Cairo on Tuesday. "
                   "Last year, Fathy and Osman met when Osman visited Alexandria.", published=PUBLISHED)
    rows = sorted((_row(x, e) for e in x.events if len(e.participants) > 1), key=lambda r: str(r[2]))
    assert ("meeting", ["Ali Osman", "Omar Fathy"], dt.date(2026, 3, 10), "Cairo") in rows, rows
    assert len(rows) == 2, rows


def test_delegation_heads_named_apart_hold_the_occasion(extract):
    x, _ = extract("Chilean and Peruvian officials held a meeting in Lima on Tuesday. The Chilean delegation to the "
                   "talks held in Lima was led by Foreign Minister Rosa Vidal while Peruvian Vice Minister Hugo Quispe "
                   "was the head of the party from Peru.", published=PUBLISHED)
    assert [_row(x, e) for e in x.events] == [("talks", ["Hugo Quispe", "Rosa Vidal"], dt.date(2026, 3, 10), "Lima")]


def test_a_town_placed_by_its_province_and_state(extract):
    from kg.extract import places
    assert places.city(" held in Kaili, Central Sulawesi, Indonesia on Friday") == "Kaili"


def test_the_meetings_with_a_list_are_the_hosts_series(extract):
    x, _ = extract("Greek Foreign Minister Eleni Pappas held separate meetings with her counterparts from the region in "
                   "Athens. The meetings with Bulgarian Foreign Minister Ivan Petrov and Romanian Foreign Minister Dan "
                   "Popescu took place on Tuesday. She also met Serbian Foreign Minister Marko Ilic.", published=PUBLISHED)
    rows = [_row(x, e) for e in x.events if len(e.participants) > 1]
    assert ("meeting", ["Eleni Pappas", "Ivan Petrov"], dt.date(2026, 3, 10), "Athens") in rows, rows
    assert ("meeting", ["Dan Popescu", "Eleni Pappas"], dt.date(2026, 3, 10), "Athens") in rows, rows
    assert any(r[1] == ["Eleni Pappas", "Marko Ilic"] and r[3] == "Athens" for r in rows), rows


def test_plural_counterparts_of_unnamed_states_are_not_guessed(extract):
    x, _ = extract("Greek Foreign Minister Eleni Pappas met her counterparts from Balkan countries in Athens. "
                   "Bulgarian Foreign Minister Ivan Petrov praised the talks.", published=PUBLISHED)
    assert not [e for e in x.events if len(e.participants) > 1 and e.support.rule == "meeting/meet-verb"]


CLAUSE_ROWS = [
    # the clause's subject held the talks it ends on (indefinite: "after the talks" points back)
    ("NAIROBI, March 10 (Reuters) - Kenyan President John Otieno and Ugandan President Grace Akello agreed on Tuesday "
     "to reopen the border after talks.", ("talks", ["Grace Akello", "John Otieno"], dt.date(2026, 3, 10), "Nairobi")),
    ("Egyptian Foreign Minister Omar Fathy and Sudanese Foreign Minister Ali Osman signed the accord in Cairo after "
     "talks that ran late into the night.", ("talks", ["Ali Osman", "Omar Fathy"], None, "Cairo")),
    # the subject after an opening "In a meeting with A ..., B ..."
    ("In a meeting with Indian Prime Minister Vikram Sethi on Monday, Nepali Prime Minister Ram Thapa raised the border "
     "issue.", ("meeting", ["Ram Thapa", "Vikram Sethi"], dt.date(2026, 3, 9), None)),
    # "co-chaired the meeting": a light verb
    ("Kenyan Defence Secretary John Otieno and Ugandan Defence Minister Grace Akello co-chaired the meeting in Nairobi "
     "on Monday.", ("meeting", ["Grace Akello", "John Otieno"], dt.date(2026, 3, 9), "Nairobi")),
]


@pytest.mark.parametrize("text,expected", CLAUSE_ROWS, ids=[r[0][:40] for r in CLAUSE_ROWS])
def test_clause_subject_holds_the_occasion(extract, text, expected):
    x, _ = extract(text, published=PUBLISHED)
    assert expected in [_row(x, e) for e in x.events], [_row(x, e) for e in x.events]


def test_after_the_talks_points_back(extract):
    x, _ = extract("Dutch Defence Minister Anna de Vries and her Belgian counterpart Luc Peeters signed the treaty. "
                   "Dutch Prime Minister Jan Bakker and Belgian Prime Minister Marc Dubois both stressed after the talks "
                   "the need for cooperation.", published=PUBLISHED)
    assert not any(set(_row(x, e)[1]) == {"Jan Bakker", "Marc Dubois"} for e in x.events)


def test_lone_holder_noun_is_no_meeting(extract):
    x, _ = extract("Chinese Foreign Ministry spokeswoman Li Hua said the talks would help stability.", published=PUBLISHED)
    assert not x.events
    x, _ = extract("Chinese Foreign Minister Li Hua held talks in Hanoi on Tuesday.", published=PUBLISHED)
    assert [_row(x, e) for e in x.events] == [("talks", ["Li Hua"], dt.date(2026, 3, 10), "Hanoi")]


def test_a_long_occasion_name_after_a_light_verb(extract):
    x, _ = extract("KUALA LUMPUR: Malaysian Defence Minister Aziz Rahman and Indonesian Defence Minister Budi Santoso "
                   "chaired the 42nd General Border Committee meeting at the ministry here on Tuesday.",
                   published=PUBLISHED)
    assert ("meeting", ["Aziz Rahman", "Budi Santoso"], dt.date(2026, 3, 10), "Kuala Lumpur") in [
        _row(x, e) for e in x.events], [_row(x, e) for e in x.events]


NEWS_ROWS = [
    ("Kenyan President John Otieno will pay a state visit to Uganda next week at the invitation of President Grace "
     "Akello.", ("visit", ["Grace Akello", "John Otieno"]), "expected"),
    ("Kenyan President John Otieno, during talks with Ugandan President Grace Akello on Wednesday, raised the border "
     "issue.", ("talks", ["Grace Akello", "John Otieno"]), "asserted"),
    ("Kenyan Foreign Minister John Otieno received a phone call from Ugandan Foreign Minister Grace Akello on "
     "Wednesday.", ("call", ["Grace Akello", "John Otieno"]), "asserted"),
    ("Kenyan Foreign Minister John Otieno and Ugandan Foreign Minister Grace Akello held a joint press conference in "
     "Nairobi on Wednesday.", ("meeting", ["Grace Akello", "John Otieno"]), "asserted"),
]


@pytest.mark.parametrize("text,expected,modality", NEWS_ROWS, ids=[r[0][:40] for r in NEWS_ROWS])
def test_news_shapes(extract, text, expected, modality):
    x, _ = extract("---\ntitle: t\npublished: 2026-03-12\n---\n" + text, published=PUBLISHED)
    got = [(_row(x, e)[:2], e.modality) for e in x.events]
    assert (expected, modality) in got, got


def test_a_joint_press_conference_alone_is_no_meeting(extract):
    x, _ = extract("---\ntitle: t\npublished: 2026-03-12\n---\nKenyan Foreign Minister John Otieno held a joint press "
                   "conference in Nairobi on Wednesday.", published=PUBLISHED)
    assert not [e for e in x.events if e.support.rule.startswith("meeting/joint-conference")]


# Round x9.
# (rule prefix, text, kind, participants, date, place): one event the text must produce.
ROWS_X9 = [
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


@pytest.mark.parametrize("rule,text,kind,people,date,place", ROWS_X9, ids=[r[1][:40] for r in ROWS_X9])
def test_shape_row_x9(extract, rule, text, kind, people, date, place):
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
