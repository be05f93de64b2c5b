"""Who took part and where: one row per mechanism of kg/extract/participants/, places.py and the event placing
in events.py, with sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract import places

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday


def _rows(x):
    names = {p.key: p.name for p in x.persons}
    return [(e.kind, sorted(names.get(k, k) for k in e.participants), e.date, e.place.name if e.place else None)
            for e in x.events]


# (mechanism, text, one expected event as (kind, participants, date, place))
ROWS = [
    ("during-a-call-with", "Egyptian President Omar Fathy pledged support during a phone call on Tuesday with Somali "
     "President Hassan Ali.", ("call", ["Hassan Ali", "Omar Fathy"], dt.date(2026, 3, 10), None)),
    ("opening-occasion", "During Tuesday's call, Chilean President Rosa Vidal and Peruvian President Hugo Quispe "
     "agreed to meet soon.", ("call", ["Hugo Quispe", "Rosa Vidal"], dt.date(2026, 3, 10), None)),
    ("title-with-small-words", "Syrian Foreign Minister Omar Haddad and Israel's Minister of Strategic Affairs Avi "
     "Levin held talks in London.", ("talks", ["Avi Levin", "Omar Haddad"], None, "London")),
    ("list-with-appositions", "The deal was signed in Nairobi by Kenya's Interior Minister John Otieno and Uganda's "
     "Minister of Internal Security, Grace Akello.", ("meeting", ["Grace Akello", "John Otieno"], None, "Nairobi")),
    ("object-run-stops", "Chinese Vice Foreign Minister Li Wei summoned Japanese Ambassador Taro Kato over Prime "
     "Minister Yuko Mori's remarks.", ("meeting", ["Li Wei", "Taro Kato"], None, None)),
    ("unnamed-counterpart", "Turkish Foreign Minister Emre Kaya spoke to reporters in Ankara. Iraqi Foreign Minister "
     "Ali Hassan agreed. Kaya met his Iraqi counterpart on Monday.",
     ("meeting", ["Ali Hassan", "Emre Kaya"], dt.date(2026, 3, 9), None)),
    ("visit-by-possessor", "Canadian Prime Minister Mark Hall will sign a pact with Mexican President Ana Ruiz during "
     "his visit to Mexico City.", ("visit", ["Mark Hall"], None, "Mexico City")),
    ("said-after-talks-date", "Spanish Interior Minister Pedro Ruiz said on Tuesday after talks with Moroccan "
     "Interior Minister Karim Alaoui that patrols would resume.",
     ("talks", ["Karim Alaoui", "Pedro Ruiz"], dt.date(2026, 3, 10), None)),
    ("meeting-on-visit-day", "Canadian Prime Minister Mark Hall began a visit to Mexico City today. Hall and Mexican "
     "President Ana Ruiz will hold a meeting today.",
     ("meeting", ["Ana Ruiz", "Mark Hall"], dt.date(2026, 3, 12), "Mexico City")),
    ("held-in-venue", "An informal meeting between Kazakh President Arman Seitov and Uzbek President Bakhodir "
     "Karimov took place in Shymkent on March 2.", ("meeting", ["Arman Seitov", "Bakhodir Karimov"],
                                                    dt.date(2026, 3, 2), "Shymkent")),
    ("capital-by-possessive", "Turkish Defence Minister Emre Kaya and Qatari Defence Minister Khalid Al Mannai "
     "exchanged views in Qatar's capital Doha on Tuesday.",
     ("meeting", ["Emre Kaya", "Khalid Al Mannai"], dt.date(2026, 3, 10), "Doha")),
    ("village-by-state-adjective", "Kyrgyz border chief Ularbek Asanov and Tajik border chief Rajab Nazarov met in "
     "the Kyrgyz village of Karabulak on Monday.", ("meeting", ["Rajab Nazarov", "Ularbek Asanov"],
                                                    dt.date(2026, 3, 9), "Karabulak")),
    ("departs-for", "New Zealand Defence Minister Mark Hall departs for Suva tomorrow to meet Fijian Defence "
     "Minister Pio Naulu.", ("meeting", ["Mark Hall", "Pio Naulu"], dt.date(2026, 3, 13), "Suva")),
    ("the-meeting-which-took-place", "Tunisian Interior Minister Kamel Saidi met Algerian Interior Minister "
     "Brahim Lounes. The meeting, which took place in Algiers on Tuesday, was cordial.",
     ("meeting", ["Brahim Lounes", "Kamel Saidi"], dt.date(2026, 3, 10), "Algiers")),
    ("separately-with-guests-of-three-states", "Turkish Foreign Minister Emre Kaya held talks in Istanbul. He also "
     "met Serbian Foreign Minister Marko Jovic, Albanian Foreign Minister Elira Hoxha and Montenegrin Foreign "
     "Minister Ervin Lakic.", ("meeting", ["Emre Kaya", "Marko Jovic"], None, "Istanbul")),  # "also met": where his talks were
    ("during-their-meeting-with-nothing-before", "DUSHANBE, March 11 (Xinhua) -- Tajik President Emomali Karimov "
     "and Chinese Defence Minister Li Wen agreed to strengthen cooperation during their meeting here on Wednesday.",
     ("meeting", ["Emomali Karimov", "Li Wen"], dt.date(2026, 3, 11), "Dushanbe")),
    ("their-meeting-names-its-own-pair", "Japanese Foreign Minister Taro Ito met Canadian Foreign Minister Anne "
     "Leblanc in Tokyo. Japanese Prime Minister Kenji Sato and his Canadian counterpart, Mark Hall, confirmed at "
     "their meeting in June that talks would continue.", ("meeting", ["Kenji Sato", "Mark Hall"], None, None)),
    ("was-in-city-for-talks", "Omani Foreign Minister Yusef Alawi was in Tehran on Monday for talks with Iranian "
     "Foreign Minister Reza Karimi.", ("talks", ["Reza Karimi", "Yusef Alawi"], dt.date(2026, 3, 9), "Tehran")),
    ("speaker-announced-he-would-meet", "Ukrainian Foreign Minister Dmytro Koval spoke in Kyiv. Polish Prime "
     "Minister Piotr Zielinski announced that he would soon meet Ukrainian President Oleh Bondar in Warsaw.",
     ("meeting", ["Oleh Bondar", "Piotr Zielinski"], None, "Warsaw")),
    ("visit-under-way-at-the-dateline", "YAOUNDE, March 12 (AFP) - Cameroon and Nigeria pledged on Thursday to "
     "share intelligence. Nigerian President Musa Bello is on a two-day visit to Cameroon.",
     ("visit", ["Musa Bello"], dt.date(2026, 3, 12), "Yaounde")),
    ("virtual-opening-is-no-remote-meeting", "BISHKEK, March 12 (Interfax) - Kyrgyz President Adil Asanov and Tajik "
     "President Rustam Nazarov signed a border treaty on Thursday. Asanov and Nazarov also took part in a virtual "
     "opening of a checkpoint.", ("meeting", ["Adil Asanov", "Rustam Nazarov"], dt.date(2026, 3, 12), "Bishkek")),
    ("during-a-visit-comma-subject", "During a visit to Wellington last week, Fijian Prime Minister Sitiveni Naulu "
     "said both countries were finalising a defence agreement.", ("visit", ["Sitiveni Naulu"], None, "Wellington")),
    ("meeting-during-anothers-visit", "Vietnamese Defence Minister Phan Giang met Indonesian Defence Minister Adi "
     "Santoso in Jakarta on Monday, as part of Vietnamese President Nguyen Xuan Hoa's state visit to Indonesia.",
     ("visit", ["Nguyen Xuan Hoa"], dt.date(2026, 3, 9), "Jakarta")),
    ("apposed-title-with-style", "The Minister for Foreign Affairs of Fiji, Hon. Pio Naulu and the Samoan Minister "
     "for Foreign Affairs, Hon. Tui Leota have signed the agreement in Suva.",
     ("meeting", ["Pio Naulu", "Tui Leota"], None, "Suva")),
    ("dateline-for-a-reception", "CAIRO, March 12 (MENA) - Egyptian President Omar Fathy received Sudanese "
     "leader Ali Osman on Thursday.", ("meeting", ["Ali Osman", "Omar Fathy"], dt.date(2026, 3, 12), "Cairo")),
]


@pytest.mark.parametrize("mechanism,text,expected", ROWS, ids=[r[0] for r in ROWS])
def test_participants_and_places(extract, mechanism, text, expected):
    x, _ = extract(text, published=PUBLISHED)
    assert expected in _rows(x), _rows(x)


def test_the_speaker_of_during_the_talks_joins_the_talks_reported(extract):
    x, _ = extract("Greek Foreign Minister Eleni Pappas held talks with Italian Foreign Minister Marco Bianchi in "
                   "Rome. Cypriot envoy Nikos Petrou spoke during the talks.", published=PUBLISHED)
    assert [len(e.participants) for e in x.events] == [3]


def test_a_cabinet_meeting_is_no_meeting_of_states(extract):
    x, _ = extract("Lithuanian Interior Minister Rasa Jonaite said during the Cabinet meeting that the border would "
                   "close.", published=PUBLISHED)
    assert x.events == []


def test_a_meeting_reached_by_travel_is_not_placed_at_the_dateline(extract):
    x, _ = extract("NEW DELHI, March 12 (PTI) - Indian Foreign Minister Vikram Sethi received Canadian Foreign "
                   "Minister Anne Roy during his visit to Canada.", published=PUBLISHED)
    assert all(place != "New Delhi" for *_, place in _rows(x))


@pytest.mark.parametrize("text,city", [
    ("talks in the German capital on Friday", "Berlin"),
    ("a meeting in the Turkish capital Ankara.", "Ankara"),
    ("a visit to the Indian capital, New Delhi", "New Delhi"),
    ("talks in the capital on Friday", None),
])
def test_a_capital_named_by_its_country(text, city):
    assert places.city(text) == city


def test_a_state_is_no_venue_and_a_month_is_no_venue():
    assert places.venue("meeting was held in India last week") is None
    assert places.venue("talks took place in October") is None
    assert places.venue("meeting between them took place in Shymkent on Monday") == "Shymkent"


def test_one_host_meets_guests_of_three_states_one_by_one(extract):
    x, _ = extract("Turkish Foreign Minister Emre Kaya arrived in Istanbul. He also met Serbian Foreign Minister Marko "
                   "Jovic, Albanian Foreign Minister Elira Hoxha and Montenegrin Foreign Minister Ervin Lakic.",
                   published=PUBLISHED)
    meetings = sorted(r[1] for r in _rows(x) if r[0] == "meeting")
    assert meetings == [["Elira Hoxha", "Emre Kaya"], ["Emre Kaya", "Ervin Lakic"], ["Emre Kaya", "Marko Jovic"]]


def test_guests_of_one_state_make_one_meeting(extract):
    x, _ = extract("Indian Defence Minister Raj Kumar met French executives Eric Dubois (Dassault), Marc Lefevre "
                   "(Safran) and Anne Moreau (Thales) in Paris.", published=PUBLISHED)
    meetings = [r[1] for r in _rows(x) if r[0] == "meeting"]
    assert len(meetings) <= 1, meetings


def test_a_visitor_calls_on_a_host_states_office_holders_one_by_one(extract):
    x, _ = extract("Indian Defence Minister Raj Kumar arrived in Paris. He met French Armed Forces Minister Eric "
                   "Dubois, French Foreign Minister Marc Lefevre and French Interior Minister Anne Moreau.",
                   published=PUBLISHED)
    meetings = sorted(r[1] for r in _rows(x) if r[0] == "meeting")
    assert meetings == [["Anne Moreau", "Raj Kumar"], ["Eric Dubois", "Raj Kumar"], ["Marc Lefevre", "Raj Kumar"]]
