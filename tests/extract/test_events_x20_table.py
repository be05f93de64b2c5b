"""kg/extract/events/, round 20 (x20signmeet): a pact signed BY two named people of two states is a meeting of the two
(trigger `signed-by`), however the report names the pact: an acronym with or without its full name, "which was signed
by", a dash aside, "the deal was inked by", "they were signed by", a named declaration, "signed between"; and the
active "A and B signed the MOA". Signers none of whom is at the meeting the
report gives the same states' people signed at that occasion: they join it (rule `signers-join-the-occasion`)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_support import participants

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday

# (why, text, participants, date, place, rule) of one meeting
ROWS = [
    ("acronym-in-brackets",
     "The Visiting Forces Agreement (VFA) was signed by Chilean Defence Minister Rosa Vidal and her Peruvian counterpart "
     "Hugo Quispe in Lima on Tuesday.",
     ["Hugo Quispe", "Rosa Vidal"], dt.date(2026, 3, 10), "Lima", "meeting/signed-by"),
    ("bare-acronym-place-aside",
     "Chile and Peru signed a pact on police training. The VFA was signed in Lima by Chilean Defence Minister Rosa Vidal "
     "and Peruvian Defence Minister Hugo Quispe.",
     ["Hugo Quispe", "Rosa Vidal"], None, "Lima", "meeting/signed-by"),
    ("which-was-signed-by",
     "Kenyan President William Ruto praised the accord, which was signed by Kenya's Interior Minister Joseph Kamau and his "
     "Ugandan counterpart Grace Akello.",
     ["Grace Akello", "Joseph Kamau"], None, None, "meeting/signed-by"),
    ("dash-aside-subject-no-signer",
     "Kenyan President William Ruto welcomed the deal — signed by Kenya's Interior Minister Joseph Kamau and his Ugandan "
     "counterpart, Grace Akello — and praised the two nations' ties.",
     ["Grace Akello", "Joseph Kamau"], None, None, "meeting/signed-by"),
    # (lead) whom the pact binds, between the pact and its verb
    ("pact-between-states-signed-by",
     "A defence cooperation agreement between Chile and Peru was signed today in Lima by Minister Rosa Vidal and her "
     "counterpart Hugo Quispe.",
     ["Hugo Quispe", "Rosa Vidal"], PUBLISHED, "Lima", "meeting/signed-by"),
    ("deal-inked-by",
     "The deal was inked by Canadian Foreign Minister Anne Roy and her Danish counterpart, Lars Holm.",
     ["Anne Roy", "Lars Holm"], None, None, "meeting/signed-by"),
    ("they-were-signed-by",
     "Tanzania and Mozambique agreed two protocols on border patrols. They were signed by defence ministers Asha Mrema of "
     "Tanzania and Joaquim Nhaca of Mozambique.",
     ["Asha Mrema", "Joaquim Nhaca"], None, None, "meeting/signed-by"),
    ("named-declaration-signed-by",
     "The binational cabinet closed with twenty pledges in the Declaration of Tumbes signed by Peruvian President Hugo "
     "Quispe and his Ecuadorian counterpart Marta Cedeno.",
     ["Hugo Quispe", "Marta Cedeno"], None, None, "meeting/signed-by"),
    ("signed-between",
     "The pact, signed between the Prime Minister of Portugal, Nuno Costa, and his Spanish counterpart Elena Ruiz, covers "
     "border policing.",
     ["Elena Ruiz", "Nuno Costa"], None, None, "meeting/signed-by"),
    ("active-moa",
     "Philippine Defence Secretary Ramon Cruz and Vietnamese Defence Minister Tran Van Minh signed the MOA in Hanoi on "
     "Tuesday.",
     ["Ramon Cruz", "Tran Van Minh"], dt.date(2026, 3, 10), "Hanoi", "meeting/signing"),
]


@pytest.mark.parametrize(("why", "text", "people", "date", "place", "rule"), ROWS, ids=[r[0] for r in ROWS])
def test_signed_by_rows(extract, why, text, people, date, place, rule):
    x, _ = extract(text, published=PUBLISHED)
    found = [(participants(x, e), e.date, e.place.name if e.place else None, e.support.rule) for e in x.events]
    assert (people, date, place, rule) in found, found


# No meeting of these two: one state's signers, a thing that is no pact, an old signing, a principals' occasion.
NO_ROWS = [
    ("one-state-signers",
     "The contract was signed by Portuguese Defence Minister Nuno Costa and Portuguese Interior Minister Pedro Alves.",
     ["Nuno Costa", "Pedro Alves"]),
    ("no-pact",
     "Kagame said the bill was signed by Portuguese Defence Minister Nuno Costa and Spanish Defence Minister Elena Ruiz.",
     ["Elena Ruiz", "Nuno Costa"]),
    ("then-ministers",
     "The SOFA, signed by then Defence Minister Nuno Costa of Portugal and Spanish Defence Minister Elena Ruiz, set up "
     "joint patrols.",
     ["Elena Ruiz", "Nuno Costa"]),
    ("a-contract-is-commerce",
     "The contract was signed by Portuguese Defence Minister Nuno Costa and Spanish Defence Minister Elena Ruiz.",
     ["Elena Ruiz", "Nuno Costa"]),
    ("recalled-year",
     "The treaty was signed in 2015 by Portuguese Defence Minister Nuno Costa and Spanish Defence Minister Elena Ruiz.",
     ["Elena Ruiz", "Nuno Costa"]),
]


@pytest.mark.parametrize(("why", "text", "people"), NO_ROWS, ids=[r[0] for r in NO_ROWS])
def test_no_signed_by_meeting(extract, why, text, people):
    x, _ = extract(text, published=PUBLISHED)
    found = [participants(x, e) for e in x.events]
    assert not [f for f in found if set(people) <= set(f)], found


def test_signers_join_the_leaders_talks(extract):
    """Rule signers-join-the-occasion: the communique's signers were at the leaders' talks; one event, not two."""
    x, _ = extract("Kenyan President William Ruto and Ugandan President Yoweri Museveni held talks in Nairobi on Tuesday. "
                   "A joint communique was signed by Kenya's Foreign Minister Joseph Kamau and his Ugandan counterpart "
                   "Grace Akello.", published=PUBLISHED)
    assert [participants(x, e) for e in x.events] == [["Grace Akello", "Joseph Kamau", "William Ruto", "Yoweri Museveni"]]
