"""kg/extract/event_triggers.py row "attended-by" (x23attended), with events' _fold_attendees: people named as a
meeting's attendees ("The meeting was also attended by A and B", "Also present at the meeting were A and B") join the occasion just reported; with none reported they hold it together.
The studied golds put attendees among a meeting's people (6 of 6: "Sadiq ... was also present", "joined by Kallas",
"During the interaction A; B; C were present", "The 2-plus-2 meeting will be attended by A and B and ...").
Twins: "attended by senior officials" names no one, and leaves the occasion as it was."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_support import participants

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday

# (why, text, expected meetings as participants, in any order; no other meeting or talks)
ROWS = [
    ("attendees-join-the-reception",
     "Defence Minister Mohammed bin Ahmed Al Bowardi received Saudi Chief of Staff Fayyad bin Hamed Al-Ruwaili in Abu "
     "Dhabi on Tuesday. The meeting was attended by Lt. General Hamad Mohammed Thani Al Rumaithi, Chief of Staff of "
     "the UAE Armed Forces, and Matar Salem Al Dhaheri, Under-Secretary of the Ministry of Defence.",
     [["Fayyad bin Hamed Al-Ruwaili", "Hamad Mohammed Thani Al Rumaithi", "Matar Salem Al Dhaheri",
       "Mohammed bin Ahmed Al Bowardi"]]),
    ("also-present-were",
     "Kenyan Defence Secretary Aden Duale met Somali President Hassan Sheikh Mohamud in Mogadishu on Wednesday. Also "
     "present at the meeting were Somali Defence Minister Abdulkadir Mohamed Nur and army chief Ibrahim Sheikh "
     "Muhyadin Addow.",
     [["Abdulkadir Mohamed Nur", "Aden Duale", "Hassan Sheikh Mohamud", "Ibrahim Sheikh Muhyadin Addow"]]),
    ("no-occasion-before-they-hold-it",
     "The meeting in Colombo was attended by India's National Security Adviser Ajit Doval, Sri Lanka's Defence "
     "Secretary Kamal Gunaratne and Maldives' Defence Minister Mariya Didi.",
     [["Ajit Doval", "Kamal Gunaratne", "Mariya Didi"]]),
    ("attended-by-officials-including",
     "Pakistani Interior Minister Mohsin Naqvi met Afghan Interior Minister Sirajuddin Haqqani in Kabul on Sunday. "
     "The meeting was attended by senior officials, including Pakistan's Special Representative for Afghanistan, "
     "Mohammad Sadiq.",
     [["Mohammad Sadiq", "Mohsin Naqvi", "Sirajuddin Haqqani"]]),
    ("separately-another-occasion",
     "Minister of the Royal Office Sultan bin Mohammed al Numani received Saudi Lt Gen Fahd bin Abdullah al Mutair in "
     "Muscat on Tuesday. The meeting was attended by Maj Gen Matar bin Salim al Balushi, Commander of the Royal Army of "
     "Oman. Separately, "
     "Maj Gen Matar bin Salim al Balushi received Lt Gen Al Mutair.",
     [["Fahd bin Abdullah al Mutair", "Matar bin Salim al Balushi", "Sultan bin Mohammed al Numani"],
      ["Fahd bin Abdullah al Mutair", "Matar bin Salim al Balushi"]]),
    # twin: no named attendee, the occasion keeps its two people
    ("officials-unnamed",
     "Pakistani Interior Minister Mohsin Naqvi met Afghan Interior Minister Sirajuddin Haqqani in Kabul on Sunday. "
     "The meeting was attended by senior officials from both sides.",
     [["Mohsin Naqvi", "Sirajuddin Haqqani"]]),
]


@pytest.mark.parametrize("why,text,expected", ROWS, ids=[r[0] for r in ROWS])
def test_attendees_join_the_meeting(extract, why, text, expected):
    x, _ = extract(text, published=PUBLISHED)
    got = sorted(participants(x, e) for e in x.events if e.kind != "visit")
    assert got == sorted(expected), [(participants(x, e), e.kind, e.support.rule) for e in x.events]
