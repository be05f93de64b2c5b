"""context.DATELINE_FORMS: house styles of datelines the classic pattern misses, one row each, with the openings that
must stay no dateline. Sentences written for these tests in news style."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract import context
from kg.extract.context import DATELINE
from kg.sources import Document

# (row, opening of a report, the dateline's text or None, the dateline city the context takes)
ROWS = [
    ("dateline-region-agency", "LIMA, Peru (AP) — Peruvian President Hugo Quispe met Chilean President Rosa Vidal.",
     "LIMA, Peru (AP) — ", "Lima"),
    ("dateline-region-agency", "QUITO, (Reuters) – Ecuador and Peru agreed on joint patrols.", "QUITO, (Reuters) – ",
     "Quito"),
    ("dateline-region-agency", "PORT OF SPAIN, Trinidad (CMC) — The two ministers met.",
     "PORT OF SPAIN, Trinidad (CMC) — ", "Port of Spain"),
    ("dateline-country-dash", "LIMA, Peru - The two presidents met.", "LIMA, Peru - ", "Lima"),
    ("dateline-country-dash", "HANOI, Vietnam—The two ministers met.", "HANOI, Vietnam—", "Hanoi"),
    ("dateline-country-dash", "Doha, Qatar: The two ministers met.", "Doha, Qatar: ", "Doha"),
    ("dateline-dash-variant", "LIMA (Andina) -- The two presidents met.", "LIMA (Andina) -- ", "Lima"),
    ("dateline-dash-variant", "New Delhi -- The two ministers met.", "New Delhi -- ", "New Delhi"),
    ("dateline-dash-variant", "NAIROBI- The two ministers met.", "NAIROBI- ", "Nairobi"),
    ("dateline-dash-variant", "DHAKA—A series of border talks ended.", "DHAKA—", "Dhaka"),
    ("dateline-date-variant", "Baghdad, 20 March 2026 (INA): The two ministers met.",
     "Baghdad, 20 March 2026 (INA): ", "Baghdad"),
    ("dateline-date-variant", "YEREVAN, MARCH 9, ARMENPRESS. The two ministers met.",
     "YEREVAN, MARCH 9, ARMENPRESS. ", "Yerevan"),
    ("dateline-date-variant", "KABUL, MAR 10 /BNA/ – The two ministers met.", "KABUL, MAR 10 /BNA/ – ", "Kabul"),
    ("dateline-pipe", "New Delhi | The two ministers met.", "New Delhi | ", "New Delhi"),
    ("dateline-pipe", "KAMPALA, UGANDA | Xinhua | The two army chiefs met.", "KAMPALA, UGANDA | Xinhua | ", "Kampala"),
    ("dateline-agency-word", "New Delhi/PTI: The two ministers met.", "New Delhi/PTI: ", "New Delhi"),
    ("dateline-agency-word", "Tehran, IRNA – The two ministers met.", "Tehran, IRNA – ", "Tehran"),
    # vetoes: two states, an acronym, a time word are no place of a dateline
    ("country-dash-not-two-states", "India, Pakistan - The talks ended.", None, None),
    ("caps-dash-known-place-only", "NATO- led forces withdrew from the area.", None, None),
    ("time-word-no-dateline", "Today, 21 March 2026 the ministers met.", None, None),
    ("time-word-no-dateline", "On January 15, Peru and Chile agreed.", None, None),
]


@pytest.mark.parametrize(("row", "text", "dateline", "city"), ROWS, ids=[f"{r[0]}:{r[1][:20]}" for r in ROWS])
def test_dateline_form_row(row, text, dateline, city):
    m = DATELINE.match(text)
    assert (m.group() if m else None) == dateline
    doc = Document(id="t", text=text, path="t.txt", published=dt.date(2026, 3, 12))
    assert context.build(doc).dateline_city == city


def test_here_is_the_city_of_a_piped_dateline(extract):
    x, _ = extract("New Delhi | Japanese Foreign Minister Yoko Kamikawa arrived here on Monday to hold talks with "
                   "External Affairs Minister S Jaishankar.", published=dt.date(2024, 8, 20))
    assert any(e.place and e.place.name == "New Delhi" for e in x.events)


# context.DATELINE_TOWN_ROWS: a dateline city the hand tables lack, with its state (which places meetings but is no
# home state). (row, opening, dateline city, its state, the home state)
TOWN_ROWS = [
    ("dateline-state-capital", "KUWAIT, March 6 (KUNA) -- The Kuwaiti minister received the Italian minister.",
     "Kuwait City", "KW", "KW"),
    ("dateline-gazetteer-town", "ULAN BATOR, October 18. /TASS/. Russian Defense Minister Sergey Shoigu arrived.",
     "Ulan Bator", "MN", "RU"),
    ("dateline-gazetteer-town", "QUETTA: Iranian and Pakistani officials met.", "Quetta", "PK", "IR"),
    ("dateline-gazetteer-town", "Rangoon, March 3 (AP) — The Thai minister met Myanmar's minister.", "Rangoon", "MM",
     "TH"),
    # a state whose capital does not bear its name is no city; an agency's name or a speaker's label is no town
    ("state-name-not-its-capital", "VIETNAM, March 19 - Vietnamese and Lao officials met.", None, None, "VN"),
    ("agency-no-town", "KAZINFORM - Kazakh and Uzbek officials met.", None, None, "KZ"),
    ("speaker-no-town", "MODERATOR: The two ministers will now take questions.", None, None, None),
]


@pytest.mark.parametrize(("row", "text", "city", "state", "home"), TOWN_ROWS,
                         ids=[f"{r[0]}:{r[1][:20]}" for r in TOWN_ROWS])
def test_dateline_town_row(row, text, city, state, home):
    ctx = context.build(Document(id="t", text=text, path="t.txt", published=dt.date(2026, 3, 12)))
    assert (ctx.dateline_city, ctx.dateline_state, ctx.home_country) == (city, state, home)


def test_here_is_a_gazetteer_dateline_town(extract):
    x, _ = extract("ULAN BATOR, July 26 (Xinhua) -- Visiting Chinese Defense Minister Li Wei and Mongolian Defense "
                   "Minister Bat Erdene held talks here on Monday.", published=dt.date(2026, 7, 27))
    assert any(e.place and e.place.name == "Ulan Bator" for e in x.events)


def test_video_conferencing_is_no_meeting_on_the_spot(extract):
    # placing._REMOTE: "video conferencing" is held at a distance, so the dateline's city is not its place
    x, _ = extract("Nay Pyi Taw: Myanmar's army chief Min Aung Hlaing held talks by video conferencing with Thai army "
                   "chief General Somchai Rakdee on January 12.",
                   published=dt.date(2026, 1, 13))
    assert all(not e.place for e in x.events if e.kind != "visit")
