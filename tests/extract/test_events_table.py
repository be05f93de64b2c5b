"""One row per meeting trigger and per veto of kg/extract/event_triggers.py and events.py: (sentence, expected)."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday

# (trigger name, text, kind, participants, date, place): the event the trigger must produce, with its kg:rule.
TRIGGER_ROWS = [
    ("phone-call", "Greek Foreign Minister Eleni Pappas held a phone call with Italian Foreign Minister Marco Bianchi "
     "on Monday.", "call", ["Eleni Pappas", "Marco Bianchi"], dt.date(2026, 3, 9), None),
    ("call-noun", "The talks followed a call on Tuesday between Chilean President Rosa Vidal and her Peruvian "
     "counterpart Hugo Quispe.", "call", ["Hugo Quispe", "Rosa Vidal"], dt.date(2026, 3, 10), None),
    ("spoke-by-phone", "Danish Prime Minister Lars Holm spoke by phone with Estonian Prime Minister Kaja Tamm.",
     "call", ["Kaja Tamm", "Lars Holm"], None, None),
    ("held-talks", "Kenyan Interior Minister John Otieno held talks with Ugandan Trade Minister Grace Akello in "
     "Nairobi on Wednesday.", "talks", ["Grace Akello", "John Otieno"], dt.date(2026, 3, 11), "Nairobi"),
    ("talks-noun", "The talks between Moroccan Interior Minister Karim Alaoui and Spanish Interior Minister Pedro "
     "Ruiz lasted two hours.", "talks", ["Karim Alaoui", "Pedro Ruiz"], None, None),
    ("meet-verb", "Polish Defence Minister Tomasz Nowak met German Defence Minister Karl Vogt in Berlin.",
     "meeting", ["Karl Vogt", "Tomasz Nowak"], None, "Berlin"),
    ("meeting-noun", "Brazilian Justice Minister Ana Costa and Paraguayan Interior Minister Luis Vera attended a "
     "meeting in Asuncion.", "meeting", ["Ana Costa", "Luis Vera"], None, "Asuncion"),
    ("receive-verb", "Egyptian President Omar Fathy received his Sudanese counterpart Ali Osman in Cairo.",
     "meeting", ["Ali Osman", "Omar Fathy"], None, "Cairo"),
    ("host-verb", "Japanese Prime Minister Kenji Sato hosted Philippine President Maria Santos in Tokyo.",
     "meeting", ["Kenji Sato", "Maria Santos"], None, "Tokyo"),
    ("call-on", "Indian Foreign Secretary Vikram Rao called on Bangladeshi Prime Minister Salma Haque in Dhaka.",
     "meeting", ["Salma Haque", "Vikram Rao"], None, "Dhaka"),
    ("chaired-by", "The session was chaired by Turkish Deputy Foreign Minister Emre Kaya and Swedish State "
     "Secretary Lars Berg.", "meeting", ["Emre Kaya", "Lars Berg"], None, None),
    ("summon-verb", "Chinese Vice Foreign Minister Li Wei on Wednesday summoned Japanese Ambassador Taro Kato over "
     "Prime Minister Yuko Mori's remarks.", "meeting", ["Li Wei", "Taro Kato"], dt.date(2026, 3, 11), None),
    ("signing", "Nigerian Defence Minister Musa Bello and Nigerien Defence Minister Issa Garba signed a border "
     "agreement in Abuja.", "meeting", ["Issa Garba", "Musa Bello"], None, "Abuja"),
    ("discussed-pair", "Kazakh President Arman Seitov and Uzbek President Bakhodir Karimov discussed trade and "
     "security.", "meeting", ["Arman Seitov", "Bakhodir Karimov"], None, None),
    ("sidelines", "On the sidelines of the forum, Australian Defence Minister Tom Reid and Indonesian Defence "
     "Minister Budi Santoso agreed to share data.", "meeting", ["Budi Santoso", "Tom Reid"], None, None),
    ("joint-appearance", "Guatemalan President Carlos Mejia said at a news conference with US Secretary of State "
     "John Carter that flights would increase.", "meeting", ["Carlos Mejia", "John Carter"], None, None),
    ("summit-noun", "Brazilian President Paulo Lima and Argentine President Diego Suarez will hold a summit in "
     "Brasilia next month.", "summit", ["Diego Suarez", "Paulo Lima"], None, "Brasilia"),
    ("invitation", "Brazilian Foreign Minister Paulo Lima invited US Secretary of State John Carter to visit "
     "Brasilia.", "visit", ["John Carter", "Paulo Lima"], None, "Brasilia"),
    ("visit", "Indian Defence Minister Arjun Mehta visited Canberra on Tuesday.", "visit", ["Arjun Mehta"],
     dt.date(2026, 3, 10), "Canberra"),
    ("trip", "It follows a trip to Mexico City by Canadian Foreign Minister Anne Roy and Canadian Finance Minister "
     "Paul Leclerc.", "visit", ["Anne Roy", "Paul Leclerc"], None, "Mexico City"),
    ("travel", "Chancellor Friedrich Berger travelled to Warsaw on Monday.", "visit", ["Friedrich Berger"],
     dt.date(2026, 3, 9), "Warsaw"),
]


def _row(x, e):
    names = {p.key: p.name for p in x.persons}
    return e.kind, sorted(names.get(k, k) for k in e.participants), e.date, e.place.name if e.place else None


@pytest.mark.parametrize("trigger,text,kind,people,date,place", TRIGGER_ROWS, ids=[r[0] for r in TRIGGER_ROWS])
def test_trigger_row(extract, trigger, text, kind, people, date, place):
    x, _ = extract(text, published=PUBLISHED)
    got = [(_row(x, e), e.support.rule) for e in x.events]
    expected_rule = f"meeting/{trigger}"
    assert any(row == (kind, people, date, place) and rule.startswith(expected_rule) for row, rule in got), got


def test_took_part_joins_the_occasion_just_reported(extract):
    x, _ = extract("Syrian Foreign Minister Omar Haddad held talks with Israeli Minister Avi Levin in London. "
                   "US envoy Tom Baker, who mediates between them, took part.", published=PUBLISHED)
    assert [sorted(_row(x, e)[1]) for e in x.events] == [["Avi Levin", "Omar Haddad", "Tom Baker"]]


def test_a_planned_occasion_is_named_expected(extract):
    x, _ = extract("Canadian Prime Minister Mark Hall is expected to visit Mexico City next week.", published=PUBLISHED)
    assert [e.support.rule for e in x.events] == ["meeting/visit-expected"]


# (veto name, text, twin): the text names a trigger word and the veto must leave no event of two people; the twin
# is the same trigger without what the veto looks for, and must give one (so the veto, not a missing name, decides).
VETO_ROWS = [
    ("capitalised-name-part", "Singaporean Minister Wei Tan praised the Summit with Malaysian Minister Aziz Rahman.",
     "Singaporean Minister Wei Tan held a summit with Malaysian Minister Aziz Rahman."),
    ("inside-quotation", "Greek Foreign Minister Eleni Pappas said: \"I hope to meet Italian Foreign Minister Marco "
     "Bianchi soon.\"", "Greek Foreign Minister Eleni Pappas hopes to meet Italian Foreign Minister Marco Bianchi soon."),
    ("internal-meeting", "Lithuanian Interior Minister Rasa Jonaite spoke during the Cabinet meeting with Belarusian "
     "leader Ivan Petrov.", "Lithuanian Interior Minister Rasa Jonaite spoke during the meeting with Belarusian "
     "leader Ivan Petrov."),
    ("urging-call-on", "Canadian Foreign Minister Anne Roy called on India to cooperate with Indian minister Vikram Sethi.",
     "Canadian Foreign Minister Anne Roy called on Indian minister Vikram Sethi."),
    ("host-a-thing", "Polish President Adam Wolski hosts thousands of refugees with Ukrainian President Ivan Bondar.",
     "Polish President Adam Wolski hosts Ukrainian President Ivan Bondar."),
    ("receive-a-thing", "Somali President Hassan Ali received support from Egyptian President Omar Fathy.",
     "Somali President Hassan Ali received Egyptian President Omar Fathy."),
    ("welcome-a-thing", "Indian Prime Minister Vikram Sethi welcomed the decision by Canadian Prime Minister Mark Hall.",
     "Indian Prime Minister Vikram Sethi welcomed Canadian Prime Minister Mark Hall."),
    ("invited-no-guest", "Chilean President Rosa Vidal invited comments from Peruvian President Hugo Quispe.",
     "Chilean President Rosa Vidal invited Peruvian President Hugo Quispe to visit Santiago."),
    ("summons-a-thing", "Syrian Minister Omar Haddad summons to court Israeli Minister Avi Levin.",
     "Syrian Minister Omar Haddad summons Israeli Minister Avi Levin."),
    ("discussion-not-between-states", "Indian Prime Minister Vikram Sethi and Indian Home Minister Amit Rao discussed "
     "the budget.", "Indian Prime Minister Vikram Sethi and Nepali Prime Minister Amit Rao discussed the budget."),
    ("signing-without-pact-or-pair", "Kenyan President John Otieno and Ugandan President Grace Akello signed the bill.",
     "Kenyan President John Otieno and Ugandan President Grace Akello signed the border agreement."),
    ("recalled-occasion", "Kenyan President John Otieno and Ugandan President Grace Akello discussed the pact in 2015.",
     "Kenyan President John Otieno and Ugandan President Grace Akello discussed the pact."),
    ("appearance-alone", "Egyptian President Omar Fathy, speaking alongside officials, praised Sudanese leader Ali Osman.",
     "Egyptian President Omar Fathy, speaking alongside Sudanese leader Ali Osman, praised the army."),
]


@pytest.mark.parametrize("veto,text,twin", VETO_ROWS, ids=[r[0] for r in VETO_ROWS])
def test_veto_row(extract, veto, text, twin):
    x, _ = extract(text, published=PUBLISHED)
    assert not [e for e in x.events if len(e.participants) > 1], [_row(x, e) for e in x.events]
    x, _ = extract(twin, published=PUBLISHED)
    assert [e for e in x.events if len(e.participants) > 1], twin
