"""Datelines however punctuated, the dateline's day and city for the lead's meeting, calls named as conversations,
and two full names as one subject. Sentences written for these tests in news style."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.context import DATELINE

# (opening of a report, the dateline's text or None when the opening is no dateline)
DATELINES = [
    ("TBILISI. April 2 (Interfax) - Georgian President Ana Beridze said", "TBILISI. April 2 (Interfax) - "),
    ("ASTANA, Oct. 20 (Yonhap) -- The ministers met", "ASTANA, Oct. 20 (Yonhap) -- "),
    ("MINSK, December 26. /TASS/. Belarus and Poland agreed", "MINSK, December 26. /TASS/. "),
    ("Nairobi February 15/2024/KNA/ Kenya and Uganda agreed", "Nairobi February 15/2024/KNA/ "),
    ("BAKU, Azerbaijan, November 14. The two presidents met", "BAKU, Azerbaijan, November 14. "),
    ("Kenya and Uganda agreed on May 5 to reopen the crossing.", None),
    ("QUITO, Ecuador — The two presidents met", "QUITO, Ecuador — "),
    ("Metro Quito, Ecuador— The two presidents met", "Metro Quito, Ecuador— "),
]


# (report opening, the dateline city the context takes from it)
DATELINE_CITIES = [
    ("LIMA, Peru — Peruvian President Hugo Quispe met Chilean President Rosa Vidal.", "Lima"),
    ("Metro Manila, Philippines— Philippine President Jose Reyes met Japanese Prime Minister Kenji Sato.", "Manila"),
    ("NAIROBI.\n\nMarch 3 (Xinhua) - Kenyan President John Otieno met Ugandan President Grace Akello.", "Nairobi"),
    ("ANALYSIS\n\nKenyan President John Otieno met Ugandan President Grace Akello.", None),
]


@pytest.mark.parametrize(("text", "city"), DATELINE_CITIES)
def test_dateline_city_row(text, city):
    from kg.extract import context
    from kg.sources import Document
    doc = Document(id="t", text=text, path="t.txt", published=dt.date(2026, 3, 12))
    assert context.build(doc).dateline_city == city


@pytest.mark.parametrize(("text", "dateline"), DATELINES)
def test_dateline_row(text, dateline):
    m = DATELINE.match(text)
    assert (m.group() if m else None) == dateline


def _events(x):
    names = {p.key: p.name for p in x.persons}
    return [(e.kind, sorted(names.get(k, k) for k in e.participants), e.date, e.place.name if e.place else None)
            for e in x.events]


def test_the_leads_meeting_takes_the_datelines_day_and_city(extract):
    x, _ = extract("BAKU, Azerbaijan, November 14. Azerbaijani President Ilham Aliyev and Kazakh President Kassym "
                   "Tokayev discussed ways to expand trade between the two countries.", published=dt.date(2026, 11, 15))
    assert ("meeting", ["Ilham Aliyev", "Kassym Tokayev"], dt.date(2026, 11, 14), "Baku") in _events(x)


def test_a_phone_conversation_is_a_call_and_what_it_discussed_stays_in_it(extract):
    x, _ = extract("Bolivian Foreign Minister Rosa Quispe and U.S. Secretary of State John Avery held a phone "
                   "conversation on Monday. Quispe and Avery discussed the border.", published=dt.date(2026, 3, 12))
    events = _events(x)
    assert events == [("call", ["John Avery", "Rosa Quispe"], dt.date(2026, 3, 9), None)], events


def test_two_full_names_as_one_subject_are_both_people(extract):
    x, _ = extract("Mirza Hadzic and Lejla Kovac, the visiting interior minister, discussed border security.")
    people = {p.name: [r.title for r in p.roles] for p in x.persons}
    assert people == {"Mirza Hadzic": [], "Lejla Kovac": ["Interior Minister"]}, people


def test_the_host_in_a_title_is_no_hosting(extract):
    x, _ = extract("Lejla Kovac, the host interior minister, said the talks went well.")
    assert not any(e.support.rule == "meeting/host-verb" for e in x.events)


def test_a_surname_before_an_appositive_title_is_the_person_named_before(extract):
    x, _ = extract("Finnish Foreign Minister Aino Virtanen spoke on Monday. Virtanen, a former defence minister, "
                   "warned of more incursions.")
    assert [p.name for p in x.persons] == ["Aino Virtanen"]


def test_a_person_after_a_comma_is_no_city(extract):
    x, _ = extract("Deputy Foreign Minister Sara Malik arrived in the capital on Tuesday. On her arrival in the "
                   "capital, Malik was received by Deputy Minister Omar Rahimi.")
    assert all(place != "Malik" for _, _, _, place in _events(x))


def test_the_leads_day_outweighs_a_vague_week_for_the_first_meeting(extract):
    x, _ = extract("ULAANBAATAR, May 8 (Montsame) -- The defence ministers of Mongolia and Kazakhstan held talks in "
                   "Ulaanbaatar on Friday, the ministry said.\n\nThe talks between Defence Minister Bat Erdene and his "
                   "Kazakh counterpart, Nurlan Serikov, came as Serikov toured an arms fair in the capital this week.",
                   published=dt.date(2026, 5, 8))
    dated = [(e.date, e.place.name if e.place else None) for e in x.events if len(e.participants) == 2]
    assert dated == [(dt.date(2026, 5, 8), "Ulaanbaatar")], dated
