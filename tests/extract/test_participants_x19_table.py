"""kg/extract/participants/ rule "described-holder" (x19meetdesc): a side of a meeting written as a description ("the
visiting minister", "Oman's security chief", "the Peruvian Minister of Defence") is the one person the report names
holding that post of that state; two holders, a bare one-word post or a description left alone name no one."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday

ROWS = [
    # (why, text, the participants one meeting must hold (as a set), names no meeting may hold with them)
    ("state-adjective-subject-then-call-on",
     "LIMA - Chilean Defence Minister Tomas Errazuriz arrived in Lima on Monday for a two-day visit. During the trip "
     "the Chilean minister held talks with senior officers besides calling on Peruvian President Lucia Quispe.",
     {"Tomas Errazuriz", "Lucia Quispe"}, set()),
    ("possessive-state-post-named-later",
     "Norway's security chief has held talks in Oslo with Finnish President Aino Virtanen and top security official "
     "Mikko Laine. National Security Council Secretary Lars Haugen said the talks had been frank.",
     {"Lars Haugen", "Aino Virtanen", "Mikko Laine"}, set()),
    ("visiting-subject",
     "Malaysian Defence Minister Azlan Rahim landed in Dhaka on Sunday. The visiting minister also met the Chief of "
     "Army Staff, General Tanvir Hossain.",
     {"Azlan Rahim", "Tanvir Hossain"}, set()),
    ("post-of-remit-object",
     "Ghanaian President Kofi Mensah held talks with the Togolese Minister of Foreign Affairs on Friday. Togolese "
     "Foreign Minister Afi Lawson later told reporters the border would stay open.",
     {"Kofi Mensah", "Afi Lawson"}, set()),
    ("description-in-meeting-noun",
     "Kenyan Interior Minister Alice Njeri travelled to Kampala. The interior minister in a meeting with her Ugandan "
     "counterpart Robert Ssali discussed border patrols.",
     {"Alice Njeri", "Robert Ssali"}, set()),
]

# (why, text, names that no meeting with two people or more may hold together)
NOT_ROWS = [
    ("two-holders-no-guess",
     "Chilean Defence Minister Tomas Errazuriz and Chilean Interior Minister Pablo Rojas arrived in Lima. The Chilean "
     "minister held talks with Peruvian President Lucia Quispe.",
     [{"Tomas Errazuriz", "Lucia Quispe"}, {"Pablo Rojas", "Lucia Quispe"}]),
    ("bare-one-word-post-names-no-one",
     "Defence Minister Tomas Errazuriz spoke on Monday. Later the minister met Peruvian President Lucia Quispe.",
     [{"Tomas Errazuriz", "Lucia Quispe"}]),
    ("a-post-inside-another-post",
     "Indian adviser Ravi Menon held talks with Claire Dubois, Deputy Clerk and Security Adviser to the Canadian Prime "
     "Minister, in Ottawa. Canadian Prime Minister Paul Tremblay later joined a dinner.",
     [{"Ravi Menon", "Paul Tremblay"}]),
    ("minister-is-not-the-prime-minister",
     "Chilean Prime Minister Elena Vargas opened the forum on Monday. The Chilean minister held talks with Peruvian "
     "President Lucia Quispe on trade.",
     [{"Elena Vargas", "Lucia Quispe"}]),
    ("another-occasion-recalled",
     "Ghanaian army chief Kwame Boateng met Togolese President Afi Lawson in Lome. In addition to meeting the Togolese "
     "president, the Ghanaian army chief held talks with the commander of the Togolese army, General Komla Agbo.",
     [{"Afi Lawson", "Komla Agbo"}]),
]


def _names(x, e):
    names = {p.key: p.name for p in x.persons}
    return {names.get(k, k) for k in e.participants}


@pytest.mark.parametrize("why,text,want,outsiders", ROWS, ids=[r[0] for r in ROWS])
def test_described_holder(extract, why, text, want, outsiders):
    x, _ = extract(text, published=PUBLISHED)
    got = [(_names(x, e), e.kind, e.support.rule) for e in x.events]
    assert any(want <= names for names, kind, _ in got if kind != "visit"), got
    assert not any(outsiders & names for names, kind, _ in got if kind != "visit"), got


@pytest.mark.parametrize("why,text,pairs", NOT_ROWS, ids=[r[0] for r in NOT_ROWS])
def test_described_holder_vetoed(extract, why, text, pairs):
    x, _ = extract(text, published=PUBLISHED)
    got = [_names(x, e) for e in x.events]
    assert not any(pair <= names for pair in pairs for names in got), got


def test_a_description_alone_adds_no_one_person_meeting(extract):
    """"The visiting minister also met area commanders": the other side unnamed, no meeting of one is made up."""
    x, _ = extract("Malaysian Defence Minister Azlan Rahim landed in Dhaka on Sunday. The visiting minister also met "
                   "area commanders of the eastern region.", published=PUBLISHED)
    assert not [e for e in x.events if e.kind != "visit" and _names(x, e) == {"Azlan Rahim"}], \
        [(_names(x, e), e.kind) for e in x.events]


def test_an_apposition_is_its_name_not_a_description(extract):
    """"A, the Czech prime minister, met B": the name is the mention; the description is not read as someone else
    holding that post (another Czech prime minister the report names)."""
    x, _ = extract("Former Czech Prime Minister Jan Dvorak criticised the plan. Tomas Novak, the Czech prime minister, "
                   "met Lucia Quispe, the Peruvian president, on Monday.", published=PUBLISHED)
    got = [_names(x, e) for e in x.events]
    assert {"Tomas Novak", "Lucia Quispe"} in got and not any("Jan Dvorak" in names for names in got), got
