"""kg/extract/frames.py: an occasion named without people takes its holders from the next sentences; and the twin
without a cue (no post-only holders, no delegation heads) makes no meeting."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday

# (why, text, kind, participants, date, place)
FRAME_ROWS = [
    ("holders-after-noun", "The talks between the two countries' interior ministers were held in Nairobi on Tuesday. "
     "Kenyan Interior Minister John Otieno said the border would stay open. Ugandan Interior Minister Grace Akello "
     "said patrols would increase.", "talks", ["Grace Akello", "John Otieno"], dt.date(2026, 3, 10), "Nairobi"),
    ("holders-subject-of-signing", "Ghana and Togo renewed a border pact that both countries' defence ministers signed "
     "in Accra on Monday. Ghanaian Defence Minister Kofi Mensah said patrols would double. Togolese Defence Minister "
     "Yao Agbeko said the pact was historic.", "meeting", ["Kofi Mensah", "Yao Agbeko"], dt.date(2026, 3, 9), "Accra"),
    ("titles-then-names", "Chile's top security official and Peru's defence minister signed an accord on Wednesday. "
     "Chilean Interior Minister Rosa Vidal and Peruvian Defence Minister Hugo Quispe said raids would begin soon.",
     "meeting", ["Hugo Quispe", "Rosa Vidal"], dt.date(2026, 3, 11), None),
    ("delegation-heads", "Chile and Peru held the Interior Ministers Level Talks in Lima on Monday. The Chilean "
     "delegation was led by Interior Minister Rosa Vidal, while the Peruvian side was headed by Interior Minister "
     "Hugo Quispe.", "talks", ["Hugo Quispe", "Rosa Vidal"], dt.date(2026, 3, 9), "Lima"),
    # the lead's post-only signer dates the meeting a later paragraph names
    ("lead-dates-named-meeting", "Iran's top security official on Sunday signed a deal with Iraqi authorities.\n\n"
     "Border clashes rose last year.\n\nRebels operate in the north.\n\nIranian security chief Ali Rahimi inked the "
     "deal with his Iraqi counterpart Qassem Salih in Baghdad.", "meeting", ["Ali Rahimi", "Qassem Salih"],
     dt.date(2026, 3, 8), "Baghdad"),
    # a sitting of a standing body of two states: its officials named later held it, one side when only one is named
    ("body-session-two-states", "The 4th session of the Kenya-Uganda Joint Permanent Commission opened in Kampala "
     "on Monday. Opening the talks, Kenyan Foreign Minister John Otieno praised the ties. Uganda's State Minister "
     "Grace Akello said trade had doubled.", "meeting", ["Grace Akello", "John Otieno"], dt.date(2026, 3, 9),
     "Kampala"),
    ("body-session-one-side", "The Ghana-Togo Joint Border Commission Meeting, which opened today in Accra, will run "
     "for three days. Welcoming delegates, the Chief Director of the Ministry of the Interior, Dr. Kofi Mensah Boateng, "
     "praised the commission.", "meeting", ["Kofi Mensah Boateng"], PUBLISHED, "Accra"),
    ("joiners-of-two-states", "A joint sitting of the two border commissions was held in Kampala. Kenyan Interior "
     "Minister John Otieno, Ugandan Interior Minister Grace Akello and senior police officers took part in the sitting.",
     "meeting", ["Grace Akello", "John Otieno"], None, "Kampala"),
]


def _row(x, e):
    names = {p.key: p.name for p in x.persons}
    return e.kind, sorted(names.get(k, k) for k in e.participants), e.date, e.place.name if e.place else None


@pytest.mark.parametrize("why,text,kind,people,date,place", FRAME_ROWS, ids=[r[0] for r in FRAME_ROWS])
def test_frame_row(extract, why, text, kind, people, date, place):
    x, _ = extract(text, published=PUBLISHED)
    assert [_row(x, e) for e in x.events] == [(kind, people, date, place)]


# Occasions named without people whose clause gives no cue: people of two states named next did not hold them.
NO_FRAME_ROWS = [
    "The talks on the pipeline have stalled for a year. Kenyan President John Otieno said the route was too costly. "
    "Ugandan President Grace Akello said Kenya should pay more.",
    "The meeting is over. Kenyan President John Otieno then flew home, and Ugandan President Grace Akello spoke on "
    "radio.",
    "The ministers will meet again in June. Kenyan Interior Minister John Otieno leads a new party; Ugandan Interior "
    "Minister Grace Akello is on leave.",  # a planned sitting of unnamed ministers: the next names are no cue
    # a sitting of a body of many states is no meeting between the officials one report names
    "The next meeting of the UN Security Council opens in New York on Monday. Kenyan Ambassador John Otieno said "
    "Kenya would raise the border issue. Ugandan Ambassador Grace Akello agreed.",
]


@pytest.mark.parametrize("text", NO_FRAME_ROWS)
def test_no_frame_without_a_cue(extract, text):
    x, _ = extract(text, published=PUBLISHED)
    assert not [e for e in x.events if len(e.participants) > 1], [_row(x, e) for e in x.events]


# A signing by two named people is a meeting, whatever the verb and however the pact is written.
SIGNING_ROWS = [
    ("Prime ministers Anna Berg and Olaf Lind put pen to paper shortly before midday on Monday in Oslo.",
     ["Anna Berg", "Olaf Lind"], dt.date(2026, 3, 9)),
    ("Prime Minister Rosa Vidal and her Peruvian counterpart Hugo Quispe formalised the agreement yesterday.",
     ["Hugo Quispe", "Rosa Vidal"], dt.date(2026, 3, 11)),
    ("Interior Minister Peter Bunting and Cuba's Ambassador to Jamaica, Bernardo Guanche Hernandez, inked the deals.",
     ["Bernardo Guanche Hernandez", "Peter Bunting"], None),
    ("German Defence Minister Karl Vogt and his Ukrainian counterpart, Denys Shmyhal, signed the 1.2 billion euro deal.",
     ["Denys Shmyhal", "Karl Vogt"], None),
    ("The treaty, signed by Dutch Defence Minister Anna Berg and her Belgian counterpart Steven Vandeput, is new.",
     ["Anna Berg", "Steven Vandeput"], None),
]


@pytest.mark.parametrize("text,people,date", SIGNING_ROWS)
def test_signing_wordings(extract, text, people, date):
    x, _ = extract(text, published=PUBLISHED)
    assert [_row(x, e)[1:3] for e in x.events] == [(people, date)]


def test_sealing_or_formalising_no_pact_is_no_meeting(extract):
    x, _ = extract("Chilean President Rosa Vidal and Peruvian President Hugo Quispe formalised their friendship and "
                   "sealed the border.", published=PUBLISHED)
    assert not x.events


def test_the_leads_day_and_place_go_to_the_signing_named_paragraphs_later(extract):
    x, _ = extract("Ghana and Togo at the end of their joint commission yesterday signed three bilateral agreements on "
                   "security in Accra.\n\nThey cover the joint border post.\n\nAnother covers police training.\n\n"
                   "Ghanaian Foreign Minister Ama Owusu and Togolese Foreign Minister Kodjo Agbeyome signed the "
                   "agreements.", published=PUBLISHED)
    assert [_row(x, e) for e in x.events] == [("meeting", ["Ama Owusu", "Kodjo Agbeyome"], dt.date(2026, 3, 11), "Accra")]


def test_a_post_only_lead_over_the_named_meeting_is_one_meeting(extract):
    x, _ = extract("Indian and Canadian national security advisers met in Delhi to rebuild trust.\n\nIndian National "
                   "Security Adviser Arun Mehta met his Canadian counterpart Claire Tremblay on Tuesday in New Delhi, "
                   "officials said.", published=PUBLISHED)
    assert [_row(x, e) for e in x.events] == [("meeting", ["Arun Mehta", "Claire Tremblay"], dt.date(2026, 3, 10),
                                               "New Delhi")]
